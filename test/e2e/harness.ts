// Real Chromium with the built extension (dist/) loaded, and fixture pages served at the real
// webmail addresses by request routing, so the manifest's match patterns are what is tested.
// Nothing reaches the network: every request that is not a routed fixture is aborted.
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext, type Page, type Worker } from 'playwright-core';
import { CHROMIUM, EXTENSION_ID, extensionArgs, freePort, POLICY_DIR } from '../../src/demo/chromium';

export const ROOT = join(import.meta.dirname, '..', '..');
export const DIST = join(ROOT, 'dist');
export const FIXTURES = join(ROOT, 'test', 'fixtures');
export { CHROMIUM, EXTENSION_ID, POLICY_DIR };

/** The sample practice's policy, delivered as managed policy in the browser tests. */
export const PRACTICE_POLICY = {
  organizationDomains: ['riversidefamilymed.org'],
  trustedDomains: ['questdiagnostics.com'],
  protectedNames: ['Anita Patel', 'Linda Chen'],
  supportContact: { name: 'Northgate IT', email: 'helpdesk@northgate-it.example', phone: '(555) 010-4477' },
};

export interface Browser {
  context: BrowserContext;
  worker: Worker;
  /** Serve this fixture (path under test/fixtures) at this URL from now on. */
  serve(url: string, fixture: string): void;
  /** Requests that were not fixtures and were aborted (nothing reaches the network). */
  blocked: string[];
  /** Open the real toolbar popup for this tab (chrome.action.openPopup) and return it. */
  popup(tab: Page): Promise<{ page: Page; close(): Promise<void> }>;
  /** Stop the extension's service worker, as Chrome does when it is idle. */
  stopWorker(): Promise<void>;
  /** Open a page at a served URL. */
  open(url: string): Promise<Page>;
  /** Chromium's DevTools endpoint (http://127.0.0.1:<port>), for a second protocol client. */
  devtoolsUrl: string;
  close(): Promise<void>;
}

const POLICY_FILE = join(POLICY_DIR, 'second-look-e2e.json');

/**
 * Install the extension's managed policy the way IT does on Linux: a file under
 * /etc/chromium/policies/managed with a 3rdparty.extensions.<id> entry (needs root, as in CI).
 */
function installPolicy(policy: Record<string, unknown> | undefined, policyFile: string | undefined): void {
  rmSync(POLICY_FILE, { force: true });
  if (!policy && policyFile === undefined) return;
  try {
    mkdirSync(POLICY_DIR, { recursive: true });
    writeFileSync(POLICY_FILE, policyFile ?? JSON.stringify({ '3rdparty': { extensions: { [EXTENSION_ID]: policy } } }));
  } catch (error) {
    throw new Error(`Cannot write ${POLICY_FILE} (run the browser tests as root, as CI does)`, { cause: error });
  }
}


export interface LaunchOptions {
  extraArgs?: string[];
  /** The extension's managed policy (written as 3rdparty.extensions.<id>). */
  policy?: Record<string, unknown>;
  /** Or a whole Chromium policy file, as the deployment kit writes it. */
  policyFile?: string;
}

export async function launch(options: LaunchOptions = {}): Promise<Browser> {
  installPolicy(options.policy, options.policyFile);
  const debuggingPort = await freePort();
  const profile = mkdtempSync(join(tmpdir(), 'second-look-e2e-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: false, // the flag below asks for the new headless mode, which runs extensions
    args: [
      '--headless=new',
      ...extensionArgs(DIST, debuggingPort),
      ...(options.extraArgs ?? []),
    ],
    viewport: { width: 1280, height: 900 },
  });
  const pages = new Map<string, string>();
  const blocked: string[] = [];
  await context.route(/^https?:\/\//, async (route) => {
    const url = route.request().url().split('#')[0]!;
    const fixture = pages.get(url);
    if (fixture) await route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: readFileSync(join(FIXTURES, fixture), 'utf8') });
    // Loopback: the test's own webhook receiver.
    else if (/^http:\/\/127\.0\.0\.1:\d+\//.test(url)) await route.continue();
    else {
      blocked.push(url);
      await route.abort();
    }
  });
  const worker = context.serviceWorkers().find((w) => w.url().includes(EXTENSION_ID)) ?? (await context.waitForEvent('serviceworker', { timeout: 15_000 }));
  return {
    context,
    worker,
    blocked,
    devtoolsUrl: `http://127.0.0.1:${debuggingPort}`,
    serve(url, fixture) {
      pages.set(url.split('#')[0]!, fixture);
    },
    async popup(tab) {
      await tab.bringToFront();
      const worker = context.serviceWorkers().find((w) => w.url().includes(EXTENSION_ID)) ?? (await context.waitForEvent('serviceworker'));
      await worker.evaluate(() => chrome.action.openPopup());
      const cdp = await chromium.connectOverCDP(`http://127.0.0.1:${debuggingPort}`);
      const deadline = Date.now() + 10_000;
      for (;;) {
        const page = cdp.contexts().flatMap((c) => c.pages()).find((p) => p.url().startsWith(`chrome-extension://${EXTENSION_ID}/src/popup/`));
        if (page) {
          await page.waitForLoadState('domcontentloaded');
          return { page, close: async () => { await page.close().catch(() => undefined); await cdp.close(); } };
        }
        if (Date.now() > deadline) throw new Error('the popup did not open');
        await new Promise((r) => setTimeout(r, 100));
      }
    },
    async stopWorker() {
      const cdp = await chromium.connectOverCDP(`http://127.0.0.1:${debuggingPort}`);
      try {
        const session = await cdp.newBrowserCDPSession();
        const { targetInfos } = await session.send('Target.getTargets');
        for (const t of targetInfos) if (t.type === 'service_worker' && t.url.includes(EXTENSION_ID)) await session.send('Target.closeTarget', { targetId: t.targetId });
      } finally {
        await cdp.close();
      }
    },
    async open(url) {
      const page = await context.newPage();
      await page.goto(url);
      return page;
    },
    async close() {
      await context.close();
      rmSync(POLICY_FILE, { force: true });
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

/** Wait until the message container is marked by the extension, and return its level. */
export async function levelOf(page: Page, containerSelector: string, timeout = 10_000): Promise<string> {
  const handle = await page.waitForSelector(`${containerSelector}[data-second-look-level]`, { timeout, state: 'attached' });
  return (await handle.getAttribute('data-second-look-level')) ?? '';
}
