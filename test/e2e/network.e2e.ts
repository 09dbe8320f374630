// Network silence: in one browser session that analyses every webmail fixture, uses the popup
// (including Report to IT) and the options page, the browser's own network log (DevTools
// protocol, every target: pages, the service worker, the popup, the options page) shows no
// request from the extension except to the report webhook IT configured. A request counts as
// the extension's when its target is an extension page or the worker, or when a script of the
// extension is on its initiator stack (a content script's fetch in a webmail page).
//
// One exception is allowed and listed by name: the Gmail content script reads the message's
// "Show original" page from mail.google.com itself (same origin, the person's own session) to put
// the original headers in a report; the popup's "What will be sent" preview triggers it.
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EXTENSION_ID, FIXTURES, launch, PRACTICE_POLICY, type Browser } from './harness';
import { recordNetwork, type LoggedRequest, type NetworkLog } from './network-log';
import { startReceiver, type Receiver } from './receiver';

const EXTENSION = `chrome-extension://${EXTENSION_ID}/`;
const LOCAL_SCHEMES = /^(chrome-extension|data|blob|chrome|devtools|about):/;
/** The address src/content/messages-from-background.ts builds for "Show original". */
const GMAIL_SHOW_ORIGINAL = /^https:\/\/mail\.google\.com\/mail\/u\/\d+\/\?view=att&permmsgid=msg-[af]%3Ar?\d+&attid=0&disp=comp&safe=1&zw$/;

const byExtension = (r: LoggedRequest) => r.targetUrl.startsWith(EXTENSION) || r.initiators.some((u) => u.startsWith(EXTENSION));

/** Every fixture at a real webmail address: Gmail under /mail/u/<n>/, Outlook under /mail/inbox/id/<n>. */
const fixtures = [
  ...readdirSync(join(FIXTURES, 'gmail')).sort().map((f, i) => ({ fixture: `gmail/${f}`, url: `https://mail.google.com/mail/u/${i}/`, open: `https://mail.google.com/mail/u/${i}/#inbox/FMfcgzQcqlBLwLspwKpJHSKfdDPZsRh${i}` })),
  ...readdirSync(join(FIXTURES, 'outlook')).sort().map((f, i) => ({ fixture: `outlook/${f}`, url: `https://outlook.office.com/mail/inbox/id/AAQkFixture${i}`, open: `https://outlook.office.com/mail/inbox/id/AAQkFixture${i}` })),
];

