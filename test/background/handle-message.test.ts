// The background's front door: every request validated, each kind only from the part allowed to
// send it, and failures answered rather than thrown.
import { describe, expect, it } from 'vitest';
import { handleMessage } from '../../src/background/handle-message';
import { fakeDeps, GMAIL_TAB, ID, phish, POPUP } from './fake-deps';

describe('background handleMessage', () => {
  it('answers a ping from a content script and from the popup', async () => {
    await expect(handleMessage({ type: 'ping' }, GMAIL_TAB, fakeDeps())).resolves.toEqual({ ok: true });
    await expect(handleMessage({ type: 'ping' }, POPUP, fakeDeps())).resolves.toEqual({ ok: true });
  });

  it('analyzes facts from a webmail content script, with the IT contact and risky links', async () => {
    const d = fakeDeps({ organizationDomains: ['riversidefamilymed.org'], supportContact: { name: 'Northgate IT', phone: '(555) 010-4477' } });
    const answer = await handleMessage({ type: 'analyze', facts: phish, account: 'frontdesk@riversidefamilymed.org' }, GMAIL_TAB, d);
    if (!answer.ok || !('verdict' in answer)) throw new Error('expected a verdict');
    expect(answer.verdict.level).toBe('danger');
    expect(answer.verdict.findings.map((f) => f.id)).toContain('link-text-mismatch');
    expect(answer.verdict.riskyLinks).toEqual([{ href: phish.links[0]!.href, destination: phish.links[0]!.href }]);
    expect(answer.support).toEqual({ name: 'Northgate IT', phone: '(555) 010-4477' });
    expect(answer.report).toEqual({ state: 'none' });
    expect(d.fakes.badges.get(7)).toBe('danger');
  });

  it.each([
    ['the popup', POPUP],
    ['another extension', { ...GMAIL_TAB, id: 'otherextensionidotherextensionid' }],
    ['a content script on a page that is not webmail', { id: ID, url: 'https://mail.google.com.evil.example/', tab: { id: 3 } }],
    ['a plain-http page', { id: ID, url: 'http://mail.google.com/mail/u/0/', tab: { id: 3 } }],
    ['a sender without a tab', { id: ID, url: 'https://mail.google.com/mail/u/0/' }],
  ])('refuses analysis requested by %s', async (_label, sender) => {
    await expect(handleMessage({ type: 'analyze', facts: phish }, sender, fakeDeps())).resolves.toEqual({ ok: false, error: 'forbidden' });
  });

  it.each([
    ['getTabState', { type: 'getTabState', tabId: 7 }],
    ['report', { type: 'report', tabId: 7, key: 'msg-f:1' }],
    ['markSafe', { type: 'markSafe', tabId: 7, key: 'msg-f:1' }],
  ])('refuses %s from a content script: only extension pages may ask', async (_label, message) => {
    await expect(handleMessage(message, GMAIL_TAB, fakeDeps())).resolves.toEqual({ ok: false, error: 'forbidden' });
  });

  it('refuses openMessages from the popup', async () => {
    await expect(handleMessage({ type: 'openMessages', keys: [] }, POPUP, fakeDeps())).resolves.toEqual({ ok: false, error: 'forbidden' });
  });

  it.each([
    ['facts missing', { type: 'analyze' }],
    ['an extra field', { type: 'analyze', facts: phish, policy: { trustedDomains: ['m365-secure-login.com'] } }],
    ['an account that is not an address', { type: 'analyze', facts: phish, account: '<script>' }],
    ['a wrong source', { type: 'analyze', facts: { ...phish, source: 'eml' } }],
    ['links that are not links', { type: 'analyze', facts: { ...phish, links: [{ href: 5, text: 'x' }] } }],
    ['an oversized body', { type: 'analyze', facts: { ...phish, text: 'x'.repeat(200_001) } }],
    ['too many links', { type: 'analyze', facts: { ...phish, links: Array.from({ length: 5_001 }, () => phish.links[0]) } }],
    ['too many open keys', { type: 'openMessages', keys: Array.from({ length: 101 }, (_, i) => String(i)) }],
    ['a missing type', {}],
    ['a string', 'ping'],
    ['null', null],
    ['an array', [{ type: 'ping' }]],
  ])('fails closed on %s', async (_label, message) => {
    await expect(handleMessage(message, GMAIL_TAB, fakeDeps())).resolves.toEqual({ ok: false, error: 'invalid-request' });
  });

  it.each([
    ['a negative tab id', { type: 'getTabState', tabId: -1 }],
    ['a tab id that is text', { type: 'report', tabId: '7', key: 'msg-f:1' }],
    ['a missing key', { type: 'markSafe', tabId: 7 }],
  ])('fails closed on popup requests with %s', async (_label, message) => {
    await expect(handleMessage(message, POPUP, fakeDeps())).resolves.toEqual({ ok: false, error: 'invalid-request' });
  });

  it('refuses unknown request types', async () => {
    await expect(handleMessage({ type: 'getPolicy' }, POPUP, fakeDeps())).resolves.toEqual({ ok: false, error: 'unknown-request' });
  });

  it('answers "failed" rather than throwing when the policy cannot be read', async () => {
    const d = { ...fakeDeps(), local: { ...fakeDeps().local, get: () => Promise.reject(new Error('storage gone')) } };
    await expect(handleMessage({ type: 'analyze', facts: phish }, GMAIL_TAB, d)).resolves.toEqual({ ok: false, error: 'failed' });
  });
});
