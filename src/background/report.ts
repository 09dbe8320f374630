// "Report to IT" and "This looks safe to me": build the report (once; the popup previews the
// same object), then hand it to the destination IT chose: the webhook queue, or a compose window
// to IT's mailbox in the same webmail. A message is never reported twice by accident: the
// report id is derived from the message, and a report already sent or queued is not redone.
import type { BannerUpdate, ReportResponse } from '../messaging/protocol';
import type { EffectivePolicy } from '../policy/parse';
import { buildReport } from '../report/build';
import { composeUrl, mailBody, mailSubject } from '../report/mailbox';
import { enqueue, newQueued, processQueue, type QueueDeps, type QueuedReport } from '../report/queue';
import { isSimulation } from '../report/simulation';
import type { ReportDocument, ReportKind, ReportPreview, ReportStatus } from '../report/types';
import { markedSafeKeys } from './analyze';
import { loadPolicy } from './settings';
import { serialized, type BackgroundDeps } from './deps';
import { LOCAL_KEYS, loadHistory, withLogEntry } from './device';
import { idFor } from './report-ids';
import { tabKey, withPrepared, type TabMessage, type TabRecord } from './tab-state';
import { hidesWarning, loadLog, loadTab, refreshBadge, saveTab, statusIn } from './tabs';

const OUTLOOK_HEADERS_NOTE = 'Outlook on the web does not let the extension read the original headers. To see where the message really came from, open it in Outlook and choose "View message source".';

/** Gmail: the content script reads the headers of "Show original", same-origin. */
async function rawHeaders(deps: BackgroundDeps, tabId: number, record: TabRecord, key: string): Promise<{ headers: string | null; note: string | null }> {
  if (record.webmail === 'outlook') return { headers: null, note: OUTLOOK_HEADERS_NOTE };
  const answer = (await deps.askTab(tabId, { type: 'getOriginalHeaders', key }).catch(() => null)) as { ok?: boolean; headers?: unknown } | null;
  if (answer?.ok === true && typeof answer.headers === 'string' && answer.headers.length > 0) return { headers: answer.headers.slice(0, 32_000), note: null };
  return { headers: null, note: 'Gmail did not return the original headers for this message.' };
}

/** The document for this message and kind: the one already previewed, else a new one. */
export async function prepareDocument(deps: BackgroundDeps, tabId: number, record: TabRecord, message: TabMessage, kind: ReportKind, policy: EffectivePolicy, salt: string): Promise<ReportDocument> {
  const existing = message.prepared?.[kind];
  if (existing) return existing;
  const headers = policy.report.webhookUrl || policy.report.mailbox ? await rawHeaders(deps, tabId, record, message.key) : { headers: null, note: null };
  const doc = buildReport({
    reportId: await idFor(salt, record.webmail, message.key, kind),
    kind,
    createdAt: new Date(deps.now()).toISOString(),
    facts: message.facts,
    verdict: message.verdict,
    account: record.account,
    includeBody: policy.report.includeBody,
    rawHeaders: headers.headers,
    headersNote: headers.note,
    simulation: isSimulation(message.facts, headers.headers, policy.report.simulationMarkers),
    client: { extensionVersion: deps.extensionVersion, rulesVersion: message.verdict.rulesVersion, browser: deps.browserName, webmail: record.webmail },
  });
  await serialized(tabKey(tabId), async () => {
    const fresh = await loadTab(deps, tabId);
    if (fresh) await saveTab(deps, tabId, withPrepared(fresh, message.key, kind, doc));
  });
  return doc;
}

export function previewOf(doc: ReportDocument, policy: EffectivePolicy, webmail: 'gmail' | 'outlook'): ReportPreview {
  if (policy.report.webhookUrl) return { kind: 'webhook', document: doc };
  if (policy.report.mailbox) return { kind: 'mailbox', to: policy.report.mailbox, subject: mailSubject(doc), body: mailBody(doc, webmail) };
  return { kind: 'none' };
}

