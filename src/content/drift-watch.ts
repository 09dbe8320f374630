// Markup drift: the page's address names an open message, yet the adapter found none. Gmail and
// Outlook render a view a moment after its address changes, so only once that has lasted
// `afterMs` with the tab visible are the fields the adapter names reported: once per view
// (address), field names only. A timer asks for one more pass, so a page that stays still is
// still checked.
import type { DriftField, IsVisible, WebmailAdapter } from '../webmail/types';

export interface DriftWatchDeps {
  adapter: WebmailAdapter;
  doc: Document;
  win: Window;
  isVisible: IsVisible;
  report: (fields: DriftField[]) => void;
  afterMs: number;
  /** Ask the runtime for another pass (after afterMs, while a view looks drifted). */
  recheck: () => void;
}

export interface DriftWatch {
  /** After each pass, with the number of open messages it found. */
  check(found: number): void;
  stop(): void;
}

/** Views remembered as reported; beyond this the memory starts again (addresses stay in the tab). */
const MAX_REPORTED = 100;

export function watchDrift(deps: DriftWatchDeps): DriftWatch {
  const reported = new Set<string>();
  let drifting: { href: string; since: number; timer: ReturnType<typeof setTimeout> } | null = null;

  const stop = (): void => {
    if (drifting) clearTimeout(drifting.timer);
    drifting = null;
  };

  return {
    stop,
    check(found) {
      const { adapter, doc, win } = deps;
      if (!adapter.drift) return;
      const href = win.location.href;
      if (found > 0 || doc.visibilityState === 'hidden' || reported.has(href)) return stop();
      const fields = adapter.drift(doc, win.location, deps.isVisible);
      if (fields.length === 0) return stop();
      const now = Date.now();
      if (!drifting || drifting.href !== href) {
        stop();
        drifting = { href, since: now, timer: setTimeout(deps.recheck, deps.afterMs) };
        return;
      }
      if (now - drifting.since < deps.afterMs) return;
      stop();
      if (reported.size >= MAX_REPORTED) reported.clear();
      reported.add(href);
      deps.report(fields);
    },
  };
}
