// The one protocol between the parts of the extension (design: Boundaries). Content scripts may
// only ask to analyze (and, with the reporting work, to report); every request is validated by
// the background on arrival (validate.ts) and anything else is refused.
import type { MessageFacts, Verdict } from '../engine/types';
import type { SupportContact } from '../policy/parse';

export type Request =
  | { type: 'ping' }
  | { type: 'analyze'; facts: MessageFacts };

export type RequestType = Request['type'];

export type ErrorCode = 'invalid-request' | 'forbidden' | 'unknown-request' | 'failed';

export interface AnalyzeResult {
  ok: true;
  verdict: Verdict;
  /** The practice's IT contact, for the banner's "what to do". */
  support: SupportContact | null;
}

export type Response<T extends { ok: true }> = T | { ok: false; error: ErrorCode };
export type PingResponse = Response<{ ok: true }>;
export type AnalyzeResponse = Response<AnalyzeResult>;

/** Who sent a request, as the browser tells the background (runtime.MessageSender, trimmed). */
export interface SenderInfo {
  id?: string;
  url?: string;
  /** Present when the request comes from a content script in a tab. */
  tab?: { id?: number };
}
