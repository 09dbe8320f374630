// npm run bench:memory: memory in real Chromium with the built extension, to show that nothing
// grows without bound.
// 1. The service worker's JS heap (DevTools Runtime.getHeapUsage on the worker, after
//    HeapProfiler.collectGarbage) before and after every 100 of 1,000 distinct messages analysed:
//    a Gmail page swaps in a generated message on each hash navigation (half genuine, each from a
//    new address, so the sender history grows; half from look-alike domains, flagged).
// 2. A content script after 200 navigations: the heap of a Gmail page (the content script's
//    isolated world shares the page's heap) minus the same page at an address where no content
//    script runs, given the same 200 navigations.
// 3. chrome.storage.local and .session sizes after the run, and session after the tabs close.
import type { CDPSession, Page } from 'playwright-core';
import { chromium } from 'playwright-core';
import { EXTENSION_ID, launch, PRACTICE_POLICY } from '../test/e2e/harness';

const MESSAGES = 1_000;
const NAVIGATIONS = 200;
const MB = (bytes: number) => (bytes / 1024 / 1024).toFixed(2);
const KB = (bytes: number) => (bytes / 1024).toFixed(1);

interface Heap {
  used: number;
  total: number;
}

/** The worker's heap, through a browser-level DevTools session (the worker is not a page). */
async function workerHeap(browserSession: CDPSession): Promise<Heap & { targetId: string }> {
  const { targetInfos } = await browserSession.send('Target.getTargets');
  const sw = targetInfos.find((t) => t.type === 'service_worker' && t.url.includes(EXTENSION_ID));
  if (!sw) throw new Error('the service worker is not running');
  const { sessionId } = await browserSession.send('Target.attachToTarget', { targetId: sw.targetId, flatten: false });
  let nextId = 0;
  const waiting = new Map<number, (result: unknown) => void>();
  const onMessage = (e: { sessionId?: string; message: string }) => {
    if (e.sessionId !== sessionId) return;
    const m = JSON.parse(e.message) as { id?: number; result?: unknown };
    if (m.id !== undefined) waiting.get(m.id)?.(m.result);
  };
  browserSession.on('Target.receivedMessageFromTarget', onMessage);
  const call = (method: string) =>
    new Promise<unknown>((resolve) => {
      const id = ++nextId;
      waiting.set(id, resolve);
      void browserSession.send('Target.sendMessageToTarget', { sessionId, message: JSON.stringify({ id, method, params: {} }) });
    });
  try {
    await call('HeapProfiler.collectGarbage');
    const usage = (await call('Runtime.getHeapUsage')) as { usedSize: number; totalSize: number };
    return { used: usage.usedSize, total: usage.totalSize, targetId: sw.targetId };
  } finally {
    browserSession.off('Target.receivedMessageFromTarget', onMessage);
    await browserSession.send('Target.detachFromTarget', { sessionId });
  }
}

async function pageHeap(session: CDPSession): Promise<Heap> {
  await session.send('HeapProfiler.collectGarbage');
  const usage = await session.send('Runtime.getHeapUsage');
  return { used: usage.usedSize, total: usage.totalSize };
}

/**
 * Swap in `count` generated messages starting at `from`, as Gmail does on navigation; when
 * `marked`, wait for the extension to mark each (it was analysed) before the next.
 */
async function swap(page: Page, from: number, count: number, marked: boolean): Promise<string[]> {
  return page.evaluate(async ({ from, count, marked }) => {
    const host = document.querySelector('[role="main"]')!;
    const w = window as unknown as { template?: string };
    w.template ??= host.innerHTML;
    const levels: string[] = [];
    for (let i = from; i < from + count; i++) {
      const id = `9${String(i).padStart(18, '0')}`;
      // Even: genuine, from a new address each time. Odd: the same text from a look-alike domain.
      const sender = i % 2 === 0 ? `results.${i}@questdiagnostics.com` : `results@questdiagnostics-results${i}.com`;
      const html = w.template.split('1841000000000000001').join(id).split('results@questdiagnostics.com').join(sender).replace('Hello Riverside Family Medicine,', `Hello Riverside Family Medicine, report ${i}`);
      const selector = `[data-message-id="#msg-f:${id}"][data-second-look-level]`;
      const done = marked
        ? new Promise<string>((resolve) => {
            const observer = new MutationObserver(() => {
              const el = document.querySelector(selector);
              if (el) {
                observer.disconnect();
                resolve(el.getAttribute('data-second-look-level') ?? '');
              }
            });
            observer.observe(host, { attributes: true, subtree: true, attributeFilter: ['data-second-look-level'] });
          })
        : new Promise<string>((resolve) => setTimeout(() => resolve('-'), 30));
      location.hash = `#inbox/bench${i}`;
      host.innerHTML = html;
      levels.push(await done);
    }
    return levels;
  }, { from, count, marked });
}

async function storageSizes(page: Page) {
  // No named functions inside: the page runs this as written (tsx would add helpers it lacks).
  return page.evaluate(async () => {
    const out = {} as Record<'local' | 'session', { bytes: number; keys: Record<string, number> }>;
    for (const name of ['local', 'session'] as const) {
      const all = await chrome.storage[name].get(null);
      out[name] = { bytes: await chrome.storage[name].getBytesInUse(null), keys: Object.fromEntries(Object.entries(all).map(([k, v]) => [k, JSON.stringify(v).length])) };
    }
    return out;
  });
}

