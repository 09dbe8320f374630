// The policy layer as the background applies it: IT's keys change verdicts, the person's own
// settings apply only where IT allows, locked settings cannot be changed, and the options page
// sees the effective policy and its problems.
import { describe, expect, it } from 'vitest';
import { handleMessage } from '../../src/background/handle-message';
import type { MessageFacts } from '../../src/engine/types';
import type { SettingsView } from '../../src/options/state';
import { fakeDeps, GMAIL_TAB, phish, POPUP } from './fake-deps';

const lab: MessageFacts = {
  ...phish,
  id: 'msg-f:9',
  from: { name: 'Northwind Lab Services', address: 'results@northwindlabs-results.com' },
  subject: 'Results ready',
  text: 'Your results are ready. Sign in to view them now before your access expires.',
  // A link showing the lab's own portal but going through another site, and a sign-in request.
  links: [{ href: 'https://results-portal.net/login', text: 'https://portal.northwindlabs-results.com/login' }],
};

async function level(policy: unknown, facts: MessageFacts, userOptions?: unknown) {
  const d = fakeDeps(policy);
  if (userOptions) await handleMessage({ type: 'setUserOptions', options: userOptions }, POPUP, d);
  const answer = await handleMessage({ type: 'analyze', facts }, GMAIL_TAB, d);
  if (!answer.ok || !('verdict' in answer)) throw new Error('no verdict');
  return answer.verdict;
}

async function settings(d: ReturnType<typeof fakeDeps>): Promise<SettingsView> {
  const answer = await handleMessage({ type: 'getSettings' }, POPUP, d);
  if (!answer.ok || !('settings' in answer)) throw new Error('no settings');
  return answer.settings;
}

describe('policy changes verdicts', () => {
  it('a blocked domain makes its mail dangerous', async () => {
    expect((await level({}, lab)).level).not.toBe('danger');
    const blocked = await level({ blockedDomains: ['northwindlabs-results.com'] }, lab);
    expect(blocked.level).toBe('danger');
    expect(blocked.findings.map((f) => f.id)).toContain('blocked-domain');
  });

  it('a trusted domain quiets mail that is really from it', async () => {
    const before = await level({}, lab);
    expect(before.level).not.toBe('safe');
    expect((await level({ trustedDomains: ['northwindlabs-results.com'] }, lab)).level).toBe('safe');
  });

  it('a disabled rule does not fire', async () => {
    const before = await level({}, phish);
    expect(before.findings.map((f) => f.id)).toContain('link-text-mismatch');
    const after = await level({ disabledRules: ['link-text-mismatch'] }, phish);
    expect(after.findings.map((f) => f.id)).not.toContain('link-text-mismatch');
  });

  it('protected names and organization domains flag an outside "Dr." sender', async () => {
    const spoof = { ...lab, from: { name: 'Dr. Anita Patel', address: 'anita.patel.md@gmail.com' }, links: [], text: 'Are you at your desk? I need a quick favour.' };
    const verdict = await level({ organizationDomains: ['riversidefamilymed.org'], protectedNames: ['Anita Patel'] }, spoof);
    expect(verdict.level).not.toBe('safe');
    expect(verdict.findings.map((f) => f.id)).toContain('protected-name-outside');
  });
});

describe('the person\'s own settings', () => {
  it('their trusted domains count when policy allows it, and not when it does not', async () => {
    const mine = { trustedDomains: ['northwindlabs-results.com'] };
    expect((await level({}, lab, mine)).level).toBe('safe');
    expect((await level({ allowUserAllowlist: false }, lab, mine)).level).not.toBe('safe');
  });

  it('cannot change a setting IT fixed', async () => {
    const d = fakeDeps({ sensitivity: 'strict', allowUserAllowlist: false });
    const s = await settings(d);
    expect(s.locked.sort()).toEqual(['sensitivity', 'trustedDomains']);
    expect(await handleMessage({ type: 'setUserOptions', options: { sensitivity: 'relaxed' } }, POPUP, d)).toEqual({ ok: false, error: 'forbidden' });
    expect(await handleMessage({ type: 'setUserOptions', options: { trustedDomains: ['example.org'] } }, POPUP, d)).toEqual({ ok: false, error: 'forbidden' });
    // A setting IT left open can still be changed.
    expect(await handleMessage({ type: 'setUserOptions', options: { language: 'es' } }, POPUP, d)).toEqual({ ok: true });
    expect((await settings(d)).user.language).toBe('es');
    expect((await settings(d)).policy.sensitivity).toBe('strict');
  });

  it('refuses options that are not valid, and settings requests from web pages\' content scripts', async () => {
    const d = fakeDeps();
    expect(await handleMessage({ type: 'setUserOptions', options: { trustedDomains: ['not a domain'] } }, POPUP, d)).toEqual({ ok: false, error: 'invalid-request' });
    expect(await handleMessage({ type: 'setUserOptions', options: { sensitivity: 'paranoid' } }, POPUP, d)).toEqual({ ok: false, error: 'invalid-request' });
    expect(await handleMessage({ type: 'setUserOptions', options: { extra: 1 } }, POPUP, d)).toEqual({ ok: false, error: 'invalid-request' });
    expect(await handleMessage({ type: 'getSettings' }, GMAIL_TAB, d)).toEqual({ ok: false, error: 'forbidden' });
    expect(await handleMessage({ type: 'setUserOptions', options: {} }, GMAIL_TAB, d)).toEqual({ ok: false, error: 'forbidden' });
  });

  it('the options page sees the effective policy, what IT got wrong, and health, but never the webhook token', async () => {
    const d = fakeDeps({ organizationDomains: ['riversidefamilymed.org', 'bad domain'], reportWebhookUrl: 'https://hooks.example.org/x', reportWebhookToken: 'SECRET-TOKEN', colour: 'blue' });
    await handleMessage({ type: 'analyze', facts: phish }, GMAIL_TAB, d);
    const s = await settings(d);
    expect(s.managedKeys).toEqual(['colour', 'organizationDomains', 'reportWebhookToken', 'reportWebhookUrl']);
    expect(s.policy.organizationDomains).toEqual(['riversidefamilymed.org']);
    expect(s.policy.report).toMatchObject({ webhookUrl: 'https://hooks.example.org/x', webhookTokenSet: true });
    expect(s.problems).toEqual(['colour is not a Second Look setting; ignored', 'organizationDomains: "bad domain" is not a domain; ignored']);
    expect(s.health.gmail?.analyzed).toBe(1);
    expect(JSON.stringify(s)).not.toContain('SECRET-TOKEN');
  });

  it('turns on the "no problems found" line from policy, or from the person when policy is silent', async () => {
    const fromPolicy = await handleMessage({ type: 'analyze', facts: { ...lab, links: [], text: 'hello' } }, GMAIL_TAB, fakeDeps({ showSafeIndicator: true }));
    expect(fromPolicy.ok && 'showSafeIndicator' in fromPolicy && fromPolicy.showSafeIndicator).toBe(true);
    const d = fakeDeps();
    await handleMessage({ type: 'setUserOptions', options: { showSafeIndicator: true } }, POPUP, d);
    const fromPerson = await handleMessage({ type: 'analyze', facts: { ...lab, links: [], text: 'hello' } }, GMAIL_TAB, d);
    expect(fromPerson.ok && 'showSafeIndicator' in fromPerson && fromPerson.showSafeIndicator).toBe(true);
  });
});
