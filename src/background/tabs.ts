// Reading and writing tab records, and the toolbar badge that follows them.
import type { ReportStatus } from '../report/types';
import type { BackgroundDeps } from './deps';
import { LOCAL_KEYS, type ReportLog } from './device';
import { tabKey, worstLevel, type TabRecord } from './tab-state';

export async function loadTab(deps: BackgroundDeps, tabId: number): Promise<TabRecord | null> {
  const stored = (await deps.session.get(tabKey(tabId))) as TabRecord | undefined;
  return stored && Array.isArray(stored.messages) && Array.isArray(stored.open) ? stored : null;
}

export async function saveTab(deps: BackgroundDeps, tabId: number, record: TabRecord): Promise<void> {
  await deps.session.set(tabKey(tabId), record);
}

export async function loadLog(deps: BackgroundDeps): Promise<ReportLog> {
  const log = (await deps.local.get(LOCAL_KEYS.reportLog)) as ReportLog | undefined;
  return log && typeof log === 'object' ? log : {};
}

export const statusIn = (log: ReportLog, reportId: string): ReportStatus => log[reportId] ?? { state: 'none' };

/** A false-positive note that was sent, queued or handed to the mailbox hides the warning. */
export const hidesWarning = (status: ReportStatus) => status.state === 'sent' || status.state === 'queued' || status.state === 'mailbox-opened';

export async function refreshBadge(deps: BackgroundDeps, tabId: number, record: TabRecord, markedSafe: (key: string) => boolean): Promise<void> {
  await deps.setBadge(tabId, worstLevel(record, markedSafe));
}
