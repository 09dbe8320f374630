// Service worker entry. Chrome may stop the worker at any moment and start it again for the next
// event, so every listener is registered synchronously here, at top level, and no state lives
// only in module globals: policy is read from storage.managed on each use, health is kept in
// storage.local.
import { browser, type Runtime } from '../shared/browser';
import { parsePolicy, type EffectivePolicy } from '../policy/parse';
import { handleMessage, type BackgroundDeps } from './handle-message';
import { updateHealth, type IntegrationHealth } from './health';

const HEALTH_KEY = 'integrationHealth';

async function loadPolicy(): Promise<EffectivePolicy> {
  let managed: unknown = {};
  try {
    managed = await browser.storage.managed.get();
  } catch {
    // No managed storage (Firefox without policy, or none set): defaults for a single user.
  }
  return parsePolicy(managed);
}

// Health updates are read-modify-write; chain them so two messages analysed at once do not
// overwrite each other's counts.
let healthWrites: Promise<void> = Promise.resolve();

function recordMissing(source: 'gmail' | 'outlook' | 'eml', missing: string[]): Promise<void> {
  healthWrites = healthWrites.then(async () => {
    const stored = (await browser.storage.local.get(HEALTH_KEY))[HEALTH_KEY] as IntegrationHealth | undefined;
    await browser.storage.local.set({ [HEALTH_KEY]: updateHealth(stored ?? {}, source, missing, new Date()) });
  }).catch(() => undefined);
  return healthWrites;
}

const deps: BackgroundDeps = {
  extensionId: browser.runtime.id,
  extensionOrigin: browser.runtime.getURL(''),
  loadPolicy,
  recordMissing,
};

browser.runtime.onMessage.addListener((message: unknown, sender: Runtime.MessageSender) =>
  handleMessage(message, { id: sender.id, url: sender.url, tab: sender.tab ? { id: sender.tab.id } : undefined }, deps),
);
