// Reporting end to end inside the background, with fake browser APIs: the webhook path (once,
// idempotent, queued and retried when the receiver is down, nothing lost on a worker restart),
// the mailbox path, training messages, "This looks safe to me", and the popup's state.
import { describe, expect, it } from 'vitest';
import { handleMessage } from '../../src/background/handle-message';
import { runQueue } from '../../src/background/report';
import type { PopupState } from '../../src/popup/state';
import type { ReportDocument } from '../../src/report/types';
import { fakeDeps, GMAIL_TAB, phish, POPUP } from './fake-deps';

const WEBHOOK = { organizationDomains: ['riversidefamilymed.org'], reportWebhookUrl: 'https://hooks.northgate-it.example/second-look', reportWebhookToken: 's3cret' };

async function analyzed(policy: unknown, shared?: Parameters<typeof fakeDeps>[1]) {
  const d = fakeDeps(policy, shared);
  await handleMessage({ type: 'analyze', facts: phish, account: 'frontdesk@riversidefamilymed.org' }, GMAIL_TAB, d);
  return d;
}

async function state(d: ReturnType<typeof fakeDeps>): Promise<PopupState> {
  const answer = await handleMessage({ type: 'getTabState', tabId: 7 }, POPUP, d);
  if (!answer.ok || !('state' in answer)) throw new Error('no state');
  return answer.state;
}

const report = (d: ReturnType<typeof fakeDeps>, type: 'report' | 'markSafe' = 'report') => handleMessage({ type, tabId: 7, key: 'msg-f:1' }, POPUP, d);

