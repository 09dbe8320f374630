// "getTabState" from the popup: the PopupState for one tab, built from the tab record, the
// report log and the policy. The popup renders it as it is.
import type { PopupMessage, PopupState } from '../popup/state';
import type { Destination } from '../report/types';
import type { EffectivePolicy } from '../policy/parse';
import { WEBMAIL_HOSTS } from '../messaging/validate';
import { loadPolicy } from './settings';
import type { BackgroundDeps } from './deps';
import { loadHistory } from './device';
import { prepareDocument, previewOf } from './report';
import { idsFor } from './report-ids';
import { openMessages, pendingKeys } from './tab-state';
import { hidesWarning, loadLog, loadTab, statusIn } from './tabs';

function destinationOf(policy: EffectivePolicy): Destination {
  if (policy.report.webhookUrl) return { kind: 'webhook', host: new URL(policy.report.webhookUrl).host };
  if (policy.report.mailbox) return { kind: 'mailbox', address: policy.report.mailbox };
  return { kind: 'none' };
}

function isWebmail(url: string | null): 'gmail' | 'outlook' | null {
  if (!url) return null;
  try {
    const host = new URL(url).hostname;
    if (!WEBMAIL_HOSTS.includes(host)) return null;
    return host === 'mail.google.com' ? 'gmail' : 'outlook';
  } catch {
    return null;
  }
}

export async function handleGetTabState(deps: BackgroundDeps, tabId: number): Promise<PopupState> {
  const record = await loadTab(deps, tabId);
  if (!record) {
    const webmail = isWebmail(await deps.tabUrl(tabId).catch(() => null));
    return webmail ? { kind: 'no-message', webmail } : { kind: 'not-webmail' };
  }
  const open = openMessages(record);
  if (open.length === 0) return pendingKeys(record).length > 0 ? { kind: 'loading' } : { kind: 'no-message', webmail: record.webmail };
  const policy = await loadPolicy(deps);
  const { salt } = await loadHistory(deps.local, deps.newSalt);
  const log = await loadLog(deps);
  const messages: PopupMessage[] = [];
  for (const m of open) {
    const ids = await idsFor(salt, record.webmail, m.key);
    const doc = await prepareDocument(deps, tabId, record, m, 'suspected-phishing', policy, salt);
    const falsePositive = statusIn(log, ids.falsePositive);
    messages.push({
      key: m.key,
      subject: m.facts.subject,
      from: m.facts.from,
      level: m.verdict.level,
      // As in the banner: findings that carry no weight are not reasons.
      findings: m.verdict.findings.filter((f) => f.points > 0).map(({ id, severity, title, detail, evidence, messageKey, params }) => ({ id, severity, title, detail, evidence, messageKey, params })),
      report: statusIn(log, ids.report),
      markedSafe: hidesWarning(falsePositive),
      falsePositive,
      preview: previewOf(doc, policy, record.webmail),
    });
  }
  return { kind: 'messages', messages, support: policy.support, destination: destinationOf(policy), allowFalsePositive: policy.report.allowFalsePositive };
}