async function main() {
  const browser = await launch({ policy: PRACTICE_POLICY });
  const cdp = await chromium.connectOverCDP(browser.devtoolsUrl);
  try {
    const browserSession = await cdp.newBrowserCDPSession();
    browser.serve('https://mail.google.com/mail/u/0/', 'gmail/single-message-genuine.html');
    browser.serve('https://mail.google.com/mail/u/1/', 'gmail/single-message-genuine.html');
    browser.serve('https://example.com/mail/u/1/', 'gmail/single-message-genuine.html');
    const extensionPage = await browser.context.newPage();
    await extensionPage.goto(`chrome-extension://${EXTENSION_ID}/src/options/index.html`);

    // 1. The worker over 1,000 analyses.
    const page = await browser.open('https://mail.google.com/mail/u/0/#inbox/start');
    await page.waitForSelector('[data-second-look-level]', { timeout: 15_000, state: 'attached' });
    const rows: { analysed: number; heap: Heap; restarted: boolean; seconds: number }[] = [];
    const t0 = Date.now();
    let first = await workerHeap(browserSession);
    rows.push({ analysed: 0, heap: first, restarted: false, seconds: 0 });
    const levels = new Map<string, number>();
    for (let done = 0; done < MESSAGES; done += 100) {
      for (const level of await swap(page, done, 100, true)) levels.set(level, (levels.get(level) ?? 0) + 1);
      const heap = await workerHeap(browserSession);
      rows.push({ analysed: done + 100, heap, restarted: heap.targetId !== first.targetId, seconds: (Date.now() - t0) / 1000 });
      console.log(`  worker after ${done + 100} analyses: ${MB(heap.used)} MB used`);
      first = heap;
    }
    const afterAnalyses = await storageSizes(extensionPage);
    const analysedInAll = await extensionPage.evaluate(async () => ((await chrome.storage.local.get('integrationHealth')).integrationHealth as { gmail?: { analyzed: number } } | undefined)?.gmail?.analyzed);
    await page.close();

    // 2. A content script over 200 navigations, against the same page without one.
    const withScript = await browser.open('https://mail.google.com/mail/u/1/#inbox/start');
    await withScript.waitForSelector('[data-second-look-level]', { timeout: 15_000, state: 'attached' });
    const without = await browser.open('https://example.com/mail/u/1/#inbox/start');
    const s1 = await browser.context.newCDPSession(withScript);
    const s2 = await browser.context.newCDPSession(without);
    const nav: { navigations: number; withScript: Heap; without: Heap }[] = [{ navigations: 0, withScript: await pageHeap(s1), without: await pageHeap(s2) }];
    for (let done = 0; done < NAVIGATIONS; done += 50) {
      await swap(withScript, 10_000 + done, 50, true);
      await swap(without, 10_000 + done, 50, false);
      nav.push({ navigations: done + 50, withScript: await pageHeap(s1), without: await pageHeap(s2) });
      console.log(`  page after ${done + 50} navigations: ${MB(nav.at(-1)!.withScript.used)} MB with the script, ${MB(nav.at(-1)!.without.used)} MB without`);
    }
    const beforeClose = await storageSizes(extensionPage);
    await withScript.close();
    await without.close();
    await new Promise((r) => setTimeout(r, 1_000));
    const afterClose = await storageSizes(extensionPage);

    console.log(`\nService worker JS heap (after GC) while analysing ${MESSAGES} distinct Gmail messages (verdicts: ${[...levels].map(([l, n]) => `${n} ${l}`).join(', ')}; integration health counts ${analysedInAll ?? '?'} Gmail analyses in all):`);
    console.log('Analysed  Used heap (MB)  Total heap (MB)  Worker restarted  Elapsed (s)');
    for (const r of rows) console.log(`${String(r.analysed).padStart(8)}  ${MB(r.heap.used).padStart(14)}  ${MB(r.heap.total).padStart(15)}  ${(r.restarted ? 'yes' : 'no').padStart(16)}  ${r.seconds.toFixed(0).padStart(11)}`);

    console.log(`\nContent script: page JS heap (after GC) over ${NAVIGATIONS} navigations, Gmail page with the content script and the same page without:`);
    console.log('Navigations  With script (MB)  Without (MB)  Content script share (MB)');
    for (const n of nav) console.log(`${String(n.navigations).padStart(11)}  ${MB(n.withScript.used).padStart(16)}  ${MB(n.without.used).padStart(12)}  ${MB(n.withScript.used - n.without.used).padStart(25)}`);

    const keys = (s: { keys: Record<string, number> }) => Object.entries(s.keys).map(([k, v]) => `${k} ${KB(v)} kB`).join(', ') || 'empty';
    console.log('\nStorage (bytes in use)');
    console.log(`After ${MESSAGES} analyses: local ${KB(afterAnalyses.local.bytes)} kB (${keys(afterAnalyses.local)}); session ${KB(afterAnalyses.session.bytes)} kB (${keys(afterAnalyses.session)})`);
    console.log(`After the ${NAVIGATIONS} navigations, tabs open: local ${KB(beforeClose.local.bytes)} kB; session ${KB(beforeClose.session.bytes)} kB (${keys(beforeClose.session)})`);
    console.log(`After the webmail tabs closed: session ${KB(afterClose.session.bytes)} kB (${keys(afterClose.session)})`);
  } finally {
    await cdp.close().catch(() => undefined);
    await browser.close();
  }
}

await main();
