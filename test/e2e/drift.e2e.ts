// Markup drift in real Chromium with the built extension: Gmail and Outlook fixtures with the
// selectors of one family broken on purpose (attributes and classes renamed), served at the real
// webmail addresses. No banner, no error in the page, and the integration-health record in
// chrome.storage.local names the fields that stopped matching.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { IntegrationHealth } from '../../src/background/health';
import { FIXTURES, launch, PRACTICE_POLICY, type Browser } from './harness';

let browser: Browser;

/** Serve a fixture with some of its markup renamed (routes added later take precedence). */
async function serveDrifted(url: string, fixture: string, renames: [RegExp, string][]): Promise<void> {
  let html = readFileSync(join(FIXTURES, fixture), 'utf8');
  for (const [from, to] of renames) {
    const before = html;
    html = html.replace(from, to);
    if (html === before) throw new Error(`${fixture}: nothing to rename for ${String(from)}`);
  }
  await browser.context.route(url.split('#')[0]!, (route) => route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: html }));
}

const health = () => browser.worker.evaluate(async () => ((await chrome.storage.local.get('integrationHealth')).integrationHealth ?? {}) as IntegrationHealth);

/** Open a page, collect its errors, and wait until the health record satisfies `done`. */
async function openAndWait(url: string, done: (h: IntegrationHealth) => boolean): Promise<{ page: Page; errors: string[] }> {
  const page = await browser.context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto(url);
  await expect.poll(async () => done(await health()), { timeout: 30_000, interval: 500 }).toBe(true);
  return { page, errors };
}

beforeAll(async () => {
  browser = await launch({ policy: PRACTICE_POLICY });
  // Gmail: the message container's data-message-id and its classes renamed.
  await serveDrifted('https://mail.google.com/mail/u/2/', 'gmail/spoofed-doctor.html', [[/data-message-id=/g, 'data-msg='], [/class="adn ads"/g, 'class="adx ads"']]);
  // Gmail: the sender span's class and address attribute renamed (a danger sample when read whole).
  await serveDrifted('https://mail.google.com/mail/u/3/', 'gmail/spoofed-doctor.html', [[/class="gD"/g, 'class="gX"'], [/email="dr\.anita/g, 'data-mail="dr.anita']]);
  // Outlook: the body's id, label and class renamed.
  await serveDrifted('https://outlook.office.com/mail/inbox/id/AAQkAGViaBehalf0004%3D', 'outlook/via-on-behalf.html', [[/id="UniqueMessageBody_/g, 'id="MessageBodyX_'], [/aria-label="Message body"/g, 'data-label="Message body"'], [/allowTextSelection/g, 'selectable']]);
  // Outlook: the subject's ids and heading role renamed.
  await serveDrifted('https://outlook.office.com/mail/inbox/id/AAQkAGInternalRota0002%3D', 'outlook/internal-sender-name-only.html', [[/_SUBJECT"/g, '_SUBJ_X"'], [/role="heading"/g, 'data-role="heading"']]);
});

afterAll(async () => {
  await browser?.close();
});

const banners = (page: Page) => page.locator('[data-second-look-banner]').count();

describe('markup drift in real Chromium', () => {
  it('Gmail, message container renamed: nothing shown, health names the message', async () => {
    const { page, errors } = await openAndWait('https://mail.google.com/mail/u/2/#inbox/FMfcgzQcqlBLwLspwKpJHSKfdDPZsRhN', (h) => (h.gmail?.missing.message?.count ?? 0) > 0);
    expect(await banners(page)).toBe(0);
    expect(await page.locator('[data-second-look-level]').count()).toBe(0);
    expect(errors).toEqual([]);
    expect((await health()).gmail!.analyzed).toBe(0);
    await page.close();
  });

  it('Gmail, sender renamed on a spoofed-doctor sample: no warning from a guessed sender, health names it', async () => {
    const { page, errors } = await openAndWait('https://mail.google.com/mail/u/3/#inbox/FMfcgzQcqlBLwLspwKpJHSKfdDPZsRhQ', (h) => (h.gmail?.missing.from?.count ?? 0) > 0);
    expect(await page.locator('[data-message-id="#msg-f:1841000000000000003"]').getAttribute('data-second-look-level')).toBe('safe');
    expect(await banners(page)).toBe(0);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('Outlook, body renamed: nothing shown, health names the body', async () => {
    const { page, errors } = await openAndWait('https://outlook.office.com/mail/inbox/id/AAQkAGViaBehalf0004%3D', (h) => (h.outlook?.missing.body?.count ?? 0) > 0);
    expect(await banners(page)).toBe(0);
    expect(errors).toEqual([]);
    expect((await health()).outlook!.analyzed).toBe(0);
    await page.close();
  });

  it('Outlook, subject renamed: read without it, health names the subject, never any content', async () => {
    const { page, errors } = await openAndWait('https://outlook.office.com/mail/inbox/id/AAQkAGInternalRota0002%3D', (h) => (h.outlook?.missing.subject?.count ?? 0) > 0);
    expect(await banners(page)).toBe(0);
    expect(errors).toEqual([]);
    const record = await health();
    expect(record.outlook!.analyzed).toBe(1);
    // The body drift of the page before, and now the subject.
    expect(Object.keys(record.outlook!.missing)).toEqual(expect.arrayContaining(['body', 'subject']));
    // Field names, counts and times only.
    expect(JSON.stringify(record)).not.toMatch(/anita|Maria|rota|valleyclinic/i);
    await page.close();
  });
});
