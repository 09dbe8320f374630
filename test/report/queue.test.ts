// The webhook queue on its own, with storage as a plain array: what happens when the service
// worker is stopped while a report's request is in flight, and that the queue stays bounded.
// A fresh import of the module stands for a restarted worker (its module state starts empty).
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type * as QueueModule from '../../src/report/queue';
import type { QueueDeps, QueuedReport } from '../../src/report/queue';

type Queue = typeof QueueModule;
const freshWorker = async (): Promise<Queue> => {
  vi.resetModules();
  return import('../../src/report/queue');
};

interface Harness {
  deps: QueueDeps;
  stored: { queue: QueuedReport[] };
  posts: Record<string, string>[];
  urls: string[];
  /** IT's policy now: where reports go and with which token. */
  destination: { url: string; token: string | null } | null;
  settled: { reportId: string; sent: boolean }[];
  wakes: number[];
  /** What each request does: answer with a status, or hang until released. */
  answer: 'ok' | 'down' | 'hang';
  release(): void;
  clock: { now: number };
}

function harness(stored: { queue: QueuedReport[] } = { queue: [] }): Harness {
  let release = () => undefined as void;
  const h: Harness = {
    stored,
    posts: [],
    urls: [],
    destination: { url: 'https://hooks.example/x', token: 'token-in-policy' },
    settled: [],
    wakes: [],
    answer: 'ok',
    release: () => release(),
    clock: { now: 1_000_000 },
    deps: {
      load: () => Promise.resolve(structuredClone(stored.queue)),
      save: (queue) => {
        stored.queue = structuredClone(queue);
        return Promise.resolve();
      },
      fetch: (url, init) => {
        h.urls.push(url);
        h.posts.push(init.headers as Record<string, string>);
        if (h.answer === 'down') return Promise.reject(new TypeError('Failed to fetch'));
        if (h.answer === 'hang') return new Promise((resolve) => (release = () => resolve({ ok: true, status: 201 })));
        return Promise.resolve({ ok: true, status: 201 });
      },
      destination: () => Promise.resolve(h.destination),
      now: () => h.clock.now,
      settled: (reportId, outcome) => {
        h.settled.push({ reportId, sent: outcome.sent });
        return Promise.resolve();
      },
      wakeAt: (at) => {
        h.wakes.push(at);
        return Promise.resolve();
      },
    },
  };
  return h;
}

const until = (check: () => boolean) => vi.waitFor(() => expect(check()).toBe(true));

let queue: Queue;
beforeEach(async () => {
  queue = await freshWorker();
});

describe('report queue and a stopped worker', () => {
  it('writes the attempt down and sets the alarm before the request leaves', async () => {
    const h = harness();
    h.answer = 'hang';
    void queue.enqueue(queue.newQueued('r-1', 'https://hooks.example/x', '{}', h.clock.now), h.deps);
    await until(() => h.posts.length === 1);
    // The request is in flight: storage already says so, and an alarm will wake the worker.
    expect(h.stored.queue).toEqual([expect.objectContaining({ reportId: 'r-1', attempts: 1, sendingSince: h.clock.now, nextAttemptAt: h.clock.now + 30_000 })]);
    expect(h.wakes).toEqual([h.clock.now + 30_000]);
    expect(h.settled).toEqual([]);
  });

  it('sends an interrupted report again as soon as the restarted worker runs the queue, with the same key, and settles it once', async () => {
    const stored = { queue: [] as QueuedReport[] };
    const before = harness(stored);
    before.answer = 'hang';
    void queue.enqueue(queue.newQueued('r-1', 'https://hooks.example/x', '{}', before.clock.now), before.deps);
    await until(() => before.posts.length === 1);

    // The worker is stopped here: its request never gets an answer. A new one starts 5 s later,
    // long before the retry time, and runs the queue (as the worker does when it starts).
    const restarted = await freshWorker();
    const after = harness(stored);
    after.clock.now = before.clock.now + 5_000;
    const left = await restarted.processQueue(after.deps);
    expect(left).toEqual([]);
    expect(after.posts).toHaveLength(1);
    expect(after.posts[0]!['Idempotency-Key']).toBe(before.posts[0]!['Idempotency-Key']);
    expect(after.settled).toEqual([{ reportId: 'r-1', sent: true }]);
    // Another run sends nothing more.
    await restarted.processQueue(after.deps);
    expect(after.posts).toHaveLength(1);
  });

  it('does not count an in-flight report as interrupted within the same worker: a second run waits, nothing is sent twice', async () => {
    const h = harness();
    h.answer = 'hang';
    const first = queue.enqueue(queue.newQueued('r-1', 'https://hooks.example/x', '{}', h.clock.now), h.deps);
    await until(() => h.posts.length === 1);
    const second = queue.processQueue(h.deps); // e.g. the alarm fires while the request is out
    h.release();
    expect(await first).toEqual([]);
    expect(await second).toEqual([]);
    expect(h.posts).toHaveLength(1);
    expect(h.settled).toEqual([{ reportId: 'r-1', sent: true }]);
  });

  it('after a failed attempt, clears the in-flight mark and waits for the backoff', async () => {
    const h = harness();
    h.answer = 'down';
    const left = await queue.enqueue(queue.newQueued('r-1', 'https://hooks.example/x', '{}', h.clock.now), h.deps);
    expect(left).toEqual([expect.objectContaining({ attempts: 1, sendingSince: null, lastError: 'could not reach the receiver', nextAttemptAt: h.clock.now + 30_000 })]);
    await queue.processQueue(h.deps);
    expect(h.posts).toHaveLength(1); // not due yet
  });
});

