// Nothing the background keeps grows without bound: a tab's messages go when the tab closes or
// leaves webmail; each tab keeps its latest messages only; the sender history, the report log
// and the integration health have fixed caps (the report queue's is in test/report/queue.test.ts).
import { describe, expect, it } from 'vitest';
import { LOCAL_KEYS, MAX_LOG, withLogEntry, type ReportLog } from '../../src/background/device';
import { handleMessage } from '../../src/background/handle-message';
import { MAX_ADDRESSES, MAX_NAMES, MAX_SITES_PER_NAME, recordSender, saltedHash, type HistoryStore } from '../../src/background/history';
import { handleTabClosed, handleTabLoaded } from '../../src/background/tab-lifecycle';
import { MAX_MESSAGES_PER_TAB, tabKey, type TabRecord } from '../../src/background/tab-state';
import type { MessageFacts } from '../../src/engine/types';
import { fakeDeps, GMAIL_TAB, ID, phish } from './fake-deps';

const OUTLOOK_TAB = { id: ID, url: 'https://outlook.office.com/mail/inbox/id/AAQk1', tab: { id: 7 } };
const nth = (i: number, source: MessageFacts['source'] = 'gmail'): MessageFacts => ({ ...phish, source, id: `msg-f:${1000 + i}`, subject: `Message ${i}` });
const record = (d: ReturnType<typeof fakeDeps>, tabId = 7) => (d.session as never as { data: Map<string, unknown> }).data.get(tabKey(tabId)) as TabRecord | undefined;

describe('per-tab state', () => {
  it('is dropped when the tab closes, and only that tab\'s', async () => {
    const d = fakeDeps();
    await handleMessage({ type: 'analyze', facts: phish }, GMAIL_TAB, d);
    await handleMessage({ type: 'analyze', facts: phish }, { ...GMAIL_TAB, tab: { id: 8 } }, d);
    await handleTabClosed(d, 7);
    expect(record(d, 7)).toBeUndefined();
    expect(record(d, 8)?.messages).toHaveLength(1);
  });

  it('is dropped when the tab has loaded a page that is not webmail (no content script answers)', async () => {
    const d = fakeDeps();
    await handleMessage({ type: 'analyze', facts: phish }, GMAIL_TAB, d);
    d.fakes.contentScripts.set(7, 'gmail');
    await handleTabLoaded(d, 7); // still Gmail (a reload, or Gmail's own navigation)
    expect(record(d)?.messages).toHaveLength(1);
    d.fakes.contentScripts.delete(7); // the person went to another site
    await handleTabLoaded(d, 7);
    expect(record(d)).toBeUndefined();
  });

  it('is dropped when the tab moved to the other webmail', async () => {
    const d = fakeDeps();
    await handleMessage({ type: 'analyze', facts: phish }, GMAIL_TAB, d);
    d.fakes.contentScripts.set(7, 'outlook');
    await handleTabLoaded(d, 7);
    expect(record(d)).toBeUndefined();
    // And an Outlook message in a tab whose record is still Gmail's starts a new record.
    await handleMessage({ type: 'analyze', facts: phish }, GMAIL_TAB, d);
    await handleMessage({ type: 'analyze', facts: nth(1, 'outlook') }, OUTLOOK_TAB, d);
    expect(record(d)).toMatchObject({ webmail: 'outlook', messages: [{ key: 'msg-f:1001' }] });
  });

  it('asks nothing of tabs it has no record of (any page load in the browser wakes the worker)', async () => {
    const d = fakeDeps();
    await handleTabLoaded(d, 42);
    expect(d.fakes.told).toEqual([]);
  });

  it(`keeps the latest ${MAX_MESSAGES_PER_TAB} messages of a tab`, async () => {
    const d = fakeDeps();
    for (let i = 0; i < MAX_MESSAGES_PER_TAB + 15; i++) {
      d.fakes.clock.now += 1_000;
      await handleMessage({ type: 'analyze', facts: nth(i) }, GMAIL_TAB, d);
      await handleMessage({ type: 'openMessages', keys: [nth(i).id!] }, GMAIL_TAB, d);
    }
    const r = record(d)!;
    expect(r.messages).toHaveLength(MAX_MESSAGES_PER_TAB);
    expect(r.messages[0]!.key).toBe(nth(15).id);
    expect(r.messages.at(-1)!.key).toBe(nth(MAX_MESSAGES_PER_TAB + 14).id);
    expect(r.open).toEqual([nth(MAX_MESSAGES_PER_TAB + 14).id]);
  });
});

