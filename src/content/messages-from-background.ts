// Messages the background sends to a content script: a banner update after a report, and (on
// Gmail) a request for the original headers of a message being reported. Only the extension
// itself can send these (runtime.onMessage never carries web-page messages); the shapes are
// still checked, and anything else is ignored.
import type { BannerUpdate } from '../messaging/protocol';
import type { ReportStatus } from '../report/types';

const STATES = new Set(['none', 'sent', 'queued', 'mailbox-opened', 'failed']);

function isReportStatus(v: unknown): v is ReportStatus {
  return typeof v === 'object' && v !== null && STATES.has((v as ReportStatus).state);
}

export function isBannerUpdate(v: unknown): v is BannerUpdate {
  const m = v as BannerUpdate | null;
  return typeof m === 'object' && m !== null && m.type === 'bannerUpdate' && typeof m.key === 'string' && typeof m.markedSafe === 'boolean' && isReportStatus(m.report);
}

/** The background asks whether this tab still runs our content script (it left webmail if not). */
export function isPresenceCheck(v: unknown): v is { type: 'stillHere' } {
  return typeof v === 'object' && v !== null && (v as { type?: unknown }).type === 'stillHere';
}

export function isHeadersRequest(v: unknown): v is { type: 'getOriginalHeaders'; key: string } {
  const m = v as { type?: unknown; key?: unknown } | null;
  return typeof m === 'object' && m !== null && m.type === 'getOriginalHeaders' && typeof m.key === 'string' && m.key.length <= 200;
}

/**
 * Gmail's "Show original" of one message, read same-origin with the person's own session, cut
 * to the header block: IT sees where the message really came from, not its text.
 */
export async function gmailOriginalHeaders(location: Location, key: string, fetcher: typeof fetch = fetch): Promise<string | null> {
  // Only Gmail's own message ids ("msg-f:<digits>" or "msg-a:r<digits>").
  if (!/^msg-[af]:r?\d{1,25}$/.test(key)) return null;
  const base = /^\/mail\/u\/\d+\//.exec(location.pathname)?.[0] ?? '/mail/u/0/';
  const url = `${location.origin}${base}?view=att&permmsgid=${encodeURIComponent(key)}&attid=0&disp=comp&safe=1&zw`;
  const response = await fetcher(url, { credentials: 'same-origin', redirect: 'error' });
  if (!response.ok) return null;
  const text = (await response.text()).slice(0, 256_000);
  const end = text.search(/\r?\n\r?\n/);
  const headers = end >= 0 ? text.slice(0, end) : '';
  // A real header block starts with "Name: value"; anything else (a sign-in page) is not one.
  return /^[!-9;-~]+:/.test(headers) ? headers.slice(0, 32_000) : null;
}