export function queueDeps(deps: BackgroundDeps): QueueDeps {
  return {
    load: async () => ((await deps.local.get(LOCAL_KEYS.queue)) as QueuedReport[] | undefined) ?? [],
    save: (queue) => deps.local.set(LOCAL_KEYS.queue, queue),
    fetch: (url, init) => deps.fetch(url, init),
    destination: async () => {
      const { webhookUrl, webhookToken } = (await loadPolicy(deps)).report;
      return webhookUrl ? { url: webhookUrl, token: webhookToken } : null;
    },
    now: () => deps.now(),
    settled: async (reportId, outcome, item) => {
      await setStatus(deps, reportId, (previous) =>
        outcome.sent
          ? { state: 'sent', at: new Date(deps.now()).toISOString(), simulation: 'simulation' in previous && previous.simulation }
          : { state: 'failed', error: outcome.error },
      );
      // Delivered later (a retry, or after a worker restart): the page still shows "Saved" or
      // nothing; tell it, so its banner thanks the person.
      if (item.origin) {
        const { salt } = await loadHistory(deps.local, deps.newSalt);
        await tellTab(deps, item.origin.tabId, item.origin.webmail, item.origin.key, salt);
      }
    },
    wakeAt: (at) => deps.scheduleRetry(at),
  };
}

/** Send the page this message's report state, so its banner says so. */
async function tellTab(deps: BackgroundDeps, tabId: number, webmail: 'gmail' | 'outlook', key: string, salt: string): Promise<void> {
  const log = await loadLog(deps);
  const ids = { report: await idFor(salt, webmail, key, 'suspected-phishing'), falsePositive: await idFor(salt, webmail, key, 'false-positive') };
  const update: BannerUpdate = { type: 'bannerUpdate', key, report: statusIn(log, ids.report), markedSafe: hidesWarning(statusIn(log, ids.falsePositive)) };
  await deps.askTab(tabId, update).catch(() => null);
}

async function setStatus(deps: BackgroundDeps, reportId: string, next: (previous: ReportStatus) => ReportStatus): Promise<ReportStatus> {
  return serialized(LOCAL_KEYS.reportLog, async () => {
    const log = await loadLog(deps);
    const status = next(statusIn(log, reportId));
    await deps.local.set(LOCAL_KEYS.reportLog, withLogEntry(log, reportId, status));
    return status;
  });
}

/** Try the queue now and set the alarm for whatever is left. */
export async function runQueue(deps: BackgroundDeps): Promise<void> {
  const left = await processQueue(queueDeps(deps));
  await deps.scheduleRetry(left.length ? Math.min(...left.map((q) => q.nextAttemptAt)) : null);
}

export async function handleReport(deps: BackgroundDeps, tabId: number, key: string, kind: ReportKind): Promise<ReportResponse> {
  const policy = await loadPolicy(deps);
  const record = await loadTab(deps, tabId);
  const message = record?.messages.find((m) => m.key === key);
  if (!record || !message) return { ok: false, error: 'invalid-request' };
  if (kind === 'false-positive' && !policy.report.allowFalsePositive) return { ok: false, error: 'forbidden' };
  const { salt } = await loadHistory(deps.local, deps.newSalt);
  const doc = await prepareDocument(deps, tabId, record, message, kind, policy, salt);
  const now = new Date(deps.now()).toISOString();

  const status = await serialized(`report:${doc.reportId}`, async () => {
    const already = statusIn(await loadLog(deps), doc.reportId);
    if (already.state !== 'none' && already.state !== 'failed') return already;
    if (policy.report.webhookUrl) {
      await setStatus(deps, doc.reportId, () => ({ state: 'queued', at: now, simulation: doc.simulation, lastError: null }));
      const item = newQueued(doc.reportId, policy.report.webhookUrl, JSON.stringify(doc), deps.now(), { tabId, webmail: record.webmail, key });
      const left = await enqueue(item, queueDeps(deps));
      await deps.scheduleRetry(left.length ? Math.min(...left.map((q) => q.nextAttemptAt)) : null);
      const waiting = left.find((q) => q.reportId === doc.reportId);
      if (waiting) return setStatus(deps, doc.reportId, () => ({ state: 'queued', at: now, simulation: doc.simulation, lastError: waiting.lastError }));
      return statusIn(await loadLog(deps), doc.reportId);
    }
    if (policy.report.mailbox) {
      await deps.openTab(composeUrl(record.webmail, record.url, policy.report.mailbox, mailSubject(doc), mailBody(doc, record.webmail)), tabId);
      return setStatus(deps, doc.reportId, () => ({ state: 'mailbox-opened', at: now, simulation: doc.simulation }));
    }
    return { state: 'failed', error: 'IT has not set where reports go.' } satisfies ReportStatus;
  });

  // Tell the page: the banner thanks the person, or hides for a message marked safe.
  await tellTab(deps, tabId, record.webmail, key, salt);
  if (kind === 'false-positive') {
    const fresh = (await loadTab(deps, tabId)) ?? record;
    const safeKeys = await markedSafeKeys(deps, fresh, salt);
    await refreshBadge(deps, tabId, fresh, (k) => safeKeys.has(k)).catch(() => undefined);
  }
  return { ok: true, status };
}
