// The service worker's lifecycle in real Chromium: Chrome may stop the worker at any moment,
// including while it judges a message or sends a report. Nothing may be lost or sent twice, and
// a tab's messages go when the tab leaves webmail or closes.
//
// How the "stopped during" moments are made exact, not raced:
// - Analysis: in the running worker, chrome.storage.managed.get (the policy, the first thing an
//   analysis reads) is replaced by one that never answers and counts its callers. Once it has
//   been called, an analysis is provably half-way; then the worker is stopped (DevTools
//   Target.closeTarget). The replacement lives in that worker's global scope only, so the
//   restarted worker is the unmodified extension.
// - Report: the loopback receiver records the POST and never answers it, so the request is in
//   flight when the worker is stopped; then it answers again.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ReportDocument } from '../../src/report/types';
import { EXTENSION_ID, launch, PRACTICE_POLICY, type Browser } from './harness';
import { startReceiver, type Receiver } from './receiver';

const GMAIL = 'https://mail.google.com/mail/u/0/';
const GMAIL_PHISH = '[data-message-id="#msg-f:1840959905192440240"]';
const OUTLOOK = 'https://outlook.office.com/mail/inbox/id/AAQkADAwATM0MDAAMS1hZDdjLTQ2ZjYtMDACLTAwCgAQAF%2Bc3Vbv9Ua2vTz0xXbVe9o%3D';
const ELSEWHERE = 'https://www.riversidefamilymed.org/';

/** Storage as the extension sees it, read from one of its own pages (the worker may be stopped). */
async function storage(page: Page, area: 'local' | 'session'): Promise<Record<string, unknown>> {
  return page.evaluate((a) => chrome.storage[a].get(null), area);
}

