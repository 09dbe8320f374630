import { describe, expect, it, vi } from 'vitest';
import { handleMessage, type BackgroundDeps } from '../../src/background/handle-message';
import type { MessageFacts } from '../../src/engine/types';
import type { SenderInfo } from '../../src/messaging/protocol';
import { parsePolicy } from '../../src/policy/parse';

const ID = 'mbaopbbflcpjeifemocinkjbompfmfkj';
const ORIGIN = `chrome-extension://${ID}/`;
const GMAIL_TAB: SenderInfo = { id: ID, url: 'https://mail.google.com/mail/u/0/#inbox/abc', tab: { id: 7 } };
const POPUP: SenderInfo = { id: ID, url: `${ORIGIN}src/popup/index.html` };

function deps(policy: unknown = {}): BackgroundDeps & { recordMissing: ReturnType<typeof vi.fn> } {
  return {
    extensionId: ID,
    extensionOrigin: ORIGIN,
    loadPolicy: () => Promise.resolve(parsePolicy(policy)),
    recordMissing: vi.fn(() => Promise.resolve()),
  };
}

const phish: MessageFacts = {
  source: 'gmail',
  from: { name: 'Microsoft 365', address: 'alerts@m365-secure-login.com' },
  to: [{ name: '', address: 'frontdesk@riversidefamilymed.org' }],
  cc: [],
  subject: 'Your password expires today',
  text: 'Your password expires today. Verify your account now to keep access.',
  links: [{ href: 'https://m365-secure-login.com/verify', text: 'https://login.microsoftonline.com/verify' }],
  attachments: [],
  providerNotices: [],
  missing: ['date'],
};

describe('background handleMessage', () => {
  it('answers a ping from a content script and from the popup', async () => {
    await expect(handleMessage({ type: 'ping' }, GMAIL_TAB, deps())).resolves.toEqual({ ok: true });
    await expect(handleMessage({ type: 'ping' }, POPUP, deps())).resolves.toEqual({ ok: true });
  });

  it('analyzes facts from a webmail content script, with the IT contact and risky links', async () => {
    const d = deps({ organizationDomains: ['riversidefamilymed.org'], supportContact: { name: 'Northgate IT', phone: '(555) 010-4477' } });
    const answer = await handleMessage({ type: 'analyze', facts: phish }, GMAIL_TAB, d);
    expect(answer.ok).toBe(true);
    if (!answer.ok || !('verdict' in answer)) throw new Error('expected a verdict');
    expect(answer.verdict.level).toBe('danger');
    expect(answer.verdict.findings.map((f) => f.id)).toContain('link-text-mismatch');
    expect(answer.verdict.riskyLinks).toEqual([{ href: 'https://m365-secure-login.com/verify', destination: 'https://m365-secure-login.com/verify' }]);
    expect(answer.support).toEqual({ name: 'Northgate IT', phone: '(555) 010-4477' });
    expect(d.recordMissing).toHaveBeenCalledWith('gmail', ['date']);
  });

  it.each([
    ['the popup', POPUP],
    ['another extension', { ...GMAIL_TAB, id: 'otherextensionidotherextensionid' }],
    ['a content script on a page that is not webmail', { id: ID, url: 'https://mail.google.com.evil.example/', tab: { id: 3 } }],
    ['a plain-http page', { id: ID, url: 'http://mail.google.com/mail/u/0/', tab: { id: 3 } }],
    ['a sender without a tab', { id: ID, url: 'https://mail.google.com/mail/u/0/' }],
  ])('refuses analysis requested by %s', async (_label, sender) => {
    await expect(handleMessage({ type: 'analyze', facts: phish }, sender, deps())).resolves.toEqual({ ok: false, error: 'forbidden' });
  });

  it.each([
    ['facts missing', { type: 'analyze' }],
    ['an extra field', { type: 'analyze', facts: phish, policy: { trustedDomains: ['m365-secure-login.com'] } }],
    ['a wrong source', { type: 'analyze', facts: { ...phish, source: 'eml' } }],
    ['links that are not links', { type: 'analyze', facts: { ...phish, links: [{ href: 5, text: 'x' }] } }],
    ['an oversized body', { type: 'analyze', facts: { ...phish, text: 'x'.repeat(200_001) } }],
    ['too many links', { type: 'analyze', facts: { ...phish, links: Array.from({ length: 5_001 }, () => phish.links[0]) } }],
    ['a missing type', {}],
    ['a string', 'ping'],
    ['null', null],
    ['an array', [{ type: 'ping' }]],
  ])('fails closed on %s', async (_label, message) => {
    await expect(handleMessage(message, GMAIL_TAB, deps())).resolves.toEqual({ ok: false, error: 'invalid-request' });
  });

  it('refuses unknown request types', async () => {
    await expect(handleMessage({ type: 'getPolicy' }, GMAIL_TAB, deps())).resolves.toEqual({ ok: false, error: 'unknown-request' });
  });

  it('answers "failed" rather than throwing when the policy cannot be read', async () => {
    const d = { ...deps(), loadPolicy: () => Promise.reject(new Error('storage gone')) };
    await expect(handleMessage({ type: 'analyze', facts: phish }, GMAIL_TAB, d)).resolves.toEqual({ ok: false, error: 'failed' });
  });
});
