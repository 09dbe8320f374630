// "analyze" from a content script: judge the message with the practice's policy and this
// device's sender history, remember it for the popup and a report, update the badge.
import { analyze } from '../engine/index';
import type { MessageFacts } from '../engine/types';
import type { AnalyzeResult } from '../messaging/protocol';
import { loadPolicy, resolvedLanguage } from './settings';
import type { BackgroundDeps } from './deps';
import { serialized } from './deps';
import { LOCAL_KEYS, loadHistory } from './device';
import { recordDrift, updateHealth, type IntegrationHealth } from './health';
import { historyFor, recordSender, saltedHash } from './history';
import { idFor, idsFor } from './report-ids';
import { newTab, tabKey, withMessage, withOpen, type TabRecord } from './tab-state';
import { hidesWarning, loadLog, loadTab, refreshBadge, saveTab, statusIn } from './tabs';

export interface TabSender {
  tabId: number;
  url: string;
}

export const webmailOf = (url: string): 'gmail' | 'outlook' => (new URL(url).hostname === 'mail.google.com' ? 'gmail' : 'outlook');

/** The tab's record, unless the tab moved to the other webmail (its messages are not this one's). */
const sameWebmail = (record: TabRecord | null, url: string): TabRecord | null => (record && record.webmail === webmailOf(url) ? record : null);

/** Which messages in the tab the person has marked safe (their warning is hidden). */
export async function markedSafeKeys(deps: BackgroundDeps, record: TabRecord, salt: string): Promise<Set<string>> {
  const log = await loadLog(deps);
  const out = new Set<string>();
  // Most devices have never marked anything safe: then no id needs hashing at all.
  if (Object.keys(log).length === 0) return out;
  for (const m of record.messages) {
    if (hidesWarning(statusIn(log, await idFor(salt, record.webmail, m.key, 'false-positive')))) out.add(m.key);
  }
  return out;
}

export async function handleAnalyze(deps: BackgroundDeps, facts: MessageFacts, account: string | null, from: TabSender): Promise<AnalyzeResult> {
  const policy = await loadPolicy(deps);
  const result = await serialized(LOCAL_KEYS.history, async () => {
    const store = await loadHistory(deps.local, deps.newSalt);
    const hash = saltedHash(store.salt);
    const history = await historyFor(store, facts, hash);
    const verdict = analyze(facts, history ? { policy: policy.engine, history } : { policy: policy.engine });
    if (verdict.level === 'safe') {
      const next = await recordSender(store, facts, hash);
      if (next !== store) await deps.local.set(LOCAL_KEYS.history, next);
    }
    return { verdict, salt: store.salt };
  });
  const { verdict, salt } = result;

  // The page waits for the verdict; remembering the message for the popup, the badge and the
  // health record happen just after the answer.
  await deps.afterReply(async () => {
    const record = await serialized(tabKey(from.tabId), async () => {
      const previous = sameWebmail(await loadTab(deps, from.tabId), from.url) ?? newTab(webmailOf(from.url), from.url);
      const next = withMessage({ ...previous, url: from.url, account: account ?? previous.account }, facts, verdict, deps.now());
      await saveTab(deps, from.tabId, next);
      return next;
    });
    const safeKeys = await markedSafeKeys(deps, record, salt);
    await refreshBadge(deps, from.tabId, record, (k) => safeKeys.has(k)).catch(() => undefined);
    await serialized(LOCAL_KEYS.health, async () => {
      const health = ((await deps.local.get(LOCAL_KEYS.health)) as IntegrationHealth | undefined) ?? {};
      await deps.local.set(LOCAL_KEYS.health, updateHealth(health, facts.source, facts.missing, new Date(deps.now())));
    });
  });

  const ids = await idsFor(salt, webmailOf(from.url), facts.id ?? '');
  const log = await loadLog(deps);
  return {
    ok: true,
    verdict,
    support: policy.support,
    report: statusIn(log, ids.report),
    markedSafe: hidesWarning(statusIn(log, ids.falsePositive)),
    showSafeIndicator: policy.showSafeIndicator,
    language: await resolvedLanguage(deps),
  };
}

/** "openMessages" from a content script: which analysed messages are in view now. */
export async function handleOpenMessages(deps: BackgroundDeps, keys: string[], from: TabSender): Promise<void> {
  const record = await serialized(tabKey(from.tabId), async () => {
    const previous = sameWebmail(await loadTab(deps, from.tabId), from.url) ?? newTab(webmailOf(from.url), from.url);
    const next = withOpen({ ...previous, url: from.url }, keys, deps.now());
    await saveTab(deps, from.tabId, next);
    return next;
  });
  const store = await loadHistory(deps.local, deps.newSalt);
  const safeKeys = await markedSafeKeys(deps, record, store.salt);
  await refreshBadge(deps, from.tabId, record, (k) => safeKeys.has(k)).catch(() => undefined);
}

/** "markupDrift" from a content script: an open email its adapter cannot find; counted in the health record. */
export async function handleMarkupDrift(deps: BackgroundDeps, fields: readonly string[], from: TabSender): Promise<void> {
  await serialized(LOCAL_KEYS.health, async () => {
    const health = ((await deps.local.get(LOCAL_KEYS.health)) as IntegrationHealth | undefined) ?? {};
    await deps.local.set(LOCAL_KEYS.health, recordDrift(health, webmailOf(from.url), fields, new Date(deps.now())));
  });
}
