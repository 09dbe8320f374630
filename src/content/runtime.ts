// The content script's loop, the same for every webmail: one MutationObserver that only
// schedules work; a pass that finds the open messages through the adapter, judges each new
// content fingerprint once (through the background), and marks the container, shows the banner
// and guards flagged links. Nothing here may throw into the page: every entry point is wrapped.
import type { MessageFacts, Verdict } from '../engine/types';
import type { AnalyzeResult } from '../messaging/protocol';
import type { ReportStatus } from '../report/types';
import type { DriftField, IsVisible, OpenMessage, WebmailAdapter } from '../webmail/types';
import { setLanguage } from '../shared/i18n';
import { BANNER_ATTRIBUTE, createBanner, createSafeNote } from './banner';
import { watchDrift } from './drift-watch';
import { fingerprint } from './fingerprint';
import { DIALOG_ATTRIBUTE, guardLinks } from './link-guard';

export const LEVEL_ATTRIBUTE = 'data-second-look-level';
export const FINDINGS_ATTRIBUTE = 'data-second-look-findings';

export interface RuntimeDeps {
  doc: Document;
  win: Window;
  isVisible: IsVisible;
  /** Ask the background for a verdict; null when it cannot answer (extension reloaded…). */
  analyze(facts: MessageFacts): Promise<AnalyzeResult | null>;
  /** Tell the background which messages are in view (for the popup and the badge). */
  openMessages?(keys: string[]): void;
  /** Quiet time after the last page change before a pass runs (ms). */
  settleMs?: number;
  /** Longest a pass may be put off while the page keeps changing (ms). */
  maxWaitMs?: number;
  /** Safety-net pass interval while the tab is visible (ms); 0 turns it off. */
  fallbackMs?: number;
  /**
   * Waits before asking again when the background gave no answer (ms), one per retry. The
   * service worker can be stopped while it judges a message; the next request starts it again.
   */
  retryDelaysMs?: readonly number[];
  /**
   * Tell the background that the page's address names an open message which the adapter cannot
   * find (field names only, never content). Sent at most once per view (address).
   */
  reportDrift?(fields: DriftField[]): void;
  /** How long such a message must stay unfound, with the tab visible, before it is reported (ms). */
  driftAfterMs?: number;
}

export interface Watcher {
  stop(): void;
  /** The background says a message was reported or marked safe: redraw its banner. */
  update(key: string, report: ReportStatus, markedSafe: boolean): void;
}

interface Shown {
  message: OpenMessage;
  /** Cheap summary of the message's DOM, checked before the full extraction (see handle). */
  quick: string;
  fingerprint: string;
  body: HTMLElement;
  banner: HTMLElement | null;
  undo: () => void;
}

const CACHE_SIZE = 100;
/** Three quick retries, then that content is left alone until the view changes. */
const RETRY_DELAYS_MS = [250, 1_000, 3_000];

