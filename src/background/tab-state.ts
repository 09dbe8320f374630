// What the background knows about each webmail tab: the messages analysed in it (facts for a
// report, the verdict) and which of them are in view now. Pure functions over a plain record,
// stored in storage.session under tab:<id>, so a restarted worker picks up where it was.
import type { Level, MessageFacts, Verdict } from '../engine/types';
import type { ReportDocument, ReportKind } from '../report/types';

export interface TabMessage {
  key: string;
  facts: MessageFacts;
  verdict: Verdict;
  /** When it was last reported in view (ms). */
  lastSeen: number;
  /**
   * Report documents as first shown in the popup's "What will be sent", by kind: the Report
   * button sends exactly this object.
   */
  prepared?: Partial<Record<ReportKind, ReportDocument>>;
}

export interface TabRecord {
  webmail: 'gmail' | 'outlook';
  /** The tab's page address when the content script last spoke (for compose links). */
  url: string;
  /** The reporter's own address, when the webmail shows it. */
  account: string | null;
  messages: TabMessage[];
  /** Keys of the messages in view, in page order. */
  open: string[];
}

/** Per tab; older messages are dropped first. */
export const MAX_MESSAGES_PER_TAB = 20;
/** Keys in view at once (a conversation); the content script sends at most this many. */
export const MAX_OPEN = 100;

export const tabKey = (tabId: number) => `tab:${tabId}`;

export function newTab(webmail: TabRecord['webmail'], url: string): TabRecord {
  return { webmail, url, account: null, messages: [], open: [] };
}

export function withMessage(record: TabRecord, facts: MessageFacts, verdict: Verdict, now: number): TabRecord {
  const key = facts.id ?? '';
  const others = record.messages.filter((m) => m.key !== key);
  const messages = [...others, { key, facts, verdict, lastSeen: now }].sort((a, b) => a.lastSeen - b.lastSeen).slice(-MAX_MESSAGES_PER_TAB);
  const open = record.open.includes(key) ? record.open : [...record.open, key].slice(-MAX_OPEN);
  return { ...record, messages, open };
}

export function withPrepared(record: TabRecord, key: string, kind: ReportKind, doc: ReportDocument): TabRecord {
  return { ...record, messages: record.messages.map((m) => (m.key === key ? { ...m, prepared: { ...m.prepared, [kind]: doc } } : m)) };
}

/** Which messages are in view; a key may arrive before its analysis, and is kept. */
export function withOpen(record: TabRecord, keys: readonly string[], now: number): TabRecord {
  const inView = new Set(keys);
  return {
    ...record,
    open: [...inView].slice(0, MAX_OPEN),
    messages: record.messages.map((m) => (inView.has(m.key) ? { ...m, lastSeen: Math.max(m.lastSeen, now) } : m)),
  };
}

/** Messages in view but not judged yet (their analysis is on its way). */
export function pendingKeys(record: TabRecord): string[] {
  return record.open.filter((k) => !record.messages.some((m) => m.key === k));
}

/** Messages in view, the latest opened first (the popup's order). */
export function openMessages(record: TabRecord): TabMessage[] {
  return record.messages.filter((m) => record.open.includes(m.key)).sort((a, b) => b.lastSeen - a.lastSeen);
}

const RANK: Record<Level, number> = { safe: 0, caution: 1, danger: 2 };

/** The worst verdict among the messages in view, leaving out those the person marked safe. */
export function worstLevel(record: TabRecord, markedSafe: (key: string) => boolean): Level {
  let worst: Level = 'safe';
  for (const m of openMessages(record)) if (!markedSafe(m.key) && RANK[m.verdict.level] > RANK[worst]) worst = m.verdict.level;
  return worst;
}
