// What every webmail adapter offers the content script. Adapters read the page and return data,
// never verdicts (design: Boundaries). Everything a site's markup dictates stays in its folder.
import type { MessageFacts } from '../engine/types';

/** What a drift report may name: the open message could not be found, or its body could not. */
export const DRIFT_FIELDS = ['message', 'body'] as const;
export type DriftField = (typeof DRIFT_FIELDS)[number];

/** Is this element shown? Injected because jsdom has no layout (tests pass their own). */
export type IsVisible = (el: Element) => boolean;

export interface OpenMessage {
  /** The message's container in the page; it carries the data-second-look-* attributes. */
  container: HTMLElement;
  /** The element holding the message body; the banner goes right above it. */
  body: HTMLElement;
  /** The webmail's id for the message when it shows one, else a position-based stand-in. */
  key: string;
}

export interface WebmailAdapter {
  readonly source: 'gmail' | 'outlook';
  /** The page is a mail view (not calendar, settings, print or "show original"). */
  isMailView(location: { pathname: string; search: string; hash: string }): boolean;
  /** Expanded, visible messages whose body is in the page, in document order. */
  findOpenMessages(doc: Document, isVisible: IsVisible): OpenMessage[];
  /** Facts scoped to one message. Never throws; what it could not read is listed in `missing`. */
  extract(message: OpenMessage): MessageFacts;
  /**
   * Called when findOpenMessages found nothing. If the page's address names an open message (a
   * conversation in Gmail's hash, an item in Outlook's path) yet it cannot be read, the
   * structural fields that stopped matching ('message': no message could be found; 'body': its
   * container was found but no body); else [] (nothing open, or only collapsed messages).
   */
  drift?(doc: Document, location: { pathname: string; search: string; hash: string }, isVisible: IsVisible): DriftField[];
  /** The signed-in account's address when the page shows it (for reports), else null. */
  account?(doc: Document): string | null;
}

/** Production visibility: laid out and not hidden. Stale Gmail views are display:none. */
export const isRendered: IsVisible = (el) => el.getClientRects().length > 0;