export function startWatching(adapter: WebmailAdapter, deps: RuntimeDeps): Watcher {
  const { doc, win } = deps;
  const settleMs = deps.settleMs ?? 30;
  const maxWaitMs = deps.maxWaitMs ?? 200;
  const shown = new Map<HTMLElement, Shown>();
  /** Verdicts by fingerprint: a message shown again (re-render, back and forth) is not re-asked. */
  const verdicts = new Map<string, AnalyzeResult>();
  const pending = new Set<string>();
  /** Message key of each cached verdict, so a report update reaches every copy. */
  const keyOf = new Map<string, string>();
  /** Unanswered requests by fingerprint: how many, and not before when to ask again. */
  const failures = new Map<string, { count: number; retryAt: number }>();
  const retryDelays = deps.retryDelaysMs ?? RETRY_DELAYS_MS;
  let lastOpenKeys: string | null = null;
  let view = new AbortController();
  let lastHref = win.location.href;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let firstScheduled = 0;
  let stopped = false;
  const retryTimers = new Set<ReturnType<typeof setTimeout>>();

  const quietly = <A extends unknown[]>(fn: (...args: A) => void) => (...args: A) => {
    try {
      fn(...args);
    } catch {
      // Never let an error of ours reach the webmail's page.
    }
  };
  const drift = deps.reportDrift
    ? watchDrift({ adapter, doc, win, isVisible: deps.isVisible, report: (fields) => deps.reportDrift?.(fields), afterMs: deps.driftAfterMs ?? 10_000, recheck: quietly(() => schedule()) })
    : null;

  function clear(container: HTMLElement): void {
    const state = shown.get(container);
    if (!state) return;
    state.undo();
    shown.delete(container);
  }

  /**
   * A cheap summary of a message's DOM. Most passes are caused by changes elsewhere in the page
   * (chat, list refreshes); when this and our marks are unchanged, the message is not read again.
   */
  function quickSignature(message: OpenMessage): string {
    return `${message.key}|${message.body.textContent?.length ?? 0}|${message.body.getElementsByTagName('*').length}`;
  }

  function apply(message: OpenMessage, fp: string, result: AnalyzeResult): void {
    const { container, body } = message;
    clear(container);
    const verdict: Verdict = result.verdict;
    // The background resolves the person's language choice (options, else the browser's).
    setLanguage(result.language === 'es' ? 'es' : 'en');
    container.setAttribute(LEVEL_ATTRIBUTE, verdict.level);
    container.setAttribute(FINDINGS_ATTRIBUTE, verdict.findings.map((f) => f.id).join(' '));
    let banner: HTMLElement | null = null;
    let unguard = () => undefined as void;
    // A message the person marked "looks safe" keeps its marks but shows no banner.
    if (verdict.level !== 'safe' && !result.markedSafe) {
      banner = createBanner(doc, verdict, result.support, result.report);
      body.before(banner);
      unguard = guardLinks(body, verdict.riskyLinks ?? [], { open: (url) => void win.open(url, '_blank', 'noopener,noreferrer') });
    } else if (verdict.level === 'safe' && result.showSafeIndicator) {
      banner = createSafeNote(doc);
      body.before(banner);
    }
    shown.set(container, {
      message,
      quick: quickSignature(message),
      fingerprint: fp,
      body,
      banner,
      undo: () => {
        banner?.remove();
        unguard();
        container.removeAttribute(LEVEL_ATTRIBUTE);
        container.removeAttribute(FINDINGS_ATTRIBUTE);
      },
    });
  }

  /** Still showing what we put there for this fingerprint (React may have re-rendered it away). */
  function intact(state: Shown | undefined, fp: string, message: OpenMessage): boolean {
    if (!state || state.fingerprint !== fp || state.body !== message.body) return false;
    if (!message.container.hasAttribute(LEVEL_ATTRIBUTE)) return false;
    return state.banner === null || (state.banner.isConnected && state.banner.nextElementSibling === message.body);
  }

  function remember(fp: string, key: string, result: AnalyzeResult): void {
    verdicts.set(fp, result);
    keyOf.set(fp, key);
    if (verdicts.size > CACHE_SIZE) {
      const oldest = verdicts.keys().next().value!;
      verdicts.delete(oldest);
      keyOf.delete(oldest);
    }
  }

  const update = quietly((key: string, report: ReportStatus, markedSafe: boolean) => {
    for (const [fp, result] of verdicts) if (keyOf.get(fp) === key) verdicts.set(fp, { ...result, report, markedSafe });
    for (const state of [...shown.values()]) {
      const result = verdicts.get(state.fingerprint);
      if (state.message.key === key && result) apply(state.message, state.fingerprint, result);
    }
  });

  function handle(message: OpenMessage, signal: AbortSignal): void {
    const state = shown.get(message.container);
    if (state && state.quick === quickSignature(message) && intact(state, state.fingerprint, message)) return;
    const facts = adapter.extract(message);
    // Not settled: the body has no text and no links yet. A later pass will see it.
    if (!facts.text && facts.links.length === 0 && facts.attachments.length === 0) return;
    const fp = fingerprint(facts);
    if (intact(shown.get(message.container), fp, message)) return;
    const known = verdicts.get(fp);
    if (known) return apply(message, fp, known);
    if (pending.has(fp)) return;
    // Asked before without an answer: wait for the retry, and give up after the last one.
    const failed = failures.get(fp);
    if (failed && (failed.count > retryDelays.length || Date.now() < failed.retryAt)) return;
    pending.add(fp);
    const quickAtRequest = quickSignature(message);
    deps
      .analyze(facts)
      .then(quietly((result: AnalyzeResult | null) => {
        pending.delete(fp);
        if (stopped) return;
        if (!result) return noAnswer(fp);
        failures.delete(fp);
        remember(fp, message.key, result);
        // The view moved on, or the container now shows something else: drop this answer (a
        // later pass judges what is there now).
        if (signal.aborted || !message.container.isConnected || !message.body.isConnected) return;
        if (quickSignature(message) === quickAtRequest) apply(message, fp, result);
        else schedule();
      }))
      .catch(() => {
        pending.delete(fp);
        if (!stopped) noAnswer(fp);
      });
  }

  /** No verdict came back (worker stopped mid-request, extension busy): ask again, a few times. */
  function noAnswer(fp: string): void {
    const count = (failures.get(fp)?.count ?? 0) + 1;
    const wait = retryDelays[count - 1];
    failures.set(fp, { count, retryAt: Date.now() + (wait ?? 0) });
    if (failures.size > CACHE_SIZE) failures.delete(failures.keys().next().value!);
    if (wait === undefined) return;
    const t = setTimeout(() => {
      retryTimers.delete(t);
      schedule();
    }, wait);
    retryTimers.add(t);
  }

  const pass = quietly(() => {
    timer = undefined;
    firstScheduled = 0;
    if (stopped) return;
    if (win.location.href !== lastHref) {
      // Navigation: answers still on their way belong to the old view.
      lastHref = win.location.href;
      view.abort();
      view = new AbortController();
      // A message that got no answer is asked again when the person comes back to it.
      failures.clear();
    }
    if (!adapter.isMailView(win.location)) {
      for (const container of [...shown.keys()]) clear(container);
      if (lastOpenKeys !== '') {
        lastOpenKeys = '';
        deps.openMessages?.([]);
      }
      return;
    }
    const open = adapter.findOpenMessages(doc, deps.isVisible);
    const openSet = new Set(open.map((m) => m.container));
    const keys = open.map((m) => m.key);
    if (keys.join('\n') !== lastOpenKeys) {
      lastOpenKeys = keys.join('\n');
      deps.openMessages?.(keys);
    }
    drift?.check(open.length);
    // Messages that left the page or were hidden: forget them (the banner goes with them).
    for (const container of [...shown.keys()]) if (!openSet.has(container)) clear(container);
    for (const message of open) quietly(handle)(message, view.signal);
  });


  /**
   * Ask for a pass after a quiet moment, but not later than maxWaitMs after the first change on
   * a page that never stops changing. A burst of changes costs one timestamp each: the timer is
   * armed once and re-armed only when it fires too early.
   */
  let lastChange = 0;
  function schedule(): void {
    if (stopped) return;
    lastChange = Date.now();
    if (!firstScheduled) firstScheduled = lastChange;
    if (timer === undefined) timer = setTimeout(tick, settleMs);
  }

  function tick(): void {
    const now = Date.now();
    const quietFor = now - lastChange;
    if (quietFor < settleMs && now - firstScheduled < maxWaitMs) {
      timer = setTimeout(tick, Math.min(settleMs - quietFor, maxWaitMs - (now - firstScheduled)));
      return;
    }
    pass();
  }

  /**
   * Our own banner and dialog appearing must not wake us up. Their removal does: the webmail may
   * have re-rendered the message away, and the next pass puts the banner back (one idle pass
   * when we removed it ourselves).
   */
  const ours = (node: Node) => node.nodeType === 1 && ((node as Element).hasAttribute(BANNER_ATTRIBUTE) || (node as Element).hasAttribute(DIALOG_ATTRIBUTE));
  const observer = new (win as Window & typeof globalThis).MutationObserver(quietly((records: MutationRecord[]) => {
    for (const record of records) {
      if (record.type === 'childList' && record.removedNodes.length === 0 && record.addedNodes.length === 1 && ours(record.addedNodes[0]!)) continue;
      schedule();
      return;
    }
  }));
  observer.observe(doc.documentElement, { childList: true, subtree: true, characterData: true });

  const onNavigate = quietly(schedule);
  win.addEventListener('hashchange', onNavigate);
  win.addEventListener('popstate', onNavigate);
  const fallbackMs = deps.fallbackMs ?? 2_000;
  const interval = fallbackMs > 0 ? setInterval(quietly(() => {
    if (doc.visibilityState !== 'hidden') schedule();
  }), fallbackMs) : undefined;
  schedule();

  const stop = () => {
    stopped = true;
    observer.disconnect();
    win.removeEventListener('hashchange', onNavigate);
    win.removeEventListener('popstate', onNavigate);
    if (interval !== undefined) clearInterval(interval);
    if (timer !== undefined) clearTimeout(timer);
    for (const t of retryTimers) clearTimeout(t);
    drift?.stop();
    view.abort();
    for (const container of [...shown.keys()]) clear(container);
  };
  return { stop, update };
}
