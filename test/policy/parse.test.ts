import { describe, expect, it } from 'vitest';
import { DEFAULT_POLICY } from '../../src/engine/index';
import { DEFAULT_REPORT_POLICY, parsePolicy } from '../../src/policy/parse';

describe('parsePolicy', () => {
  it('gives defaults and no complaint when there is no policy', () => {
    const defaults = { engine: DEFAULT_POLICY, support: null, report: DEFAULT_REPORT_POLICY, showSafeIndicator: false, allowUserAllowlist: true, problems: [] };
    expect(parsePolicy(undefined)).toEqual(defaults);
    expect(parsePolicy({})).toEqual(defaults);
  });

  it('reads the engine keys and the support contact', () => {
    const p = parsePolicy({
      organizationDomains: [' riversidefamilymed.org '],
      sensitivity: 'strict',
      supportContact: { name: 'Northgate IT', email: 'helpdesk@northgate-it.example', phone: '(555) 010-4477', url: 'https://help.northgate-it.example/' },
      somethingNew: true,
    });
    expect(p.engine.organizationDomains).toEqual(['riversidefamilymed.org']);
    expect(p.engine.sensitivity).toBe('strict');
    expect(p.support).toEqual({ name: 'Northgate IT', email: 'helpdesk@northgate-it.example', phone: '(555) 010-4477', url: 'https://help.northgate-it.example/' });
    expect(p.problems).toEqual(['somethingNew is not a Second Look setting; ignored']);
  });

  it('normalises domains, and drops entries that are not domains or rule ids', () => {
    const p = parsePolicy({
      organizationDomains: ['@RiversideFamilyMed.org', '*.riversidefamilymed.org', 'not a domain', ''],
      blockedDomains: ['evil.example.'],
      disabledRules: ['wording-urgency', 'no-such-rule'],
    });
    expect(p.engine.organizationDomains).toEqual(['riversidefamilymed.org']);
    expect(p.engine.blockedDomains).toEqual(['evil.example']);
    expect(p.engine.disabledRules).toEqual(['wording-urgency']);
    expect(p.problems).toEqual([
      'organizationDomains: "not a domain" is not a domain; ignored',
      'disabledRules: "no-such-rule" is not a rule id; ignored',
    ]);
  });

  it('drops bad values, keeps the good ones, and says why', () => {
    const p = parsePolicy({
      trustedDomains: 'questdiagnostics.com',
      sensitivity: 'paranoid',
      supportContact: { name: 'IT', email: 'not an address', url: 'javascript:alert(1)', phone: 42 },
    });
    expect(p.engine.trustedDomains).toEqual([]);
    expect(p.engine.sensitivity).toBe('balanced');
    expect(p.support).toEqual({ name: 'IT' });
    expect(p.problems).toEqual([
      'trustedDomains must be a list of strings; ignored',
      'sensitivity must be relaxed, balanced or strict; using balanced',
      'supportContact.phone must be a short text; ignored',
      'supportContact.email is not an email address; ignored',
      'supportContact.url must start with https://; ignored',
    ]);
  });

  it('reads the report keys and repairs bad ones', () => {
    const p = parsePolicy({
      reportWebhookUrl: 'https://hooks.northgate-it.example/x',
      reportWebhookToken: 'abc 123',
      reportMailbox: 'phishing@northgate-it.example',
      reportIncludeBody: 'yes',
      allowFalsePositiveReports: false,
      simulationMarkers: [{ header: 'X-PHISHTEST', value: 'true' }, { urlParameter: 'rid' }, { header: 'a', urlParameter: 'b' }],
    });
    expect(p.report).toEqual({
      webhookUrl: 'https://hooks.northgate-it.example/x',
      webhookToken: null,
      mailbox: 'phishing@northgate-it.example',
      includeBody: false,
      allowFalsePositive: false,
      simulationMarkers: [{ header: 'x-phishtest', value: 'true' }, { urlParameter: 'rid', value: '' }],
    });
    expect(p.problems).toEqual([
      'reportWebhookToken must be printable text without spaces; ignored',
      'reportIncludeBody must be true or false; using the default',
      'simulationMarkers[2] needs a header or a urlParameter (not both) and a text value; ignored',
    ]);
  });

  it('accepts only https webhooks, or plain http to this machine', () => {
    expect(parsePolicy({ reportWebhookUrl: 'http://hooks.example/x' }).report.webhookUrl).toBeNull();
    expect(parsePolicy({ reportWebhookUrl: 'http://127.0.0.1:8080/x' }).report.webhookUrl).toBe('http://127.0.0.1:8080/x');
    expect(parsePolicy({ reportWebhookUrl: 'https://user:pw@hooks.example/x' }).report.webhookUrl).toBeNull();
    expect(parsePolicy({ reportWebhookUrl: 'javascript:alert(1)' }).problems).toEqual(['reportWebhookUrl must be an https:// address; ignored']);
  });
});

describe('built-in defaults named on the options page', () => {
  it('are the ones parsePolicy uses without a policy', async () => {
    const { BUILT_IN_DEFAULTS } = await import('../../src/policy/domain');
    const none = parsePolicy(undefined);
    expect(BUILT_IN_DEFAULTS).toEqual({ sensitivity: none.engine.sensitivity, showSafeIndicator: none.showSafeIndicator });
  });
});
