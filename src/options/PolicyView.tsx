// "Set by your IT": the effective policy, read-only. Every value from policy is rendered as
// text. Where reports go is said by host name only: a webhook's path and query often carry a
// secret, and the token itself never reaches this page (only whether one is set).
import type { ComponentChildren } from 'preact';
import type { SupportContact } from '../policy/parse';
import { webhookHost } from './client';
import { Section, ValueList } from './parts';
import type { OptionsState, SettingsView } from './state';
import { TEXT } from './text';

function Row({ name, label, children }: { name: string; label: string; children: ComponentChildren }) {
  return (
    <div class="facts__row" data-policy={name}>
      <dt>{label}</dt>
      <dd>{children}</dd>
    </div>
  );
}

function Support({ contact }: { contact: SupportContact | null }) {
  if (!contact) return <>{TEXT.itSupportNone}</>;
  const parts = [
    [TEXT.itSupportName, contact.name],
    [TEXT.itSupportPhone, contact.phone],
    [TEXT.itSupportEmail, contact.email],
    [TEXT.itSupportWebsite, contact.url],
  ] as const;
  return (
    <ul class="values">
      {parts.map(([label, value]) =>
        value ? (
          <li key={label}>
            <span class="field__label">{label}:</span> {value}
          </li>
        ) : null,
      )}
    </ul>
  );
}

type Access = Extract<OptionsState, { kind: 'ready' }>['webhookAccess'];

function Destination({ report, access }: { report: SettingsView['policy']['report']; access: Access }) {
  if (report.webhookUrl) {
    return (
      <>
        <p>{TEXT.itReportsWebhook(webhookHost(report.webhookUrl))}</p>
        <p>{report.webhookTokenSet ? TEXT.itReportsToken : TEXT.itReportsNoToken}</p>
        {access !== 'not-needed' && <p data-webhook-access={access}>{access === 'granted' ? TEXT.itReportsReachable : TEXT.itReportsNotReachable}</p>}
        {report.mailbox && <p class="hint">{TEXT.itReportsMailboxUnused(report.mailbox)}</p>}
      </>
    );
  }
  if (report.mailbox) return <p>{TEXT.itReportsMailbox(report.mailbox)}</p>;
  return <p>{TEXT.itReportsNone}</p>;
}

export function PolicyView({ settings, webhookAccess }: { settings: SettingsView; webhookAccess: Access }) {
  const { policy, locked, managedKeys } = settings;
  const noPolicy = managedKeys.length === 0;
  const r = policy.report;
  return (
    <Section id="it" title={TEXT.itTitle}>
      {noPolicy ? (
        <p class="notice notice--quiet" data-policy-installed="false">
          {TEXT.itNoPolicy}
        </p>
      ) : (
        <p>{TEXT.itIntro}</p>
      )}
      <dl class="facts">
        <Row name="organizationDomains" label={TEXT.itOrganization}>
          <ValueList values={policy.organizationDomains} />
        </Row>
        <Row name="trustedDomains" label={TEXT.itTrusted}>
          <ValueList values={policy.trustedDomains} />
        </Row>
        <Row name="blockedDomains" label={TEXT.itBlocked}>
          <ValueList values={policy.blockedDomains} />
        </Row>
        <Row name="protectedNames" label={TEXT.itProtected}>
          <ValueList values={policy.protectedNames} />
        </Row>
        <Row name="disabledRules" label={TEXT.itDisabledRules}>
          <ValueList values={policy.disabledRules} />
        </Row>
        <Row name="sensitivity" label={TEXT.itSensitivity}>
          {locked.includes('sensitivity') ? TEXT.sensitivityName[policy.sensitivity] : TEXT.itNotSet(TEXT.sensitivityName[policy.sensitivity])}
        </Row>
        <Row name="showSafeIndicator" label={TEXT.itSafeIndicator}>
          {locked.includes('showSafeIndicator')
            ? policy.showSafeIndicator
              ? TEXT.safeShown
              : TEXT.safeHidden
            : TEXT.itNotSet(policy.showSafeIndicator ? TEXT.safeShown : TEXT.safeHidden)}
        </Row>
        <Row name="allowUserAllowlist" label={TEXT.itUserAllowlist}>
          {policy.allowUserAllowlist ? TEXT.itYes : TEXT.itNo}
        </Row>
        <Row name="supportContact" label={TEXT.itSupport}>
          <Support contact={policy.supportContact} />
        </Row>
        <Row name="report" label={TEXT.itReportsTo}>
          <Destination report={r} access={webhookAccess} />
        </Row>
        <Row name="reportIncludeBody" label={TEXT.itIncludeBody}>
          {r.includeBody ? TEXT.itIncludeBodyYes : TEXT.itIncludeBodyNo}
        </Row>
        <Row name="allowFalsePositiveReports" label={TEXT.itFalsePositive}>
          {r.allowFalsePositive ? TEXT.itAllowed : TEXT.itNotAllowed}
        </Row>
        <Row name="simulationMarkers" label={TEXT.itMarkers}>
          {TEXT.itMarkersCount(r.simulationMarkers)}
        </Row>
      </dl>
    </Section>
  );
}