describe('Report to IT through the webhook', () => {
  it('sends exactly the previewed document once, with the token and an idempotency key', async () => {
    const d = await analyzed(WEBHOOK);
    const s = await state(d);
    if (s.kind !== 'messages' || s.messages[0]!.preview.kind !== 'webhook') throw new Error('expected a webhook preview');
    const preview = s.messages[0]!.preview.document;

    expect(await report(d)).toEqual({ ok: true, status: { state: 'sent', at: '2026-11-27T10:00:00.000Z', simulation: false } });
    expect(d.fakes.posts).toHaveLength(1);
    const post = d.fakes.posts[0]!;
    expect(post.url).toBe('https://hooks.northgate-it.example/second-look');
    expect(post.init.headers).toEqual({ 'Content-Type': 'application/json', 'Idempotency-Key': preview.reportId, Authorization: 'Bearer s3cret' });
    expect(JSON.parse(post.init.body as string)).toEqual(preview);

    // A second click (or a second popup) does not send it again.
    expect((await report(d)).ok).toBe(true);
    expect(d.fakes.posts).toHaveLength(1);
    // The page is told, so the banner can thank the person.
    expect(d.fakes.told.at(-1)).toEqual({ tabId: 7, message: { type: 'bannerUpdate', key: 'msg-f:1', report: { state: 'sent', at: '2026-11-27T10:00:00.000Z', simulation: false }, markedSafe: false } });
  });

  it('carries what IT needs and no message text unless policy allows it', async () => {
    const d = await analyzed(WEBHOOK);
    await report(d);
    const doc = JSON.parse(d.fakes.posts[0]!.init.body as string) as ReportDocument;
    expect(doc.schema).toBe('second-look.report/1');
    expect(doc.kind).toBe('suspected-phishing');
    expect(doc.reporter.account).toBe('frontdesk@riversidefamilymed.org');
    expect(doc.client).toEqual({ extensionVersion: '0.1.0', rulesVersion: expect.any(String), browser: 'Chromium 140', webmail: 'gmail' });
    expect(doc.message.from).toEqual(phish.from);
    expect(doc.message.subject).toBe(phish.subject);
    expect(doc.message.body).toBeNull();
    expect(doc.verdict.level).toBe('danger');
    // The reporter's own address is taken out of links (tracking links carry it).
    expect(doc.message.links[0]!.href).toBe('https://m365-secure-login.com/verify?u=[reporter]');
    expect(JSON.stringify(doc)).not.toContain('frontdesk%40riversidefamilymed.org');

    const withBody = await analyzed({ ...WEBHOOK, reportIncludeBody: true });
    await report(withBody);
    expect((JSON.parse(withBody.fakes.posts[0]!.init.body as string) as ReportDocument).message.body).toBe(phish.text);
  });

  it('includes Gmail\'s original headers when the page can read them', async () => {
    const d = fakeDeps(WEBHOOK);
    d.fakes.headers = 'Received: from mx.m365-secure-login.com\r\nReply-To: <collect@evil.example>';
    await handleMessage({ type: 'analyze', facts: phish }, GMAIL_TAB, d);
    await report(d);
    const doc = JSON.parse(d.fakes.posts[0]!.init.body as string) as ReportDocument;
    expect(doc.message.headers).toBe(d.fakes.headers);
    expect(doc.message.headersNote).toBeNull();
  });

  it('queues the report while the receiver is down, retries with growing waits, and delivers it once', async () => {
    const d = await analyzed(WEBHOOK);
    d.fakes.webhook.answer = 'down';
    const first = await report(d);
    expect(first).toEqual({ ok: true, status: { state: 'queued', at: '2026-11-27T10:00:00.000Z', simulation: false, lastError: 'could not reach the receiver' } });
    expect(d.fakes.retryAt.at(-1)).toBe(d.fakes.clock.now + 30_000);

    // Not due yet: nothing is sent.
    await runQueue(d);
    expect(d.fakes.posts).toHaveLength(1);
    // Due, still down: the wait doubles.
    d.fakes.clock.now += 30_000;
    await runQueue(d);
    expect(d.fakes.posts).toHaveLength(2);
    expect(d.fakes.retryAt.at(-1)).toBe(d.fakes.clock.now + 60_000);
    // A server error counts as not delivered too.
    d.fakes.webhook.answer = 503;
    d.fakes.clock.now += 60_000;
    await runQueue(d);
    expect(d.fakes.posts).toHaveLength(3);

    // The worker is stopped and started again; the receiver is back.
    const restarted = fakeDeps(WEBHOOK, { session: (d.session as never as { data: Map<string, unknown> }).data, local: (d.local as never as { data: Map<string, unknown> }).data });
    restarted.fakes.clock.now = d.fakes.clock.now + 120_000;
    await runQueue(restarted);
    expect(restarted.fakes.posts).toHaveLength(1);
    const ids = [...d.fakes.posts, ...restarted.fakes.posts].map((p) => (p.init.headers as Record<string, string>)['Idempotency-Key']);
    expect(new Set(ids).size).toBe(1); // every attempt carried the same key
    expect(restarted.fakes.retryAt.at(-1)).toBeNull();
    const s = await state(restarted);
    expect(s.kind === 'messages' && s.messages[0]!.report.state).toBe('sent');
    await runQueue(restarted);
    expect(restarted.fakes.posts).toHaveLength(1);
  });
});

describe('Report to IT through the mailbox', () => {
  it('opens a compose window to IT with a clear subject and the summary, in the same Gmail account', async () => {
    const d = fakeDeps({ reportMailbox: 'phishing@northgate-it.example' });
    await handleMessage({ type: 'analyze', facts: phish }, { ...GMAIL_TAB, url: 'https://mail.google.com/mail/u/1/#inbox/abc' }, d);
    const answer = await report(d);
    expect(answer).toEqual({ ok: true, status: { state: 'mailbox-opened', at: '2026-11-27T10:00:00.000Z', simulation: false } });
    const url = new URL(d.fakes.opened[0]!);
    expect(url.origin + url.pathname).toBe('https://mail.google.com/mail/u/1/');
    expect(url.searchParams.get('view')).toBe('cm');
    expect(url.searchParams.get('to')).toBe('phishing@northgate-it.example');
    expect(url.searchParams.get('su')).toBe('Suspected phishing: Your password expires today');
    const body = url.searchParams.get('body')!;
    expect(body).toContain('From: Microsoft 365 <alerts@m365-secure-login.com>');
    expect(body).toContain('Second Look: Looks like a scam');
    expect(body).not.toContain(phish.text);
    // The preview is the same email.
    const s = await state(d);
    expect(s.kind === 'messages' && s.messages[0]!.preview).toEqual({ kind: 'mailbox', to: 'phishing@northgate-it.example', subject: 'Suspected phishing: Your password expires today', body });
    // Not twice.
    await report(d);
    expect(d.fakes.opened).toHaveLength(1);
  });
});

