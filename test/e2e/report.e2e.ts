// "Report to IT" in real Chromium: the real toolbar popup, a webhook receiver on loopback, the
// managed policy as IT sets it. One click sends exactly one report; a report made while the
// receiver is down waits in the queue, survives the service worker being stopped, and arrives
// exactly once when the receiver is back. The mailbox path opens a compose window.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ReportDocument } from '../../src/report/types';
import { launch, PRACTICE_POLICY, ROOT, type Browser } from './harness';
import { startReceiver, type Receiver } from './receiver';

const SHOTS = join(ROOT, 'out', 'screenshots');
const GMAIL = 'https://mail.google.com/mail/u/0/';
const OUTLOOK = 'https://outlook.office.com/mail/inbox/id/AAQkADAwATM0MDAAMS1hZDdjLTQ2ZjYtMDACLTAwCgAQAF%2Bc3Vbv9Ua2vTz0xXbVe9o%3D';
const GMAIL_PHISH = '[data-message-id="#msg-f:1840959905192440240"][data-second-look-level]';

async function openMail(browser: Browser, url: string, marked: string): Promise<Page> {
  const page = await browser.open(url);
  await page.waitForSelector(marked, { timeout: 15_000 });
  return page;
}

describe('Report to IT through a webhook', () => {
  let browser: Browser;
  let receiver: Receiver;

  beforeAll(async () => {
    mkdirSync(SHOTS, { recursive: true });
    receiver = await startReceiver();
    browser = await launch({ policy: { ...PRACTICE_POLICY, reportWebhookUrl: receiver.url, reportWebhookToken: 'e2e-token' } });
    browser.serve(GMAIL, 'gmail/conversation-phish.html');
    browser.serve(OUTLOOK, 'outlook/reading-pane-conversation.html');
  });

  afterAll(async () => {
    await browser?.close();
    await receiver?.stop();
  });

  it('one click in the popup sends exactly one valid report, and the page thanks the person', async () => {
    const page = await openMail(browser, `${GMAIL}#inbox/FMfcgzQcqlBLwLspwKpJHSKfdDPZsRhN`, GMAIL_PHISH);
    const popup = await browser.popup(page);
    await popup.page.getByText('Looks like a scam').first().waitFor();
    await popup.page.screenshot({ path: join(SHOTS, 'popup-danger.png') });
    // "What will be sent" opens to show the document.
    const whatWillBeSent = popup.page.getByText('What will be sent').first();
    await whatWillBeSent.click();
    await whatWillBeSent.scrollIntoViewIfNeeded();
    await popup.page.screenshot({ path: join(SHOTS, 'popup-what-will-be-sent.png') });
    await popup.page.getByRole('button', { name: 'Report to IT' }).click();
    const thanks = popup.page.getByText('Reported to IT — thank you').first();
    await thanks.waitFor();
    await thanks.scrollIntoViewIfNeeded();
    await popup.page.screenshot({ path: join(SHOTS, 'popup-reported.png') });
    // The button is gone: it cannot be sent twice by accident.
    expect(await popup.page.getByRole('button', { name: 'Report to IT' }).count()).toBe(0);
    await popup.close();

    await expect.poll(() => receiver.posts.length).toBe(1);
    const { body, authorization, key } = receiver.posts[0]!;
    const doc = body as ReportDocument;
    expect(authorization).toBe('Bearer e2e-token');
    expect(key).toBe(doc.reportId);
    expect(doc.schema).toBe('second-look.report/1');
    expect(doc.kind).toBe('suspected-phishing');
    expect(doc.client.webmail).toBe('gmail');
    expect(doc.reporter.account).toBe('frontdesk@riversidefamilymed.org');
    expect(doc.message.from).toEqual({ name: 'MyChart Support', address: 'support@mychart-patientportal.com' });
    expect(doc.message.subject).toBe('Action required: your patient portal password expires today');
    expect(doc.message.attachments).toEqual([{ name: 'Password_Reset_Form.html', mimeType: 'text/html', size: 12288 }]);
    expect(doc.message.links[0]).toEqual({ text: 'https://mychart.riversidefamilymed.org/login', href: 'https://mychart-patientportal.com/login?u=frontdesk', destination: 'https://mychart-patientportal.com/login?u=frontdesk' });
    expect(doc.message.body).toBeNull();
    expect(doc.verdict.level).toBe('danger');
    expect(doc.verdict.findings.map((f) => f.id)).toContain('link-text-mismatch');

    // The banner in the page says so too.
    await expect.poll(() => page.locator('[data-second-look-banner] .reported').count()).toBe(1);
    expect(await page.locator('[data-second-look-banner] .reported').innerText()).toBe('Reported to IT — thank you.');
    await page.locator('[data-message-id="#msg-f:1840959905192440240"]').screenshot({ path: join(SHOTS, 'gmail-reported.png') });

    // Opening the popup again shows the same state, with nothing sent again.
    const again = await browser.popup(page);
    await again.page.getByText('Reported to IT — thank you').first().waitFor();
    await again.close();
    expect(receiver.posts).toHaveLength(1);
    await page.close();
  });

  it('keeps a report made while the receiver is down, through a worker restart, and delivers it once', async () => {
    await receiver.stop();
    const page = await openMail(browser, OUTLOOK, '[data-second-look-level="danger"]');
    const popup = await browser.popup(page);
    await popup.page.getByRole('button', { name: 'Report to IT' }).click();
    const saved = popup.page.getByText('Saved — it will be sent to IT when the connection is back').first();
    await saved.waitFor();
    await saved.scrollIntoViewIfNeeded();
    await popup.page.screenshot({ path: join(SHOTS, 'popup-queued.png') });
    await popup.close();

    await browser.stopWorker();
    await receiver.restart();
    // The retry alarm wakes the worker (first retry 30 s after the failure).
    await expect.poll(() => receiver.unique().filter((p) => (p.body as ReportDocument).client.webmail === 'outlook').length, { timeout: 75_000, interval: 1_000 }).toBe(1);
    const outlookPosts = receiver.posts.filter((p) => (p.body as ReportDocument).client.webmail === 'outlook');
    expect(outlookPosts).toHaveLength(1);
    expect((outlookPosts[0]!.body as ReportDocument).message.subject).toBe('Action required: invoice #4471 overdue');
    expect((outlookPosts[0]!.body as ReportDocument).message.headersNote).toContain('Outlook on the web does not let the extension read the original headers');
    // Still exactly one Gmail report from before.
    expect(receiver.unique()).toHaveLength(2);
    await page.close();
  }, 120_000);
});

