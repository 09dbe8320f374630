// Durable delivery of webhook reports. Each report is stored before the first attempt, sent
// with its report id as idempotency key (a retry never makes a duplicate on the receiving side),
// retried with growing waits when the endpoint is down, and only dropped once the receiver has
// said yes (2xx) or after a week of trying. The queue lives in storage, so a stopped worker or a
// browser restart loses nothing; the caller wakes it with an alarm at `nextAttemptAt`.

export interface QueuedReport {
  reportId: string;
  url: string;
  token: string | null;
  /** The JSON document exactly as previewed. */
  body: string;
  attempts: number;
  firstQueuedAt: number;
  nextAttemptAt: number;
  lastError: string | null;
}

export interface QueueDeps {
  load(): Promise<QueuedReport[]>;
  save(queue: QueuedReport[]): Promise<void>;
  fetch(url: string, init: RequestInit): Promise<{ ok: boolean; status: number }>;
  now(): number;
  /** Told about each report that reached the receiver, or was given up on. */
  settled(reportId: string, outcome: { sent: true } | { sent: false; error: string }): Promise<void>;
}

const FIRST_WAIT_MS = 30_000;
const MAX_WAIT_MS = 60 * 60_000;
const GIVE_UP_AFTER_MS = 7 * 24 * 60 * 60_000;
const TIMEOUT_MS = 20_000;

/** 30 s, 1 min, 2 min, … up to an hour between attempts. */
export function backoff(attempts: number): number {
  return Math.min(MAX_WAIT_MS, FIRST_WAIT_MS * 2 ** Math.max(0, attempts - 1));
}

export function newQueued(reportId: string, url: string, token: string | null, body: string, now: number): QueuedReport {
  return { reportId, url, token, body, attempts: 0, firstQueuedAt: now, nextAttemptAt: now, lastError: null };
}

async function send(item: QueuedReport, deps: QueueDeps): Promise<string | null> {
  const headers: Record<string, string> = { 'Content-Type': 'application/json', 'Idempotency-Key': item.reportId };
  if (item.token) headers.Authorization = `Bearer ${item.token}`;
  try {
    const response = await deps.fetch(item.url, { method: 'POST', headers, body: item.body, signal: AbortSignal.timeout(TIMEOUT_MS), credentials: 'omit', redirect: 'error', cache: 'no-store' });
    return response.ok ? null : `the receiver answered ${response.status}`;
  } catch (error) {
    return error instanceof Error && error.name === 'TimeoutError' ? 'no answer in time' : 'could not reach the receiver';
  }
}

/**
 * Add a report (if its id is not queued yet) and try everything that is due. Returns the
 * queue left afterwards, so the caller can set the next alarm.
 */
export async function enqueue(item: QueuedReport, deps: QueueDeps): Promise<QueuedReport[]> {
  const queue = await deps.load();
  if (!queue.some((q) => q.reportId === item.reportId)) await deps.save([...queue, item]);
  return processQueue(deps);
}

let running: Promise<QueuedReport[]> | null = null;

/** Try every due report once. One run at a time in this worker, so nothing is sent twice at once. */
export function processQueue(deps: QueueDeps): Promise<QueuedReport[]> {
  const run = (running ?? Promise.resolve([])).then(() => processOnce(deps));
  running = run.catch(() => []);
  return run;
}

async function processOnce(deps: QueueDeps): Promise<QueuedReport[]> {
  const due = (await deps.load()).filter((q) => q.nextAttemptAt <= deps.now());
  for (const item of due) {
    const error = await send(item, deps);
    const queue = await deps.load();
    const index = queue.findIndex((q) => q.reportId === item.reportId);
    if (index < 0) continue;
    if (error === null) {
      queue.splice(index, 1);
      await deps.save(queue);
      await deps.settled(item.reportId, { sent: true });
      continue;
    }
    const attempts = item.attempts + 1;
    if (deps.now() - item.firstQueuedAt > GIVE_UP_AFTER_MS) {
      queue.splice(index, 1);
      await deps.save(queue);
      await deps.settled(item.reportId, { sent: false, error });
      continue;
    }
    queue[index] = { ...item, attempts, lastError: error, nextAttemptAt: deps.now() + backoff(attempts) };
    await deps.save(queue);
  }
  return deps.load();
}
