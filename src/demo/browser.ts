// Real Chromium (Debian's package) with the built extension (dist/) loaded, the practice's policy
// installed as managed policy the way IT does it on Linux, and the replica webmail pages served
// at the real addresses by request routing, so the manifest's match patterns are what runs.
// Nothing reaches the network: links from the sample mail open a local "not opened" page.
//
// Chromium is started as in the browser tests (both use src/demo/chromium.ts). The policy file
// has its own name, so a demo and the browser tests do not remove each other's.
import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { CHROMIUM, EXTENSION_ID, extensionArgs, freePort, POLICY_DIR } from './chromium';
import { ROOT } from './mailbox';
import { escapeHtml } from './sanitize';

export const DIST = join(ROOT, 'dist');
export { CHROMIUM, EXTENSION_ID, POLICY_DIR };
export const POLICY_FILE = join(POLICY_DIR, 'second-look-demo.json');

/** Install the extension's managed policy (3rdparty.extensions.<id>), pinned to the toolbar. */
export function installPolicy(policy: Record<string, unknown>): void {
  try {
    mkdirSync(POLICY_DIR, { recursive: true });
    writeFileSync(
      POLICY_FILE,
      JSON.stringify({ '3rdparty': { extensions: { [EXTENSION_ID]: policy } }, ExtensionSettings: { [EXTENSION_ID]: { toolbar_pin: 'force_pinned' } } }, null, 2),
    );
  } catch (error) {
    throw new Error(`Cannot write ${POLICY_FILE}: the demo installs the practice's policy as IT does, which needs root (sudo npm run demo, or run it in CI).`, {
      cause: error,
    });
  }
}

export function removePolicy(): void {
  rmSync(POLICY_FILE, { force: true });
}

/** Other Second Look policy files (a browser test running now): Chromium merges them with ours. */
export function otherPolicyFiles(): string[] {
  if (!existsSync(POLICY_DIR)) return [];
  return readdirSync(POLICY_DIR).filter((f) => f.startsWith('second-look') && join(POLICY_DIR, f) !== POLICY_FILE);
}


export interface Site {
  /** Which requests this page answers (the webmail's app addresses). */
  matches(url: URL): boolean;
  html: string;
}

export interface DemoBrowser {
  context: BrowserContext;
  /** Open the real toolbar popup for this tab (chrome.action.openPopup) and return it. */
  popup(tab: Page): Promise<{ page: Page; close(): Promise<void> }>;
  /**
   * Does the extension see the demo's policy now (chrome.storage.managed)? Chromium merges every
   * file in the policy folder key by key, so a browser test's file can change some keys of ours.
   * 'none' before Chromium has loaded any policy.
   */
  policyState(): Promise<'ours' | 'other' | 'none'>;
  close(): Promise<void>;
}

const notOpened = (url: string) => `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Not opened in the demo</title>
<style>body{font-family:system-ui,sans-serif;max-width:640px;margin:80px auto;padding:0 24px;color:#202124}code{word-break:break-all;background:#f1f3f4;padding:2px 4px}</style></head>
<body><h1>Not opened in the demo</h1><p>The Second Look demo does not go to the internet. This link in the sample mail goes to:</p><p><code>${escapeHtml(url)}</code></p>
<p>Close this tab to go back to the mailbox.</p></body></html>`;

/** JSON with object keys in order, to compare two policies. */
function canonical(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) =>
    v && typeof v === 'object' && !Array.isArray(v) ? Object.fromEntries(Object.entries(v).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) : v,
  );
}

export interface LaunchOptions {
  headless: boolean;
  /** The policy the demo installed, to tell when another policy file overrides it. */
  policy: Record<string, unknown>;
  sites: Site[];
  /** The demo's webhook receiver (http://127.0.0.1:<port>/…): the only loopback address let through. */
  receiverUrl: string;
}

export async function launchDemoBrowser(options: LaunchOptions): Promise<DemoBrowser> {
  const receiverOrigin = new URL(options.receiverUrl).origin;
  const debuggingPort = await freePort();
  const profile = mkdtempSync(join(tmpdir(), 'second-look-demo-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    // With a window, a build Chromium refuses stops the start at an error dialog: do not wait long.
    timeout: 60_000,
    headless: false, // new headless (below) runs extensions; the old one does not
    args: [
      ...(options.headless ? ['--headless=new'] : ['--window-size=1400,950', '--ozone-platform-hint=auto', '--test-type']),
      ...extensionArgs(DIST, debuggingPort),
      '--no-default-browser-check',
    ],
    viewport: options.headless ? { width: 1280, height: 900 } : null,
  }).catch((error: Error) => {
    rmSync(profile, { recursive: true, force: true });
    throw new Error(`Chromium did not start: ${error.message.split('\n')[0]} (if a window shows "Failed to load extension", the build in ${DIST} is at fault).`);
  });
  await context.route(/^https?:\/\//, async (route) => {
    const request = route.request();
    const href = request.url();
    const url = new URL(href);
    const site = options.sites.find((s) => s.matches(url));
    if (site && request.resourceType() === 'document') await route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: site.html });
    // The demo's own webhook receiver, and no other (a browser test's receiver may be running).
    else if (url.origin === receiverOrigin) await route.continue();
    else if (request.resourceType() === 'document') await route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: notOpened(href) });
    else await route.abort();
  });
  const worker = async () => context.serviceWorkers().find((w) => w.url().includes(EXTENSION_ID)) ?? (await context.waitForEvent('serviceworker', { timeout: 15_000 }));
  // A build that Chromium refuses (a manifest error) shows a dialog and no service worker.
  try {
    await worker();
  } catch {
    await context.close().catch(() => undefined);
    rmSync(profile, { recursive: true, force: true });
    throw new Error(`The extension did not start in Chromium (no service worker within 15 s). Does ${DIST} load? Open chrome://extensions, "Load unpacked", to see Chromium's error.`);
  }
  return {
    context,
    async policyState() {
      const seen = await (await worker()).evaluate(() => chrome.storage.managed.get<Record<string, unknown>>()).catch(() => ({}));
      if (Object.keys(seen).length === 0) return 'none';
      return canonical(seen) === canonical(options.policy) ? 'ours' : 'other';
    },
    async popup(tab) {
      await tab.bringToFront();
      await (await worker()).evaluate(() => chrome.action.openPopup());
      const cdp = await chromium.connectOverCDP(`http://127.0.0.1:${debuggingPort}`);
      const deadline = Date.now() + 10_000;
      for (;;) {
        const page = cdp
          .contexts()
          .flatMap((c) => c.pages())
          .find((p) => p.url().startsWith(`chrome-extension://${EXTENSION_ID}/src/popup/`));
        if (page) {
          await page.waitForLoadState('domcontentloaded');
          return {
            page,
            close: async () => {
              await page.close().catch(() => undefined);
              await cdp.close();
            },
          };
        }
        if (Date.now() > deadline) {
          await cdp.close();
          throw new Error('the popup did not open');
        }
        await new Promise((r) => setTimeout(r, 100));
      }
    },
    async close() {
      await context.close().catch(() => undefined);
      rmSync(profile, { recursive: true, force: true });
    },
  };
}
