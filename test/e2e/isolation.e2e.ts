// Messages from web pages are never accepted, and the built extension runs no code it did not
// ship: a webmail page (hostile or compromised) can only show the content script its own DOM; it
// cannot report, mark safe, change settings or hide a warning, and look-alike hosts get nothing.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DIST, EXTENSION_ID, launch, levelOf, PRACTICE_POLICY, type Browser } from './harness';
import { startReceiver, type Receiver } from './receiver';

const INBOX = 'https://mail.google.com/mail/u/0/';
const OPEN = '#inbox/FMfcgzQcqlBLwLspwKpJHSKfdDPZsRhN';
const PHISH = '[data-message-id="#msg-f:1840959905192440240"]';

let browser: Browser;
let receiver: Receiver;

beforeAll(async () => {
  receiver = await startReceiver();
  browser = await launch({ policy: { ...PRACTICE_POLICY, reportWebhookUrl: receiver.url, reportWebhookToken: 'e2e-token' } });
  browser.serve(INBOX, 'gmail/conversation-phish.html');
  // A host that merely starts like Gmail's must not get the content script.
  browser.serve('https://mail.google.com.evil.example/mail/u/0/', 'gmail/conversation-phish.html');
});

afterAll(async () => {
  await browser?.close();
  await receiver?.stop();
});

const localState = () => browser.worker.evaluate(() => chrome.storage.local.get(null));

describe('web pages cannot talk to the extension', () => {
  it('has no listener for other extensions or web pages in the worker', async () => {
    expect(await browser.worker.evaluate(() => [chrome.runtime.onMessageExternal.hasListeners(), chrome.runtime.onConnectExternal.hasListeners()])).toEqual([false, false]);
  });

  it('ignores forged requests from the webmail page itself', async () => {
    const page = await browser.open(`${INBOX}${OPEN}`);
    expect(await levelOf(page, PHISH)).toBe('danger');
    const before = await localState();

    const attempts = await page.evaluate(async (id) => {
      const key = document.querySelector('[data-second-look-key]')?.getAttribute('data-second-look-key') ?? 'k';
      const forged = [
        { type: 'report', tabId: 1, key },
        { type: 'markSafe', tabId: 1, key },
        { type: 'setUserOptions', options: { sensitivity: 'relaxed', trustedDomains: ['evil.example'] } },
        { type: 'bannerUpdate', key, markedSafe: true, report: { state: 'sent' } },
        { type: 'getTabState', tabId: 1 },
      ];
      // The page's own world has no route to the extension (no externally_connectable).
      const runtime = (globalThis as { chrome?: { runtime?: { sendMessage?: unknown } } }).chrome?.runtime;
      let direct = 'no chrome.runtime.sendMessage in the page';
      if (typeof runtime?.sendMessage === 'function') {
        try {
          await (runtime.sendMessage as (id: string, m: unknown) => Promise<unknown>)(id, forged[0]);
          direct = 'accepted';
        } catch (error) {
          direct = `refused: ${String(error)}`;
        }
      }
      // Window messages and DOM events: the content script listens to neither.
      for (const message of forged) {
        window.postMessage(message, '*');
        window.postMessage(JSON.stringify(message), '*');
        document.dispatchEvent(new CustomEvent('second-look', { detail: message }));
      }
      await new Promise((r) => setTimeout(r, 1_500));
      return direct;
    }, EXTENSION_ID);

    expect(attempts).not.toBe('accepted');
    expect(receiver.posts).toHaveLength(0);
    expect(await page.getAttribute('[data-second-look-banner]', 'data-second-look-banner')).toBe('danger');
    expect(await localState()).toEqual(before);
    await page.close();
  });

  it('keeps storage out of the content script\'s reach', async () => {
    const page = await browser.open(`${INBOX}${OPEN}`);
    await levelOf(page, PHISH);
    // The content script's isolated world, found through the DevTools protocol: what a bug in
    // the content script, or a page that subverted it, could reach.
    const cdp = await browser.context.newCDPSession(page);
    const worlds: { id: number; name: string; auxData?: { type?: string } }[] = [];
    cdp.on('Runtime.executionContextCreated', ({ context }) => worlds.push(context));
    await cdp.send('Runtime.enable');
    await expect.poll(() => worlds.filter((w) => w.auxData?.type === 'isolated').length).toBeGreaterThan(0);
    const world = worlds.find((w) => w.auxData?.type === 'isolated')!;
    const read = async (area: string) => {
      const { result } = await cdp.send('Runtime.evaluate', {
        contextId: world.id,
        awaitPromise: true,
        returnByValue: true,
        expression: `Promise.resolve().then(() => chrome.storage.${area}.get(null)).then(() => 'read', (e) => 'refused: ' + e.message)`,
      });
      return result.value as string;
    };
    // The probe itself works: this world is the extension's, with chrome.runtime.
    const { result } = await cdp.send('Runtime.evaluate', { contextId: world.id, expression: 'chrome.runtime.id', returnByValue: true });
    expect(result.value).toBe(EXTENSION_ID);
    for (const area of ['local', 'session', 'managed']) expect(await read(area), area).toMatch(/^refused: /);
    await page.close();
  });

  it('does not run on a look-alike host', async () => {
    const page = await browser.open(`https://mail.google.com.evil.example/mail/u/0/${OPEN}`);
    // Longer than the content script's 2 s safety-net pass.
    await page.waitForTimeout(2_500);
    expect(await page.locator('[data-second-look-level]').count()).toBe(0);
    expect(await page.locator('[data-second-look-banner]').count()).toBe(0);
    await page.close();
  });
});

describe('the built extension', () => {
  const files = (dir: string, ending: string): string[] =>
    readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? files(join(dir, e.name), ending) : e.name.endsWith(ending) ? [join(dir, e.name)] : []));

  it('contains no eval, no Function constructor and loads no remote script', () => {
    const scripts = files(DIST, '.js');
    expect(scripts.length).toBeGreaterThan(3);
    for (const file of scripts) {
      const code = readFileSync(file, 'utf8');
      expect(code, file).not.toMatch(/\beval\s*\(|new\s+Function\s*\(|\bimportScripts\s*\(|import\(\s*["'`]https?:/);
    }
    const pages = files(DIST, '.html');
    expect(pages.length).toBe(2); // popup and options
    for (const file of pages) expect(readFileSync(file, 'utf8'), file).not.toMatch(/<script(?![^>]*src=["']\/)[^>]*>/);
  });
});
