// Outlook on the web fixtures served at the real Outlook hosts with the built extension loaded.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launch, levelOf, PRACTICE_POLICY, ROOT, type Browser } from './harness';

const SHOTS = join(ROOT, 'out', 'screenshots');
const PHISH_URL = 'https://outlook.office.com/mail/inbox/id/AAQkADAwATM0MDAAMS1hZDdjLTQ2ZjYtMDACLTAwCgAQAF%2Bc3Vbv9Ua2vTz0xXbVe9o%3D';
const GENUINE_URL = 'https://outlook.office365.com/mail/inbox/id/AAQkAGNorthwind01';
const CALENDAR_URL = 'https://outlook.cloud.microsoft/calendar/view/week';
/** The expanded message's container: the element holding its From header. */
const PHISH = '[data-second-look-level]:has(#MSG_AAkALgAAAAAA_FROM)';

let browser: Browser;

beforeAll(async () => {
  mkdirSync(SHOTS, { recursive: true });
  browser = await launch({ policy: PRACTICE_POLICY });
  browser.serve(PHISH_URL, 'outlook/reading-pane-conversation.html');
  browser.serve(GENUINE_URL, 'outlook/external-sender-safelinks.html');
  browser.serve(CALENDAR_URL, 'outlook/reading-pane-conversation.html');
});

afterAll(async () => {
  await browser?.close();
});

describe('Outlook on the web in real Chromium', () => {
  it('shows the danger banner above the open message, and guards its Safe Links link', async () => {
    const page = await browser.open(PHISH_URL);
    const level = await page.waitForSelector(PHISH, { timeout: 10_000 }).then((el) => el.getAttribute('data-second-look-level'));
    expect(level).toBe('danger');
    const findings = (await page.getAttribute(PHISH, 'data-second-look-findings'))!.split(' ');
    expect(findings).toEqual(expect.arrayContaining(['link-text-mismatch', 'wording-urgency']));
    // Only the expanded message is judged: one marked container, one banner.
    expect(await page.locator('[data-second-look-level]').count()).toBe(1);
    expect(await page.locator('[data-second-look-banner]').count()).toBe(1);
    expect(await page.evaluate(() => document.querySelector('[data-second-look-banner]')!.nextElementSibling!.id)).toBe('UniqueMessageBody_2');
    const text = await page.locator('[data-second-look-banner] section').innerText();
    expect(text).toContain('Warning: this email may be a scam');
    expect(text).toContain('Northgate IT');
    await page.locator(PHISH).screenshot({ path: join(SHOTS, 'outlook-danger.png') });

    // The Safe Links-wrapped link: hovering names the real destination, clicking asks first.
    const risky = page.locator('a[data-second-look-risky][data-linkindex="1"]');
    expect(await risky.getAttribute('title')).toBe('Really goes to: https://contoso-payments-secure.net/login?inv=4471');
    await risky.click();
    const dialog = page.locator('[data-second-look-dialog] [role="alertdialog"]');
    expect(await dialog.innerText()).toContain('contoso-payments-secure.net');
    await page.keyboard.press('Escape');
    await expect.poll(() => page.locator('[data-second-look-dialog]').count()).toBe(0);
    await page.close();
  });

  it('shows nothing on a genuine message from an outside lab', async () => {
    const page = await browser.open(GENUINE_URL);
    expect(await levelOf(page, '[data-second-look-level]')).toBe('safe');
    expect(await page.locator('[data-second-look-banner]').count()).toBe(0);
    await page.close();
  });

  it('judges again when Outlook reuses the same elements for the next message (pushState, no reload)', async () => {
    const page = await browser.open(PHISH_URL);
    await page.waitForSelector(PHISH, { timeout: 10_000 });
    await page.evaluate(() => {
      history.pushState({}, '', '/mail/inbox/id/AAQkAGInternal02');
      const from = document.querySelector('#MSG_AAkALgAAAAAA_FROM')!;
      from.id = 'MSG_AAkInternal02_FROM';
      from.innerHTML = '<span aria-label="From: Linda Chen" role="button" class="lpc-hoverTarget"><span>Linda Chen</span></span>';
      document.querySelector('[aria-label="Attachments"]')?.remove();
      document.querySelector('[data-fixture="owa-native-warning"]')?.remove();
      document.querySelector('#UniqueMessageBody_2')!.innerHTML = '<div><p>Hi all, the staff meeting moves to 1 PM today in the break room.</p><p>Linda</p></div>';
    });
    await expect.poll(() => page.locator('[data-second-look-level="safe"]').count(), { timeout: 10_000 }).toBe(1);
    expect(await page.locator('[data-second-look-banner]').count()).toBe(0);
    await page.close();
  });

  it('stays out of the calendar, on the same host', async () => {
    const page = await browser.open(CALENDAR_URL);
    await page.waitForTimeout(1_000);
    expect(await page.locator('[data-second-look-level]').count()).toBe(0);
    await page.close();
  });
});
