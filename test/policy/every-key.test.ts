// Every policy key, four ways: a valid value is used, a missing one gives the default, and an
// invalid value or one of the wrong type is repaired to the default with a note naming the key.
import { describe, expect, it } from 'vitest';
import { parsePolicy, POLICY_KEYS, type EffectivePolicy } from '../../src/policy/parse';

type Case = {
  valid: unknown;
  invalid: unknown;
  wrongType: unknown;
  /** Where the value lands in the effective policy. */
  read: (p: EffectivePolicy) => unknown;
  expectValid: unknown;
};

const CASES: Record<(typeof POLICY_KEYS)[number], Case> = {
  organizationDomains: { valid: ['riversidefamilymed.org'], invalid: ['not a domain'], wrongType: 'riversidefamilymed.org', read: (p) => p.engine.organizationDomains, expectValid: ['riversidefamilymed.org'] },
  trustedDomains: { valid: ['questdiagnostics.com'], invalid: ['http://'], wrongType: { a: 1 }, read: (p) => p.engine.trustedDomains, expectValid: ['questdiagnostics.com'] },
  blockedDomains: { valid: ['evil.example'], invalid: ['..'], wrongType: 7, read: (p) => p.engine.blockedDomains, expectValid: ['evil.example'] },
  protectedNames: { valid: ['Anita Patel'], invalid: ['A.'], wrongType: 'Anita Patel', read: (p) => p.engine.protectedNames, expectValid: ['Anita Patel'] },
  disabledRules: { valid: ['wording-urgency'], invalid: ['no-such-rule'], wrongType: true, read: (p) => p.engine.disabledRules, expectValid: ['wording-urgency'] },
  sensitivity: { valid: 'strict', invalid: 'paranoid', wrongType: 3, read: (p) => p.engine.sensitivity, expectValid: 'strict' },
  supportContact: { valid: { name: 'Northgate IT' }, invalid: { email: 'nope' }, wrongType: 'Northgate IT', read: (p) => p.support, expectValid: { name: 'Northgate IT' } },
  reportWebhookUrl: { valid: 'https://hooks.example.org/x', invalid: 'http://hooks.example.org/x', wrongType: 1, read: (p) => p.report.webhookUrl, expectValid: 'https://hooks.example.org/x' },
  reportWebhookToken: { valid: 'abc123', invalid: 'has space', wrongType: 123, read: (p) => p.report.webhookToken, expectValid: 'abc123' },
  reportMailbox: { valid: 'phishing@example.org', invalid: 'phishing', wrongType: ['a@b.org'], read: (p) => p.report.mailbox, expectValid: 'phishing@example.org' },
  reportIncludeBody: { valid: true, invalid: 'yes', wrongType: 1, read: (p) => p.report.includeBody, expectValid: true },
  allowFalsePositiveReports: { valid: false, invalid: 'no', wrongType: 0, read: (p) => p.report.allowFalsePositive, expectValid: false },
  simulationMarkers: { valid: [{ header: 'X-PHISHTEST', value: 'yes' }], invalid: [{ value: 'yes' }], wrongType: 'X-PHISHTEST', read: (p) => p.report.simulationMarkers, expectValid: [{ header: 'x-phishtest', value: 'yes' }] },
  showSafeIndicator: { valid: true, invalid: 'on', wrongType: 1, read: (p) => p.showSafeIndicator, expectValid: true },
  allowUserAllowlist: { valid: false, invalid: 'off', wrongType: [], read: (p) => p.allowUserAllowlist, expectValid: false },
};

const DEFAULTS = parsePolicy(undefined);

describe.each(POLICY_KEYS.map((key) => [key, CASES[key]] as const))('policy key %s', (key, c) => {
  it('uses a valid value without complaint', () => {
    const p = parsePolicy({ [key]: c.valid });
    expect(c.read(p)).toEqual(c.expectValid);
    expect(p.problems).toEqual([]);
  });

  it('uses the default when it is missing', () => {
    const p = parsePolicy({ organizationDomains: ['riversidefamilymed.org'] });
    if (key !== 'organizationDomains') expect(c.read(p)).toEqual(c.read(DEFAULTS));
  });

  it.each([['an invalid value', 'invalid'], ['a value of the wrong type', 'wrongType']] as const)('repairs %s to the default and names the key', (_label, which) => {
    const p = parsePolicy({ [key]: c[which] });
    expect(c.read(p)).toEqual(c.read(DEFAULTS));
    expect(p.problems.length).toBeGreaterThan(0);
    expect(p.problems.every((problem) => problem.startsWith(key))).toBe(true);
  });
});

it('the test covers exactly the keys of the schema', async () => {
  const { readFileSync } = await import('node:fs');
  const schema = JSON.parse(readFileSync(new URL('../../public/managed_schema.json', import.meta.url), 'utf8')) as { properties: Record<string, unknown> };
  expect(Object.keys(schema.properties).sort()).toEqual([...POLICY_KEYS].sort());
});