describe('report queue bounds', () => {
  it(`keeps at most ${200} reports waiting; the oldest is given up and said so`, async () => {
    expect(queue.MAX_QUEUE).toBe(200);
    const h = harness();
    h.answer = 'down';
    for (let i = 0; i < queue.MAX_QUEUE + 3; i++) {
      await queue.enqueue(queue.newQueued(`r-${i}`, 'https://hooks.example/x', '{}', h.clock.now), h.deps);
    }
    expect(h.stored.queue).toHaveLength(queue.MAX_QUEUE);
    expect(h.stored.queue[0]!.reportId).toBe('r-3');
    expect(h.settled).toEqual([0, 1, 2].map((i) => ({ reportId: `r-${i}`, sent: false })));
  });
});

describe('the webhook token', () => {
  it('is never stored with a report, and is read from policy for each attempt', async () => {
    const h = harness();
    h.answer = 'down';
    await queue.enqueue(queue.newQueued('r-1', 'https://hooks.example/x', '{}', h.clock.now), h.deps);
    expect(JSON.stringify(h.stored.queue)).not.toContain('token-in-policy');
    expect(h.posts[0]!.Authorization).toBe('Bearer token-in-policy');
    // IT rotates the token while the report waits: the next attempt uses the new one.
    h.destination = { url: 'https://hooks.example/x', token: 'rotated' };
    h.answer = 'ok';
    h.clock.now += 60 * 60_000;
    await queue.processQueue(h.deps);
    expect(h.posts[1]!.Authorization).toBe('Bearer rotated');
    expect(h.settled).toEqual([{ reportId: 'r-1', sent: true }]);
  });

  it('follows the destination IT set now, and waits while policy names none', async () => {
    const h = harness();
    h.destination = null;
    await queue.enqueue(queue.newQueued('r-1', 'https://old.example/hook', '{}', h.clock.now), h.deps);
    expect(h.urls).toEqual([]);
    expect(h.stored.queue[0]!.lastError).toBe('no report destination is set by IT');
    h.destination = { url: 'https://new.example/hook', token: null };
    h.clock.now += 60 * 60_000;
    await queue.processQueue(h.deps);
    expect(h.urls).toEqual(['https://new.example/hook']);
    expect(h.posts[0]!.Authorization).toBeUndefined();
    expect(h.stored.queue).toEqual([]);
  });

  it('drops a token left in storage by an older version at the next attempt', async () => {
    const old = { ...queue.newQueued('r-1', 'https://hooks.example/x', '{}', 1_000_000), token: 'stored-by-old-version' };
    const h = harness({ queue: [old] });
    h.answer = 'down';
    await queue.processQueue(h.deps);
    expect(JSON.stringify(h.stored.queue)).not.toContain('stored-by-old-version');
    expect(h.posts[0]!.Authorization).toBe('Bearer token-in-policy');
  });
});
