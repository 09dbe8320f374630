// "Report to IT" when the service worker is stopped while the report's request is in flight:
// the restarted worker sends it again with the same idempotency key, the log ends with one
// entry saying "sent", the queue is empty, and the page is told so its banner thanks the person.
// A fresh import of the background modules stands for the restarted worker.
import { describe, expect, it, vi } from 'vitest';
import { LOCAL_KEYS } from '../../src/background/device';
import { fakeDeps, GMAIL_TAB, phish, POPUP } from './fake-deps';

const WEBHOOK = { organizationDomains: ['riversidefamilymed.org'], reportWebhookUrl: 'https://hooks.northgate-it.example/second-look' };

async function worker() {
  vi.resetModules();
  const { handleMessage } = await import('../../src/background/handle-message');
  const { runQueue } = await import('../../src/background/report');
  return { handleMessage, runQueue };
}

describe('a report interrupted by a worker stop', () => {
  it('is delivered once by the restarted worker, and the page is told', async () => {
    const first = await worker();
    const d = fakeDeps(WEBHOOK);
    await first.handleMessage({ type: 'analyze', facts: phish }, GMAIL_TAB, d);
    // The receiver takes the request and never answers; the worker is stopped meanwhile.
    let sent = 0;
    d.fetch = () => {
      sent++;
      return new Promise(() => undefined);
    };
    void first.handleMessage({ type: 'report', tabId: 7, key: 'msg-f:1' }, POPUP, d);
    await vi.waitFor(() => expect(sent).toBe(1));
    // Before the request left, an alarm was set to wake a stopped worker.
    expect(d.fakes.retryAt.at(-1)).toBe(d.fakes.clock.now + 30_000);

    const second = await worker();
    const shared = { session: (d.session as never as { data: Map<string, unknown> }).data, local: (d.local as never as { data: Map<string, unknown> }).data };
    const restarted = fakeDeps(WEBHOOK, shared);
    restarted.fakes.clock.now = d.fakes.clock.now + 30_000; // woken by that alarm
    await second.runQueue(restarted);

    expect(restarted.fakes.posts).toHaveLength(1);
    const log = shared.local.get(LOCAL_KEYS.reportLog) as Record<string, { state: string }>;
    expect(Object.values(log)).toEqual([expect.objectContaining({ state: 'sent' })]);
    expect((restarted.fakes.posts[0]!.init.headers as Record<string, string>)['Idempotency-Key']).toBe(Object.keys(log)[0]);
    expect(shared.local.get(LOCAL_KEYS.queue)).toEqual([]);
    expect(restarted.fakes.told).toContainEqual({ tabId: 7, message: { type: 'bannerUpdate', key: 'msg-f:1', report: { state: 'sent', at: expect.any(String), simulation: false }, markedSafe: false } });
    expect(restarted.fakes.retryAt.at(-1)).toBeNull();

    // The popup, opened again, says it was sent; pressing the button again sends nothing.
    const state = await second.handleMessage({ type: 'getTabState', tabId: 7 }, POPUP, restarted);
    expect(state.ok && 'state' in state && state.state.kind === 'messages' && state.state.messages[0]!.report.state).toBe('sent');
    await second.handleMessage({ type: 'report', tabId: 7, key: 'msg-f:1' }, POPUP, restarted);
    expect(restarted.fakes.posts).toHaveLength(1);
  });
});
