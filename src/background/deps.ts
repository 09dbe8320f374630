// What the background's handlers need from the browser, as an interface: the real wiring is in
// index.ts, tests pass fakes. Everything stateful goes through `session` and `local` storage.
import type { Level } from '../engine/types';
import type { KeyValueArea } from './device';

export interface BackgroundDeps {
  extensionId: string;
  /** e.g. chrome-extension://<id>/ */
  extensionOrigin: string;
  extensionVersion: string;
  browserName: string;
  /** What IT set in managed storage (raw; settings.ts validates it). */
  readManaged(): Promise<unknown>;
  /** Lost when the browser closes (message facts live here). */
  session: KeyValueArea;
  /** Kept on this device (history, report log and queue). */
  local: KeyValueArea;
  now(): number;
  newSalt: () => string;
  setBadge(tabId: number, level: Level): Promise<void>;
  openTab(url: string, openerTabId: number): Promise<void>;
  /** Send a message to the content script of a tab; null when it cannot answer. */
  askTab(tabId: number, message: unknown): Promise<unknown>;
  /** The tab's address when the browser lets us see it (activeTab), else null. */
  tabUrl(tabId: number): Promise<string | null>;
  fetch(url: string, init: RequestInit): Promise<{ ok: boolean; status: number }>;
  /**
   * Bookkeeping that need not delay the answer (tab record, badge, health). The worker runs it
   * right after replying; tests pass a version that finishes it before the answer.
   */
  afterReply(work: () => Promise<void>): Promise<void> | void;
  /** Wake the worker to retry the report queue at this time (ms), or cancel with null. */
  scheduleRetry(at: number | null): Promise<void>;
  /** The browser's UI language (i18n.getUILanguage), e.g. 'es-419'; absent in tests = English. */
  uiLanguage?(): string;
}

/** Run read-modify-write work on one storage key one at a time within this worker. */
const chains = new Map<string, Promise<unknown>>();
export function serialized<T>(key: string, work: () => Promise<T>): Promise<T> {
  const previous = chains.get(key) ?? Promise.resolve();
  const next = previous.catch(() => undefined).then(work);
  chains.set(key, next);
  void next.finally(() => {
    if (chains.get(key) === next) chains.delete(key);
  }).catch(() => undefined);
  return next;
}
