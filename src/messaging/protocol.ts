// The one protocol between the parts of the extension (design: Boundaries). Content scripts may
// only ask to analyze (and, with the reporting work, to report); every request is validated by
// the background on arrival (validate.ts) and anything else is refused.
import type { MessageFacts, Verdict } from '../engine/types';
import type { SupportContact } from '../policy/parse';
import type { Lang } from '../shared/i18n';
import type { SettingsView } from '../options/state';
import type { PopupState } from '../popup/state';
import type { ReportStatus } from '../report/types';
import type { DriftField } from '../webmail/types';

/**
 * Requests, by who may send them:
 * - content scripts (webmail tabs): analyze, openMessages (which analysed messages are in view),
 *   markupDrift (the address names an open message the adapter cannot find: field names only);
 * - extension pages (popup, options): getTabState, report, markSafe, getSettings, setUserOptions;
 * - either: ping.
 */
export type Request =
  | { type: 'ping' }
  | { type: 'analyze'; facts: MessageFacts; account?: string }
  | { type: 'openMessages'; keys: string[] }
  | { type: 'markupDrift'; fields: DriftField[] }
  | { type: 'getTabState'; tabId: number }
  | { type: 'report'; tabId: number; key: string }
  | { type: 'markSafe'; tabId: number; key: string }
  | { type: 'getSettings' }
  | { type: 'setUserOptions'; options: unknown };

export type RequestType = Request['type'];

export type ErrorCode = 'invalid-request' | 'forbidden' | 'unknown-request' | 'failed';

export interface AnalyzeResult {
  ok: true;
  verdict: Verdict;
  /** The practice's IT contact, for the banner's "what to do". */
  support: SupportContact | null;
  /** What happened to this message's report, so the banner can thank the person. */
  report: ReportStatus;
  /** The person said "This looks safe to me": the banner stays hidden. */
  markedSafe: boolean;
  /** Policy or the person asked for a small "no problems found" line on safe messages. */
  showSafeIndicator: boolean;
  /** The language for the banner and link guard: the person's option, else the browser's. */
  language: Lang;
}

export type Response<T extends { ok: true }> = T | { ok: false; error: ErrorCode };
export type PingResponse = Response<{ ok: true }>;
export type AnalyzeResponse = Response<AnalyzeResult>;
export type TabStateResponse = Response<{ ok: true; state: PopupState }>;
export type SettingsResponse = Response<{ ok: true; settings: SettingsView }>;
/** After report or markSafe: what happened to it. */
export type ReportResponse = Response<{ ok: true; status: ReportStatus }>;

/** Background → content script in a tab: show this message's report state in its banner. */
export interface BannerUpdate {
  type: 'bannerUpdate';
  key: string;
  report: ReportStatus;
  markedSafe: boolean;
}

/** Who sent a request, as the browser tells the background (runtime.MessageSender, trimmed). */
export interface SenderInfo {
  id?: string;
  url?: string;
  /** Present when the request comes from a content script in a tab. */
  tab?: { id?: number };
}
