// In-memory stand-ins for the browser APIs the background uses. Storage areas are plain maps
// that can be shared between two deps objects, which is how a worker restart is simulated.
import type { BackgroundDeps } from '../../src/background/deps';
import type { KeyValueArea } from '../../src/background/device';
import type { Level } from '../../src/engine/types';
import type { MessageFacts } from '../../src/engine/types';
import type { SenderInfo } from '../../src/messaging/protocol';

export const ID = 'mbaopbbflcpjeifemocinkjbompfmfkj';
export const ORIGIN = `chrome-extension://${ID}/`;

export function memoryArea(data = new Map<string, unknown>()): KeyValueArea & { data: Map<string, unknown> } {
  // Values are copied in and out, as real storage serialises them.
  const copy = <T>(v: T): T => (v === undefined ? v : (JSON.parse(JSON.stringify(v)) as T));
  return {
    data,
    get: (key) => Promise.resolve(copy(data.get(key))),
    set: (key, value) => {
      data.set(key, copy(value));
      return Promise.resolve();
    },
    remove: (key) => {
      data.delete(key);
      return Promise.resolve();
    },
  };
}

export interface Fakes {
  badges: Map<number, Level>;
  opened: string[];
  told: { tabId: number; message: unknown }[];
  posts: { url: string; init: RequestInit }[];
  /** What the webhook answers: a status, or 'down' to fail like an unreachable host. */
  webhook: { answer: number | 'down' };
  clock: { now: number };
  retryAt: (number | null)[];
  tabUrls: Map<number, string>;
  /** What the Gmail content script answers for "Show original". */
  headers: string | null;
  /** Tabs where a content script runs, and which; any other tab has none (sendMessage fails). */
  contentScripts: Map<number, 'gmail' | 'outlook'>;
}

export function fakeDeps(policy: unknown = {}, shared?: { session: Map<string, unknown>; local: Map<string, unknown> }): BackgroundDeps & { fakes: Fakes } {
  const fakes: Fakes = { badges: new Map(), opened: [], told: [], posts: [], webhook: { answer: 200 }, clock: { now: Date.parse('2026-11-27T10:00:00Z') }, retryAt: [], tabUrls: new Map(), headers: null, contentScripts: new Map() };
  return {
    fakes,
    extensionId: ID,
    extensionOrigin: ORIGIN,
    extensionVersion: '0.1.0',
    browserName: 'Chromium 140',
    readManaged: () => Promise.resolve(policy),
    session: memoryArea(shared?.session),
    local: memoryArea(shared?.local),
    now: () => fakes.clock.now,
    newSalt: () => 'test-salt',
    setBadge: (tabId, level) => {
      fakes.badges.set(tabId, level);
      return Promise.resolve();
    },
    openTab: (url) => {
      fakes.opened.push(url);
      return Promise.resolve();
    },
    askTab: (tabId, message) => {
      fakes.told.push({ tabId, message });
      const m = message as { type?: string };
      if (m.type === 'stillHere') {
        const webmail = fakes.contentScripts.get(tabId);
        return webmail ? Promise.resolve({ ok: true, webmail }) : Promise.reject(new Error('Could not establish connection. Receiving end does not exist.'));
      }
      return Promise.resolve(m.type === 'getOriginalHeaders' ? { ok: fakes.headers !== null, headers: fakes.headers } : undefined);
    },
    // Finished before the answer, so tests see the tab record and badge right away.
    afterReply: (work) => work(),
    tabUrl: (tabId) => Promise.resolve(fakes.tabUrls.get(tabId) ?? null),
    fetch: (url, init) => {
      fakes.posts.push({ url, init });
      if (fakes.webhook.answer === 'down') return Promise.reject(new TypeError('Failed to fetch'));
      const status = fakes.webhook.answer;
      return Promise.resolve({ ok: status >= 200 && status < 300, status });
    },
    scheduleRetry: (at) => {
      fakes.retryAt.push(at);
      return Promise.resolve();
    },
  };
}

export const GMAIL_TAB: SenderInfo = { id: ID, url: 'https://mail.google.com/mail/u/0/#inbox/abc', tab: { id: 7 } };
export const POPUP: SenderInfo = { id: ID, url: `${ORIGIN}src/popup/index.html` };

export const phish: MessageFacts = {
  source: 'gmail',
  id: 'msg-f:1',
  from: { name: 'Microsoft 365', address: 'alerts@m365-secure-login.com' },
  to: [{ name: '', address: 'frontdesk@riversidefamilymed.org' }],
  cc: [],
  subject: 'Your password expires today',
  text: 'Your password expires today. Verify your account now to keep access.',
  links: [{ href: 'https://m365-secure-login.com/verify?u=frontdesk%40riversidefamilymed.org', text: 'https://login.microsoftonline.com/verify' }],
  attachments: [],
  providerNotices: [],
  missing: ['date'],
};

