// Durable delivery of webhook reports. Each report is stored before the first attempt, sent
// with its report id as idempotency key (a retry never makes a duplicate on the receiving side),
// retried with growing waits when the endpoint is down, and only dropped once the receiver has
// said yes (2xx) or after a week of trying. The queue lives in storage, so a stopped worker or a
// browser restart loses nothing; the caller wakes it with an alarm at `nextAttemptAt`.
//
// An attempt is written down before its request leaves (`sendingSince`, the attempt counted, the
// next attempt's time and its alarm), because the worker can be stopped while the request is in
// flight. The next run of the queue, in the restarted worker, sends such a report again at once,
// with the same idempotency key; if nothing else wakes the worker, the alarm does.
//
// The webhook's token is never stored with a report: it is read from IT's policy for each
// attempt (`destination`), so a lost laptop's profile holds no credential, and a destination IT
// moved or re-keyed while reports waited is honoured.

export interface QueuedReport {
  reportId: string;
  /** Where it was addressed when queued (the destination in policy at each attempt wins). */
  url: string;
  /** The JSON document exactly as previewed. */
  body: string;
  attempts: number;
  firstQueuedAt: number;
  nextAttemptAt: number;
  lastError: string | null;
  /** Set while a request is in flight; still set at the start of a run = the worker was stopped. */
  sendingSince?: number | null;
  /** The message this report is about, so its page can be told once it has arrived. */
  origin?: { tabId: number; webmail: 'gmail' | 'outlook'; key: string };
}

export interface QueueDeps {
  load(): Promise<QueuedReport[]>;
  save(queue: QueuedReport[]): Promise<void>;
  fetch(url: string, init: RequestInit): Promise<{ ok: boolean; status: number }>;
  /** The report destination in IT's policy now, with its token; null when policy names none. */
  destination(): Promise<{ url: string; token: string | null } | null>;
  now(): number;
  /** Told about each report that reached the receiver, or was given up on. */
  settled(reportId: string, outcome: { sent: true } | { sent: false; error: string }, item: QueuedReport): Promise<void>;
  /** Make sure the worker is woken at this time (ms), in case it is stopped mid-request. */
  wakeAt(at: number): Promise<void>;
}

const FIRST_WAIT_MS = 30_000;
const MAX_WAIT_MS = 60 * 60_000;
const GIVE_UP_AFTER_MS = 7 * 24 * 60 * 60_000;
const TIMEOUT_MS = 20_000;
/** Reports waiting at once; beyond this the oldest is given up (it has waited longest). */
export const MAX_QUEUE = 200;

/** 30 s, 1 min, 2 min, … up to an hour between attempts. */
export function backoff(attempts: number): number {
  return Math.min(MAX_WAIT_MS, FIRST_WAIT_MS * 2 ** Math.max(0, attempts - 1));
}

export function newQueued(reportId: string, url: string, body: string, now: number, origin?: QueuedReport['origin']): QueuedReport {
  return { reportId, url, body, attempts: 0, firstQueuedAt: now, nextAttemptAt: now, lastError: null, sendingSince: null, ...(origin ? { origin } : {}) };
}

async function send(item: QueuedReport, deps: QueueDeps): Promise<string | null> {
  const destination = await deps.destination().catch(() => null);
  // IT took the webhook out of policy: keep the report (policy may come back) until the week is up.
  if (!destination) return 'no report destination is set by IT';
  const headers: Record<string, string> = { 'Content-Type': 'application/json', 'Idempotency-Key': item.reportId };
  if (destination.token) headers.Authorization = `Bearer ${destination.token}`;
  try {
    const response = await deps.fetch(destination.url, { method: 'POST', headers, body: item.body, signal: AbortSignal.timeout(TIMEOUT_MS), credentials: 'omit', redirect: 'error', cache: 'no-store' });
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
  if (!queue.some((q) => q.reportId === item.reportId)) {
    const kept = [...queue, item];
    const dropped = kept.splice(0, Math.max(0, kept.length - MAX_QUEUE));
    await deps.save(kept);
    for (const old of dropped) await deps.settled(old.reportId, { sent: false, error: 'too many reports were waiting to be sent' }, old);
  }
  return processQueue(deps);
}

let running: Promise<QueuedReport[]> | null = null;

/** Try every due report once. One run at a time in this worker, so nothing is sent twice at once. */
export function processQueue(deps: QueueDeps): Promise<QueuedReport[]> {
  const run = (running ?? Promise.resolve([])).then(() => processOnce(deps));
  running = run.catch(() => []);
  return run;
}

/** Due now, or interrupted: runs never overlap in one worker, so a mark left over is from a stopped one. */
const isDue = (q: QueuedReport, now: number) => q.nextAttemptAt <= now || (q.sendingSince ?? null) !== null;

async function processOnce(deps: QueueDeps): Promise<QueuedReport[]> {
  const due = new Set((await deps.load()).filter((q) => isDue(q, deps.now())).map((q) => q.reportId));
  for (const reportId of due) {
    // Write the attempt down first: if the worker is stopped mid-request, it is retried.
    const before = await deps.load();
    const at = before.findIndex((q) => q.reportId === reportId);
    if (at < 0) continue;
    const attempts = before[at]!.attempts + 1;
    // `token` may linger in reports queued by an older version: drop it from storage now.
    const { token: _stored, ...queued } = before[at]! as QueuedReport & { token?: unknown };
    const item: QueuedReport = { ...queued, attempts, sendingSince: deps.now(), nextAttemptAt: deps.now() + backoff(attempts) };
    before[at] = item;
    await deps.save(before);
    await deps.wakeAt(Math.min(...before.filter((q) => q === item || !due.has(q.reportId)).map((q) => q.nextAttemptAt)));

    const error = await send(item, deps);
    const queue = await deps.load();
    const index = queue.findIndex((q) => q.reportId === reportId);
    if (index < 0) continue;
    if (error === null) {
      queue.splice(index, 1);
      await deps.save(queue);
      await deps.settled(reportId, { sent: true }, item);
      continue;
    }
    if (deps.now() - item.firstQueuedAt > GIVE_UP_AFTER_MS) {
      queue.splice(index, 1);
      await deps.save(queue);
      await deps.settled(reportId, { sent: false, error }, item);
      continue;
    }
    queue[index] = { ...item, sendingSince: null, lastError: error, nextAttemptAt: deps.now() + backoff(attempts) };
    await deps.save(queue);
  }
  return deps.load();
}
