// Gmail fixtures served at https://mail.google.com with the built extension loaded.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launch, levelOf, PRACTICE_POLICY, ROOT, type Browser } from './harness';

const SHOTS = join(ROOT, 'out', 'screenshots');
const INBOX = 'https://mail.google.com/mail/u/0/';
const PHISH = '[data-message-id="#msg-f:1840959905192440240"]';
const GENUINE = '[data-message-id="#msg-f:1841000000000000001"]';

let browser: Browser;



beforeAll(async () => {
  mkdirSync(SHOTS, { recursive: true });
  browser = await launch({ policy: PRACTICE_POLICY });
  browser.serve(INBOX, 'gmail/conversation-phish.html');
  browser.serve('https://mail.google.com/mail/u/1/', 'gmail/single-message-genuine.html');
});

afterAll(async () => {
  await browser?.close();
});

/** The shadow-root text of the banner (Playwright's CSS engine pierces open shadow roots). */
const bannerText = (page: Page) => page.locator('[data-second-look-banner] section').innerText();

describe('Gmail in real Chromium', () => {
  it('shows the danger banner with the right reasons above a phishing message', async () => {
    const page = await browser.open(`${INBOX}#inbox/FMfcgzQcqlBLwLspwKpJHSKfdDPZsRhN`);
    expect(await levelOf(page, PHISH)).toBe('danger');
    const findings = (await page.getAttribute(PHISH, 'data-second-look-findings'))!.split(' ');
    // The link shows the practice's own address but goes elsewhere; the file is a web page.
    expect(findings).toEqual(expect.arrayContaining(['link-text-mismatch', 'attachment-html']));
    const banner = page.locator('[data-second-look-banner]');
    await expect.poll(() => banner.getAttribute('data-second-look-banner')).toBe('danger');
    const text = await bannerText(page);
    expect(text).toContain('Warning: this email may be a scam');
    expect(text).toContain('What to do');
    // The IT contact comes from the managed policy.
    expect(text).toContain('Questions? Contact Northgate IT: (555) 010-4477, helpdesk@northgate-it.example');
    expect(await page.locator('[data-second-look-banner] [role="alert"]').count()).toBe(1);
    // Above this message's body, not elsewhere.
    expect(await page.evaluate(() => document.querySelector('[data-second-look-banner]')!.nextElementSibling!.classList.contains('a3s'))).toBe(true);
    await page.locator(PHISH).screenshot({ path: join(SHOTS, 'gmail-danger.png') });
    await page.close();
  });

  it('stays readable at 200% zoom and works from the keyboard', async () => {
    const page = await browser.context.newPage();
    // 200% zoom of a 1280-pixel window: a 640-pixel-wide layout drawn at twice the scale.
    await page.setViewportSize({ width: 640, height: 900 });
    const cdp = await browser.context.newCDPSession(page);
    await cdp.send('Emulation.setDeviceMetricsOverride', { width: 640, height: 900, deviceScaleFactor: 2, mobile: false });
    await page.goto(`${INBOX}#inbox/FMfcgzQcqlBLwLspwKpJHSKfdDPZsRhN`);
    await levelOf(page, PHISH);
    const section = page.locator('[data-second-look-banner] section');
    await section.waitFor();
    const fits = await section.evaluate((el) => el.scrollWidth <= el.clientWidth + 1 && el.getBoundingClientRect().right <= window.innerWidth);
    expect(fits).toBe(true);
    await section.screenshot({ path: join(SHOTS, 'gmail-danger-200pct.png') });

    // Keyboard: the banner takes focus, Tab reaches "more reasons", Enter opens them.
    await section.focus();
    await page.keyboard.press('Tab');
    const summary = page.locator('[data-second-look-banner] summary');
    expect(await summary.evaluate((el) => (el.getRootNode() as ShadowRoot).activeElement === el)).toBe(true);
    await page.keyboard.press('Enter');
    expect(await page.locator('[data-second-look-banner] details').evaluate((el) => (el as HTMLDetailsElement).open)).toBe(true);
    await page.close();
  });

  it('shows nothing on a genuine message', async () => {
    const page = await browser.open('https://mail.google.com/mail/u/1/#inbox/FMfcgzQcqlBLwLspwKpJHSKfdDPZsRhQ');
    expect(await levelOf(page, GENUINE)).toBe('safe');
    expect(await page.locator('[data-second-look-banner]').count()).toBe(0);
    // The integration-health record counts what was read, with field names only.
    const health = await browser.worker.evaluate(async () => (await chrome.storage.local.get('integrationHealth')).integrationHealth as { gmail?: { analyzed: number; missing: object } });
    expect(health.gmail!.analyzed).toBeGreaterThanOrEqual(1);
    expect(JSON.stringify(health)).not.toContain('Quest');
    await page.close();
  });

  it('intercepts a click on a flagged link, and lets a normal link through', async () => {
    const page = await browser.open(`${INBOX}#inbox/FMfcgzQcqlBLwLspwKpJHSKfdDPZsRhN`);
    await levelOf(page, PHISH);
    const risky = page.locator('a[data-second-look-risky]');
    await expect.poll(() => risky.count()).toBe(1);
    expect(await risky.getAttribute('title')).toBe('Really goes to: https://mychart-patientportal.com/login?u=frontdesk');
    const popups: string[] = [];
    page.context().on('page', (p) => popups.push(p.url()));
    await risky.click();
    const dialog = page.locator('[data-second-look-dialog] [role="alertdialog"]');
    await dialog.waitFor();
    expect(await dialog.innerText()).toContain('mychart-patientportal.com');
    // "Go back" has the focus: pressing Enter goes back.
    await page.screenshot({ path: join(SHOTS, 'gmail-link-guard.png') });
    await page.keyboard.press('Enter');
    await expect.poll(() => page.locator('[data-second-look-dialog]').count()).toBe(0);
    expect(popups).toEqual([]);
    expect(page.url()).toContain('#inbox/');

    // A link the engine did not flag works as usual (here it opens the quoted page in a new tab).
    const normal = page.locator('a[href="https://riversidefamilymed.org/it/passwords"]');
    expect(await normal.getAttribute('data-second-look-risky')).toBeNull();
    const [tab] = await Promise.all([page.context().waitForEvent('page'), normal.click()]);
    // The harness aborts every request that is not a fixture, so the tab shows an error page;
    // what matters is that the browser set off for the link's address.
    const request = await tab.waitForEvent('requestfailed').catch(() => null);
    expect(request?.url() ?? browser.blocked.at(-1)).toBe('https://riversidefamilymed.org/it/passwords');
    await tab.close();
    await page.close();
  });

  it('updates when the person opens another conversation in the same page', async () => {
    const page = await browser.open(`${INBOX}#inbox/FMfcgzQcqlBLwLspwKpJHSKfdDPZsRhN`);
    expect(await levelOf(page, PHISH)).toBe('danger');
    // What Gmail does: new hash, the old thread view replaced by the next one.
    await page.evaluate(() => {
      location.hash = '#inbox/FMfcgzQcqlBLwLspwKpJHSKfdDPZsRhQ';
      const main = document.querySelector('[role="main"]')!;
      main.innerHTML = '';
      const thread = document.createElement('div');
      thread.className = 'nH g id';
      thread.innerHTML = `<div class="nH a98 iY"><div class="nH"><div class="ha"><h2 class="hP">Staff meeting moved to 1 PM</h2></div></div>
        <div class="nH" role="list"><div class="h7" role="listitem" aria-expanded="true"><div class="adn ads" data-message-id="#msg-f:42" data-legacy-message-id="2a">
        <div class="gs"><div class="gE iv gt"><table class="cf gJ"><tbody><tr class="acZ"><td class="gF gK"><h3 class="iw"><span email="linda.chen@riversidefamilymed.org" name="Linda Chen" class="gD">Linda Chen</span></h3></td>
        <td class="gH bAk"><span class="g3" title="Fri, Nov 27, 2026, 11:02 AM">11:02 AM</span></td></tr></tbody></table></div>
        <div class="ii gt"><div class="a3s aiL">Hi all, the staff meeting moves to 1 PM today in the break room. Linda</div></div></div></div></div></div></div>`;
      main.append(thread);
    });
    expect(await levelOf(page, '[data-message-id="#msg-f:42"]')).toBe('safe');
    expect(await page.locator('[data-second-look-banner]').count()).toBe(0);
    await page.close();
  });
});