describe('training messages and false alarms', () => {
  it('recognises the practice\'s training mail by a link parameter and says so', async () => {
    const d = await analyzed({ ...WEBHOOK, simulationMarkers: [{ urlParameter: 'u', value: '' }] });
    const answer = await report(d);
    expect(answer.ok && 'status' in answer && answer.status).toEqual({ state: 'sent', at: '2026-11-27T10:00:00.000Z', simulation: true });
    expect((JSON.parse(d.fakes.posts[0]!.init.body as string) as ReportDocument).simulation).toBe(true);
  });

  it('"This looks safe to me" sends a note, hides the warning and clears the badge', async () => {
    const d = await analyzed(WEBHOOK);
    expect(d.fakes.badges.get(7)).toBe('danger');
    const answer = await report(d, 'markSafe');
    expect(answer.ok).toBe(true);
    expect((JSON.parse(d.fakes.posts[0]!.init.body as string) as ReportDocument).kind).toBe('false-positive');
    expect(d.fakes.badges.get(7)).toBe('safe');
    const s = await state(d);
    expect(s.kind === 'messages' && s.messages[0]!.markedSafe).toBe(true);
    // Seen again later (page reload): still hidden.
    const again = await handleMessage({ type: 'analyze', facts: phish }, GMAIL_TAB, d);
    expect(again.ok && 'markedSafe' in again && again.markedSafe).toBe(true);
  });

  it('refuses "looks safe" when policy does not allow it', async () => {
    const d = await analyzed({ ...WEBHOOK, allowFalsePositiveReports: false });
    expect(await report(d, 'markSafe')).toEqual({ ok: false, error: 'forbidden' });
    expect(d.fakes.posts).toHaveLength(0);
  });
});

describe('popup state', () => {
  it('says plainly when the tab is not webmail, or no message is open', async () => {
    const d = fakeDeps();
    expect(await state(d)).toEqual({ kind: 'not-webmail' });
    d.fakes.tabUrls.set(7, 'https://outlook.office.com/mail/inbox');
    expect(await state(d)).toEqual({ kind: 'no-message', webmail: 'outlook' });
    await handleMessage({ type: 'openMessages', keys: [] }, GMAIL_TAB, d);
    expect(await state(d)).toEqual({ kind: 'no-message', webmail: 'gmail' });
  });

  it('says it is still checking when a message is in view but not judged yet', async () => {
    const d = fakeDeps();
    await handleMessage({ type: 'openMessages', keys: ['msg-f:1'] }, GMAIL_TAB, d);
    expect(await state(d)).toEqual({ kind: 'loading' });
    await handleMessage({ type: 'analyze', facts: phish }, GMAIL_TAB, d);
    const s = await state(d);
    expect(s.kind === 'messages' && s.messages.map((m) => m.key)).toEqual(['msg-f:1']);
  });

  it('lists the messages in view, latest first, and forgets those no longer in view', async () => {
    const d = await analyzed(WEBHOOK);
    d.fakes.clock.now += 1_000;
    const second = { ...phish, id: 'msg-f:2', subject: 'Lunch on Friday', from: { name: 'Linda Chen', address: 'linda.chen@riversidefamilymed.org' }, links: [], text: 'Lunch is on me on Friday.' };
    await handleMessage({ type: 'analyze', facts: second }, GMAIL_TAB, d);
    let s = await state(d);
    expect(s.kind === 'messages' && s.messages.map((m) => [m.key, m.level])).toEqual([['msg-f:2', 'safe'], ['msg-f:1', 'danger']]);
    expect(d.fakes.badges.get(7)).toBe('danger');
    await handleMessage({ type: 'openMessages', keys: ['msg-f:2'] }, GMAIL_TAB, d);
    s = await state(d);
    expect(s.kind === 'messages' && s.messages.map((m) => m.key)).toEqual(['msg-f:2']);
    expect(d.fakes.badges.get(7)).toBe('safe');
  });
});
