// The markupDrift request: only a webmail content script may send it, only field names from the
// fixed list, each once; it counts those fields in the integration-health record of the tab's
// webmail (named by the browser, never by the message) and counts no email as checked.
import { describe, expect, it } from 'vitest';
import { handleMessage } from '../../src/background/handle-message';
import type { IntegrationHealth } from '../../src/background/health';
import { fakeDeps, GMAIL_TAB, ID, phish, POPUP } from './fake-deps';

const OUTLOOK_TAB = { id: ID, url: 'https://outlook.office.com/mail/inbox/id/AAQk', tab: { id: 9 } };

describe('background: markupDrift', () => {
  it('counts the fields in the health record of the sending tab\'s webmail, no email as checked', async () => {
    const d = fakeDeps();
    await expect(handleMessage({ type: 'markupDrift', fields: ['message'] }, OUTLOOK_TAB, d)).resolves.toEqual({ ok: true });
    await expect(handleMessage({ type: 'markupDrift', fields: ['body', 'message'] }, OUTLOOK_TAB, d)).resolves.toEqual({ ok: true });
    const health = (await d.local.get('integrationHealth')) as IntegrationHealth;
    expect(health.outlook).toEqual({
      analyzed: 0,
      lastAnalyzed: '',
      missing: { message: { count: 2, lastSeen: '2026-11-27T10:00:00.000Z' }, body: { count: 1, lastSeen: '2026-11-27T10:00:00.000Z' } },
    });
    expect(health.gmail).toBeUndefined();
  });

  it('adds to the record of a webmail whose emails were checked, leaving the checked count alone', async () => {
    const d = fakeDeps();
    await handleMessage({ type: 'analyze', facts: phish }, GMAIL_TAB, d);
    await handleMessage({ type: 'markupDrift', fields: ['body'] }, GMAIL_TAB, d);
    const health = (await d.local.get('integrationHealth')) as IntegrationHealth;
    expect(health.gmail!.analyzed).toBe(1);
    expect(Object.keys(health.gmail!.missing).sort()).toEqual(['body', 'date']);
  });

  it.each([
    ['the popup', POPUP],
    ['another extension', { ...GMAIL_TAB, id: 'otherextensionidotherextensionid' }],
    ['a page that is not webmail', { id: ID, url: 'https://mail.google.com.evil.example/', tab: { id: 3 } }],
  ])('refuses it from %s', async (_label, sender) => {
    const d = fakeDeps();
    await expect(handleMessage({ type: 'markupDrift', fields: ['message'] }, sender, d)).resolves.toEqual({ ok: false, error: 'forbidden' });
    expect(await d.local.get('integrationHealth')).toBeUndefined();
  });

  it.each([
    ['no fields', { type: 'markupDrift', fields: [] }],
    ['an unknown field', { type: 'markupDrift', fields: ['subject'] }],
    ['content in a field', { type: 'markupDrift', fields: ['Invoice from anita@x.example'] }],
    ['a repeated field', { type: 'markupDrift', fields: ['message', 'message'] }],
    ['fields that are not a list', { type: 'markupDrift', fields: 'message' }],
    ['an extra key', { type: 'markupDrift', fields: ['message'], url: 'https://mail.google.com/mail/u/0/#inbox/x' }],
  ])('fails closed on %s, storing nothing', async (_label, message) => {
    const d = fakeDeps();
    await expect(handleMessage(message, GMAIL_TAB, d)).resolves.toEqual({ ok: false, error: 'invalid-request' });
    expect(await d.local.get('integrationHealth')).toBeUndefined();
  });
});