describe('Report to IT through the mailbox', () => {
  let browser: Browser;

  beforeAll(async () => {
    browser = await launch({ policy: { ...PRACTICE_POLICY, reportMailbox: 'phishing@northgate-it.example' } });
    browser.serve(GMAIL, 'gmail/conversation-phish.html');
  });

  afterAll(async () => {
    await browser?.close();
  });

  it('opens a compose window to IT with the subject and a summary', async () => {
    const page = await openMail(browser, `${GMAIL}#inbox/FMfcgzQcqlBLwLspwKpJHSKfdDPZsRhN`, GMAIL_PHISH);
    const popup = await browser.popup(page);
    const [compose] = await Promise.all([browser.context.waitForEvent('page'), popup.page.getByRole('button', { name: 'Report to IT' }).click()]);
    // The new tab takes the focus, which closes the popup; opened again, it says what happened.
    await popup.close();
    const again = await browser.popup(page);
    const opened = again.page.getByText('A report email is open in a new tab').first();
    await opened.waitFor();
    await opened.scrollIntoViewIfNeeded();
    await again.page.screenshot({ path: join(SHOTS, 'popup-mailbox-opened.png') });
    await again.close();
    // There is no network here, so the tab shows an error page; its history keeps the address.
    const session = await browser.context.newCDPSession(compose);
    const addressOf = async () => {
      const { entries, currentIndex } = await session.send('Page.getNavigationHistory');
      return entries[currentIndex]?.url ?? '';
    };
    await expect.poll(addressOf).toContain('view=cm');
    const url = new URL(await addressOf());
    expect(url.origin + url.pathname).toBe('https://mail.google.com/mail/u/0/');
    expect(url.searchParams.get('view')).toBe('cm');
    expect(url.searchParams.get('to')).toBe('phishing@northgate-it.example');
    expect(url.searchParams.get('su')).toBe('Suspected phishing: Action required: your patient portal password expires today');
    expect(url.searchParams.get('body')).toContain('From: MyChart Support <support@mychart-patientportal.com>');
    await page.close();
  });
});

describe('the popup elsewhere', () => {
  let browser: Browser;

  beforeAll(async () => {
    browser = await launch({ policy: PRACTICE_POLICY });
    browser.serve('https://mail.google.com/mail/u/1/', 'gmail/single-message-genuine.html');
    browser.serve('https://mail.google.com/mail/u/2/', 'plain/gmail-inbox-empty.html');
    browser.serve('https://www.riversidefamilymed.org/', 'plain/not-webmail.html');
  });

  afterAll(async () => {
    await browser?.close();
  });

  it.each([
    ['a genuine message', 'https://mail.google.com/mail/u/1/#inbox/FMfcgzQcqlBLwLspwKpJHSKfdDPZsRhQ', 'No problems found', 'popup-safe.png'],
    ['Gmail with no message open', 'https://mail.google.com/mail/u/2/#inbox', 'No message is open. Open an email in Gmail', 'popup-no-message.png'],
    ['a page that is not webmail', 'https://www.riversidefamilymed.org/', 'Second Look checks email in Gmail and Outlook on the web', 'popup-not-webmail.png'],
  ])('says plainly what it sees on %s', async (_label, url, words, shot) => {
    const page = await browser.open(url);
    // Let the content script (where there is one) report what is open.
    await page.waitForTimeout(1_000);
    const popup = await browser.popup(page);
    await popup.page.getByText(words).first().waitFor();
    await popup.page.screenshot({ path: join(SHOTS, shot) });
    await popup.close();
    await page.close();
  });
});
