// When a tab's messages are forgotten. Message facts live in storage.session under tab:<id> only
// while the tab shows the webmail they came from: they go when the tab closes, and when it
// navigates away from webmail. The extension cannot see tab addresses (no "tabs" permission), so
// after each page load it asks the tab's content script whether it is still there: a tab where
// none answers has left Gmail and Outlook.
import type { BackgroundDeps } from './deps';
import { serialized } from './deps';
import { loadTab } from './tabs';
import { tabKey } from './tab-state';

/** tabs.onRemoved */
export async function handleTabClosed(deps: BackgroundDeps, tabId: number): Promise<void> {
  await serialized(tabKey(tabId), () => deps.session.remove(tabKey(tabId)));
}

/** tabs.onUpdated with status "complete": a page finished loading in this tab. */
export async function handleTabLoaded(deps: BackgroundDeps, tabId: number): Promise<void> {
  const record = await loadTab(deps, tabId);
  if (!record) return; // not a tab we know: nothing to do, and no message sent to it
  const answer = (await deps.askTab(tabId, { type: 'stillHere' }).catch(() => null)) as { ok?: unknown; webmail?: unknown } | null;
  if (answer?.ok === true && answer.webmail === record.webmail) return;
  await handleTabClosed(deps, tabId);
}
