// Per-device secrets and small records kept in storage.local: the salt for hashes, the sender
// history and the log of what happened to each report. Keys are listed here, once.
import { emptyHistory, type HistoryStore } from './history';
import type { ReportStatus } from '../report/types';

export const LOCAL_KEYS = {
  history: 'senderHistory',
  reportLog: 'reportLog',
  queue: 'reportQueue',
  health: 'integrationHealth',
} as const;

export interface KeyValueArea {
  get(key: string): Promise<unknown>;
  set(key: string, value: unknown): Promise<void>;
  remove(key: string): Promise<void>;
}

/** Report id → what happened to it. Bounded: the oldest entries go first. */
export type ReportLog = Record<string, ReportStatus>;
export const MAX_LOG = 500;

export function withLogEntry(log: ReportLog, reportId: string, status: ReportStatus): ReportLog {
  const next: ReportLog = { ...log };
  delete next[reportId];
  next[reportId] = status;
  const ids = Object.keys(next);
  for (const id of ids.slice(0, Math.max(0, ids.length - MAX_LOG))) delete next[id];
  return next;
}

export function isHistoryStore(v: unknown): v is HistoryStore {
  const h = v as HistoryStore | null;
  return typeof h === 'object' && h !== null && typeof h.salt === 'string' && typeof h.addresses === 'object' && typeof h.names === 'object';
}

export async function loadHistory(local: KeyValueArea, newSalt: () => string): Promise<HistoryStore> {
  const stored = await local.get(LOCAL_KEYS.history);
  if (isHistoryStore(stored)) return stored;
  const fresh = emptyHistory(newSalt());
  await local.set(LOCAL_KEYS.history, fresh);
  return fresh;
}

/** A stable id (UUID-shaped) for one report of one message on this device: a retry repeats it. */
export async function reportIdFor(salt: string, parts: readonly string[]): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(`${salt}\u0000report\u0000${parts.join('\u0000')}`));
  const hex = Array.from(new Uint8Array(digest).slice(0, 16), (b) => b.toString(16).padStart(2, '0')).join('');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-4${hex.slice(13, 16)}-${'89ab'[parseInt(hex[16]!, 16) % 4]}${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}
