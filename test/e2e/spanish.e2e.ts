// Languages (issue 6) in real Chromium: Spanish chosen in the options turns the banner, the link
// check and the popup Spanish in an English browser; "automatic" follows the browser again.
// (The browser's own UI language cannot be switched from the command line on Linux, so "auto"
// with a Spanish browser is covered by test/i18n/language-choice.test.ts.)
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launch, levelOf, PRACTICE_POLICY, type Browser } from './harness';

const INBOX = 'https://mail.google.com/mail/u/0/';
const PHISH = '[data-message-id="#msg-f:1840959905192440240"]';
const CONVERSATION = `${INBOX}#inbox/FMfcgzQcqlBLwLspwKpJHSKfdDPZsRhN`;

let browser: Browser;

beforeAll(async () => {
  browser = await launch({ policy: PRACTICE_POLICY });
  browser.serve(INBOX, 'gmail/conversation-phish.html');
});

afterAll(async () => {
  await browser?.close();
});

const bannerText = (page: Page) => page.locator('[data-second-look-banner] section').innerText();
const setLanguage = (language: string) =>
  browser.worker.evaluate(async (language) => {
    await chrome.storage.local.set({ userOptions: { trustedDomains: [], sensitivity: null, showSafeIndicator: null, language } });
  }, language);

describe('Spanish in real Chromium', () => {
  it('the banner, the link check and the popup speak Spanish when the person chose it', async () => {
    expect(await browser.worker.evaluate(() => chrome.i18n.getUILanguage())).toMatch(/^en/);
    await setLanguage('es');
    const page = await browser.open(CONVERSATION);
    expect(await levelOf(page, PHISH)).toBe('danger');
    const text = await bannerText(page);
    expect(text).toContain('Advertencia: este correo puede ser una estafa');
    expect(text).toContain('Qué hacer');
    expect(text).toContain('¿Preguntas? Comuníquese con Northgate IT');
    expect(text).not.toContain('What to do');
    const risky = page.locator('[data-second-look-risky]').first();
    expect(await risky.getAttribute('title')).toMatch(/^En realidad lleva a: https:\/\//);

    const popup = await browser.popup(page);
    await expect.poll(() => popup.page.locator('body').innerText(), { timeout: 10_000 }).toContain('Parece una estafa');
    expect(await popup.page.locator('body').innerText()).toContain('Su contacto de TI');
    expect(await popup.page.evaluate(() => document.documentElement.lang)).toBe('es');
    await popup.close();
    await page.close();
  });

  it('"automatic" follows the (English) browser again', async () => {
    await setLanguage('auto');
    const page = await browser.open(CONVERSATION);
    await levelOf(page, PHISH);
    await expect.poll(() => bannerText(page)).toContain('Warning: this email may be a scam');
    await page.close();
  });
});
