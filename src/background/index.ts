// Service worker entry. Chrome may stop the worker at any moment and start it again for the next
// event, so every listener is registered synchronously here, at top level, and no state lives
// only in module globals: policy is read from storage.managed on each use; tab records live in
// storage.session; history, the report log and the report queue in storage.local.
import type { Level } from '../engine/types';
import { browser, type Runtime } from '../shared/browser';
import { ALL_CATALOGS } from '../shared/catalogs';
import { addCatalogs, t } from '../shared/i18n';
import type { BackgroundDeps } from './deps';
import type { KeyValueArea } from './device';
import { handleMessage } from './handle-message';
import { runQueue } from './report';
import { resolvedLanguage } from './settings';
import { closeStorageToContentScripts } from './storage-access';
import { handleTabClosed, handleTabLoaded } from './tab-lifecycle';

const RETRY_ALARM = 'second-look-report-queue';

addCatalogs(ALL_CATALOGS);

// Read through chrome.*: the polyfill does not wrap setAccessLevel. Runs at every start (cheap).
void closeStorageToContentScripts(typeof chrome === 'undefined' ? [] : [chrome.storage.local, chrome.storage.session, chrome.storage.managed]);

async function readManaged(): Promise<unknown> {
  try {
    return await browser.storage.managed.get();
  } catch {
    // No managed storage (Firefox without policy, or none set): defaults for a single user.
    return {};
  }
}

function area(storage: typeof browser.storage.local): KeyValueArea {
  return {
    get: async (key) => (await storage.get(key))[key],
    set: (key, value) => storage.set({ [key]: value }),
    remove: (key) => storage.remove(key),
  };
}

/** The toolbar badge; its tooltip (a catalog key) is said in the person's language. */
const BADGE: Record<Level, { text: string; color: string; title: string }> = {
  danger: { text: '!', color: '#b3261e', title: 'badge_danger' },
  caution: { text: '!', color: '#8a5a00', title: 'badge_caution' },
  safe: { text: '', color: '#5f6368', title: 'extName' },
};

function browserName(): string {
  const ua = navigator.userAgent;
  const match = /(Edg|Firefox|Chrome|Chromium)\/(\d+)/.exec(ua);
  const name = match?.[1] === 'Edg' ? 'Edge' : (match?.[1] ?? 'unknown');
  return match ? `${name} ${match[2]}` : name;
}

const deps: BackgroundDeps = {
  extensionId: browser.runtime.id,
  extensionOrigin: browser.runtime.getURL(''),
  extensionVersion: browser.runtime.getManifest().version,
  browserName: browserName(),
  readManaged,
  session: area(browser.storage.session),
  local: area(browser.storage.local),
  now: () => Date.now(),
  newSalt: () => Array.from(crypto.getRandomValues(new Uint8Array(16)), (b) => b.toString(16).padStart(2, '0')).join(''),
  async setBadge(tabId, level) {
    const badge = BADGE[level];
    await browser.action.setBadgeText({ tabId, text: badge.text });
    if (badge.text) await browser.action.setBadgeBackgroundColor({ tabId, color: badge.color });
    const lang = await resolvedLanguage(deps).catch(() => 'en' as const);
    await browser.action.setTitle({ tabId, title: t(badge.title, undefined, lang) });
  },
  async openTab(url, openerTabId) {
    await browser.tabs.create({ url, openerTabId });
  },
  askTab: (tabId, message) => browser.tabs.sendMessage(tabId, message),
  async tabUrl(tabId) {
    return (await browser.tabs.get(tabId)).url ?? null;
  },
  fetch: (url, init) => fetch(url, init),
  afterReply(work) {
    void work().catch(() => undefined);
  },
  uiLanguage: () => browser.i18n.getUILanguage(),
  async scheduleRetry(at) {
    if (at === null) await browser.alarms.clear(RETRY_ALARM);
    else await browser.alarms.create(RETRY_ALARM, { when: Math.max(at, Date.now() + 1_000) });
  },
};

browser.runtime.onMessage.addListener((message: unknown, sender: Runtime.MessageSender) =>
  handleMessage(message, { id: sender.id, url: sender.url, tab: sender.tab ? { id: sender.tab.id } : undefined }, deps),
);

// Reports waiting for the endpoint: retried when the alarm fires and whenever the worker starts.
browser.alarms.onAlarm.addListener((alarm) => {
  if (alarm.name === RETRY_ALARM) void runQueue(deps).catch(() => undefined);
});
browser.runtime.onStartup.addListener(() => void runQueue(deps).catch(() => undefined));
void runQueue(deps).catch(() => undefined);

// A closed tab's messages are forgotten (its facts were only ever in session storage), and so are
// those of a tab that has left webmail (tab-lifecycle.ts).
browser.tabs.onRemoved.addListener((tabId) => void handleTabClosed(deps, tabId).catch(() => undefined));
browser.tabs.onUpdated.addListener((tabId, change) => {
  if (change.status === 'complete') void handleTabLoaded(deps, tabId).catch(() => undefined);
});