describe('service worker stopped mid-way', () => {
  let browser: Browser;
  let receiver: Receiver;
  let extensionPage: Page;

  beforeAll(async () => {
    receiver = await startReceiver();
    browser = await launch({ policy: { ...PRACTICE_POLICY, reportWebhookUrl: receiver.url } });
    browser.serve(GMAIL, 'gmail/conversation-phish.html');
    browser.serve(OUTLOOK, 'outlook/reading-pane-conversation.html');
    browser.serve(ELSEWHERE, 'plain/not-webmail.html');
    // An extension page to read storage from: the options page, in a tab of its own.
    extensionPage = await browser.context.newPage();
    await extensionPage.goto(`chrome-extension://${EXTENSION_ID}/src/options/index.html`);
  });

  afterAll(async () => {
    await browser?.close();
    await receiver?.stop();
  });

  it('during analysis: the page still gets its banner, and the popup the verdict', async () => {
    await browser.worker.evaluate(() => {
      const scope = self as unknown as { heldPolicyReads: number };
      scope.heldPolicyReads = 0;
      chrome.storage.managed.get = () => {
        scope.heldPolicyReads++;
        return new Promise(() => undefined);
      };
    });
    const page = await browser.open(`${GMAIL}#inbox/FMfcgzQcqlBLwLspwKpJHSKfdDPZsRhN`);
    await expect.poll(() => browser.worker.evaluate(() => (self as unknown as { heldPolicyReads: number }).heldPolicyReads), { timeout: 15_000 }).toBeGreaterThan(0);
    expect(await page.locator(`${GMAIL_PHISH}[data-second-look-level]`).count()).toBe(0); // no verdict yet

    await browser.stopWorker();

    // The content script gets no answer, asks again, and the request starts a new worker.
    await page.waitForSelector(`${GMAIL_PHISH}[data-second-look-level="danger"]`, { timeout: 15_000, state: 'attached' });
    // It is a new worker: its global scope has no held policy read.
    const liveWorker = async () => {
      for (const w of browser.context.serviceWorkers()) {
        const held = await w.evaluate(() => typeof (self as unknown as { heldPolicyReads?: number }).heldPolicyReads).catch(() => null);
        if (held) return held;
      }
      return null;
    };
    await expect.poll(liveWorker).toBe('undefined');
    expect(await page.locator('[data-second-look-banner]').count()).toBe(1);
    const popup = await browser.popup(page);
    await popup.page.getByText('Looks like a scam').first().waitFor();
    expect(await popup.page.getByText('Your patient portal password expires today', { exact: false }).count()).toBeGreaterThan(0);
    await popup.close();
    // The tab's record is in session storage, with the one message.
    const session = await storage(extensionPage, 'session');
    const records = Object.entries(session).filter(([k]) => k.startsWith('tab:'));
    expect(records).toHaveLength(1);
    expect((records[0]![1] as { messages: { key: string }[] }).messages.map((m) => m.key)).toEqual(['msg-f:1840959905192440240']);
    await page.close();
  });

  it('during a report: delivered once after the restart, and said once in the popup, the banner and storage', async () => {
    receiver.hold = true;
    const page = await browser.open(OUTLOOK);
    await page.waitForSelector('[data-second-look-level="danger"]', { timeout: 15_000, state: 'attached' });
    const popup = await browser.popup(page);
    await popup.page.getByRole('button', { name: 'Report to IT' }).click();
    // The POST has arrived and is held: the request is in flight.
    await expect.poll(() => receiver.posts.length, { timeout: 10_000 }).toBe(1);
    // The person closes the popup, and Chrome stops the worker. Nothing else will wake it: the
    // alarm set before the request left must.
    await popup.close();
    await browser.stopWorker();
    receiver.hold = false;

    await expect.poll(() => receiver.posts.length, { timeout: 75_000, interval: 1_000 }).toBe(2);
    const [first, again] = receiver.posts;
    expect(again!.key).toBe(first!.key); // the repeat carries the same Idempotency-Key
    expect(receiver.unique()).toHaveLength(1);
    expect((again!.body as ReportDocument).reportId).toBe(first!.key);
    expect((again!.body as ReportDocument).message.subject).toBe('Action required: invoice #4471 overdue');

    // The banner thanks the person, once.
    await expect.poll(() => page.locator('[data-second-look-banner] .reported').count(), { timeout: 10_000 }).toBe(1);
    expect(await page.locator('[data-second-look-banner] .reported').innerText()).toBe('Reported to IT — thank you.');
    // The popup says so once, with no button to send it again.
    const reopened = await browser.popup(page);
    await reopened.page.getByText('Reported to IT — thank you').first().waitFor();
    expect(await reopened.page.getByText('Reported to IT — thank you').count()).toBe(1);
    expect(await reopened.page.getByRole('button', { name: 'Report to IT' }).count()).toBe(0);
    await reopened.close();
    // Storage: one log entry, sent; the queue is empty.
    const local = await storage(extensionPage, 'local');
    expect(Object.entries(local.reportLog as Record<string, { state: string }>)).toEqual([[first!.key, expect.objectContaining({ state: 'sent' })]]);
    expect(local.reportQueue).toEqual([]);
    expect(receiver.posts).toHaveLength(2);
    await page.close();
  }, 120_000);

  it('forgets a tab\'s messages when it leaves webmail, and when it closes', async () => {
    const gmail = await browser.open(`${GMAIL}#inbox/FMfcgzQcqlBLwLspwKpJHSKfdDPZsRhN`);
    const outlook = await browser.open(OUTLOOK);
    await gmail.waitForSelector(`${GMAIL_PHISH}[data-second-look-level]`, { timeout: 15_000, state: 'attached' });
    await outlook.waitForSelector('[data-second-look-level]', { timeout: 15_000, state: 'attached' });
    const webmails = async () => Object.entries(await storage(extensionPage, 'session')).filter(([k]) => k.startsWith('tab:')).map(([, v]) => (v as { webmail: string }).webmail).sort();
    await expect.poll(webmails).toEqual(expect.arrayContaining(['gmail', 'outlook']));
    const before = (await webmails()).length;

    await outlook.goto(ELSEWHERE);
    await expect.poll(webmails, { timeout: 10_000 }).not.toContain('outlook');
    expect((await webmails()).length).toBe(before - 1);

    await gmail.close();
    await outlook.close();
    await expect.poll(webmails, { timeout: 10_000 }).toEqual([]);
  });
});