describe('network silence', () => {
  let browser: Browser;
  let receiver: Receiver;
  let log: NetworkLog;

  beforeAll(async () => {
    receiver = await startReceiver();
    browser = await launch({ policy: { ...PRACTICE_POLICY, reportWebhookUrl: receiver.url } });
    for (const f of fixtures) browser.serve(f.url, f.fixture);
    log = await recordNetwork(browser.devtoolsUrl);
  });

  afterAll(async () => {
    log?.close();
    await browser?.close();
    await receiver?.stop();
  });

  it('the extension talks to nothing but the report webhook', async () => {
    const pages: Page[] = [];
    for (const f of fixtures) {
      const page = await browser.open(f.open);
      await page.waitForSelector('[data-second-look-level]', { timeout: 15_000, state: 'attached' });
      pages.push(page);
    }
    expect(pages).toHaveLength(10);

    // The popup on a Gmail phish (reported) and on an Outlook message.
    const gmailPhish = pages[fixtures.findIndex((f) => f.fixture === 'gmail/conversation-phish.html')]!;
    const popup = await browser.popup(gmailPhish);
    await popup.page.getByText('Looks like a scam').first().waitFor();
    await popup.page.getByText('What will be sent').first().click();
    await popup.page.getByRole('button', { name: 'Report to IT' }).click();
    await popup.page.getByText('Reported to IT — thank you').first().waitFor();
    await popup.close();
    const outlookPopup = await browser.popup(pages[fixtures.findIndex((f) => f.fixture === 'outlook/reading-pane-conversation.html')]!);
    await outlookPopup.page.getByText('Looks like a scam').first().waitFor();
    await outlookPopup.close();

    // The options page, and a setting changed there.
    const options = await browser.context.newPage();
    await options.goto(`${EXTENSION}src/options/index.html`);
    await options.getByRole('heading', { level: 1 }).waitFor();
    await options.getByRole('radio', { name: /Strict/ }).check();
    await options.waitForTimeout(1_000);
    await options.close();
    for (const p of pages) await p.close();
    await new Promise((r) => setTimeout(r, 1_000));

    // What was watched, and the summary.
    const targets = new Map<string, number>();
    for (const t of log.targets) targets.set(t.type, (targets.get(t.type) ?? 0) + 1);
    const rows = new Map<string, { all: number; local: number; extension: number; destinations: Set<string> }>();
    for (const r of log.requests) {
      const who = r.targetUrl.startsWith(EXTENSION) ? `${r.targetType} (extension)` : r.targetType;
      const row = rows.get(who) ?? { all: 0, local: 0, extension: 0, destinations: new Set<string>() };
      row.all++;
      if (LOCAL_SCHEMES.test(r.url)) row.local++;
      else {
        if (byExtension(r)) row.extension++;
        row.destinations.add(`${byExtension(r) ? 'EXTENSION ' : ''}${r.method} ${new URL(r.url).origin}`);
      }
      rows.set(who, row);
    }
    console.log('Every network request (local extension files, data: and blob: are counted in the table below):');
    for (const r of log.requests.filter((x) => !LOCAL_SCHEMES.test(x.url))) console.log(`  ${r.targetType.padEnd(15)} ${byExtension(r) ? 'extension' : 'page     '} ${r.method.padEnd(7)} ${r.url}`);
    console.log(`Targets attached: ${[...targets].map(([t, n]) => `${n} ${t}`).join(', ')}`);
    console.log('Target type                 requests  local files  network by extension  network destinations');
    for (const [who, row] of rows) console.log(`${who.padEnd(28)}${String(row.all).padStart(8)}  ${String(row.local).padStart(11)}  ${String(row.extension).padStart(20)}  ${[...row.destinations].join(', ')}`);

    const fromExtension = log.requests.filter((r) => byExtension(r) && !LOCAL_SCHEMES.test(r.url));
    const receiverOrigin = new URL(receiver.url).origin;
    const showOriginal = fromExtension.filter((r) => r.targetType === 'page' && r.method === 'GET' && GMAIL_SHOW_ORIGINAL.test(r.url));
    for (const r of showOriginal) console.log(`Allowed exception: Gmail content script, ${r.method} ${r.url}`);
    // Exactly one: the one Gmail message shown in the popup (the report reuses that document).
    expect(showOriginal).toHaveLength(1);
    const elsewhere = fromExtension.filter((r) => new URL(r.url).origin !== receiverOrigin && !showOriginal.includes(r));
    expect(elsewhere).toEqual([]);

    // The collector does see the extension's traffic: the report's POST from the worker.
    const posts = fromExtension.filter((r) => r.method === 'POST' && r.url === receiver.url);
    expect(posts.map((r) => r.targetType)).toEqual(['service_worker']);
    expect(receiver.unique()).toHaveLength(1);
    // ...and every kind of target: the worker, the webmail pages, the popup and the options page.
    expect(log.targets.some((t) => t.type === 'service_worker' && t.url.startsWith(EXTENSION))).toBe(true);
    expect(log.requests.some((r) => r.targetUrl.startsWith(`${EXTENSION}src/popup/`))).toBe(true);
    expect(log.requests.some((r) => r.targetUrl.startsWith(`${EXTENSION}src/options/`))).toBe(true);
    expect(log.requests.filter((r) => r.targetType === 'page' && fixtures.some((f) => r.url.startsWith(f.url))).length).toBeGreaterThanOrEqual(fixtures.length);
  }, 85_000);
});