describe('device records', () => {
  const hash = saltedHash('salt');
  const filled = (addresses: number, names: number): HistoryStore => ({
    salt: 'salt',
    addresses: Object.fromEntries(Array.from({ length: addresses }, (_, i) => [`a${i}`, `m${i}`])),
    names: Object.fromEntries(Array.from({ length: names }, (_, i) => [`n${i}`, ['s']])),
  });

  it(`sender history stays at ${MAX_ADDRESSES} addresses and ${MAX_NAMES} names, dropping the oldest`, async () => {
    const next = await recordSender(filled(MAX_ADDRESSES, MAX_NAMES), { ...phish, from: { name: 'Anita Patel', address: 'anita@example.org' } }, hash);
    expect(Object.keys(next.addresses)).toHaveLength(MAX_ADDRESSES);
    expect(Object.keys(next.names)).toHaveLength(MAX_NAMES);
    expect(next.addresses.a0).toBeUndefined();
    expect(next.names.n0).toBeUndefined();
  });

  it(`a display name keeps at most ${MAX_SITES_PER_NAME} sites`, async () => {
    let store: HistoryStore = filled(0, 0);
    for (let i = 0; i < MAX_SITES_PER_NAME + 4; i++) store = await recordSender(store, { ...phish, from: { name: 'Anita Patel', address: `anita@site${i}.example` } }, hash);
    expect(Object.values(store.names)).toEqual([expect.any(Array)]);
    expect(Object.values(store.names)[0]).toHaveLength(MAX_SITES_PER_NAME);
  });

  it(`the report log keeps the latest ${MAX_LOG} reports`, () => {
    let log: ReportLog = {};
    for (let i = 0; i < MAX_LOG + 10; i++) log = withLogEntry(log, `r-${i}`, { state: 'sent', at: '2026-11-27T10:00:00.000Z', simulation: false });
    expect(Object.keys(log)).toHaveLength(MAX_LOG);
    expect(log['r-9']).toBeUndefined();
    expect(log['r-10']).toBeDefined();
    // Updating an old entry makes it the newest, so it is not the next to go.
    log = withLogEntry(log, 'r-10', { state: 'failed', error: 'x' });
    log = withLogEntry(log, 'r-new', { state: 'failed', error: 'x' });
    expect(log['r-10']).toBeDefined();
    expect(log['r-11']).toBeUndefined();
  });

  it('the background writes the capped log to storage', async () => {
    const d = fakeDeps({ reportWebhookUrl: 'https://hooks.northgate-it.example/second-look' });
    const full: ReportLog = Object.fromEntries(Array.from({ length: MAX_LOG }, (_, i) => [`r-${i}`, { state: 'sent', at: '2026-11-27T10:00:00.000Z', simulation: false }]));
    await d.local.set(LOCAL_KEYS.reportLog, full);
    await handleMessage({ type: 'analyze', facts: phish }, GMAIL_TAB, d);
    await handleMessage({ type: 'report', tabId: 7, key: phish.id! }, { id: ID, url: `chrome-extension://${ID}/src/popup/index.html` }, d);
    const stored = (await d.local.get(LOCAL_KEYS.reportLog)) as ReportLog;
    expect(Object.keys(stored)).toHaveLength(MAX_LOG);
    expect(stored['r-0']).toBeUndefined();
  });
});
