// Which language the content script is told to speak: the background resolves the person's
// option (options page) against the browser's UI language and sends it with every verdict.
import { describe, expect, it } from 'vitest';
import { handleMessage } from '../../src/background/handle-message';
import { resolvedLanguage } from '../../src/background/settings';
import { fakeDeps, GMAIL_TAB, phish, POPUP } from '../background/fake-deps';

function deps(ui: string | undefined) {
  const d = fakeDeps();
  if (ui !== undefined) d.uiLanguage = () => ui;
  return d;
}

async function analyzeLanguage(d: ReturnType<typeof fakeDeps>): Promise<unknown> {
  const answer = (await handleMessage({ type: 'analyze', facts: phish }, GMAIL_TAB, d)) as { ok: boolean; language?: unknown; verdict?: { findings: { messageKey?: string; params?: unknown }[] } };
  expect(answer.ok).toBe(true);
  // The findings carry what the banner needs to say them in that language.
  expect(answer.verdict!.findings.every((f) => typeof f.messageKey === 'string' && typeof f.params === 'object')).toBe(true);
  return answer.language;
}

describe('AnalyzeResult.language', () => {
  it('follows the browser when the person chose automatic (the default)', async () => {
    expect(await analyzeLanguage(deps('es-419'))).toBe('es');
    expect(await analyzeLanguage(deps('en-US'))).toBe('en');
    expect(await analyzeLanguage(deps('pt-BR'))).toBe('en');
    // No UI language known (tests, a browser without i18n): English.
    expect(await analyzeLanguage(deps(undefined))).toBe('en');
  });

  it('the person\'s choice in the options wins over the browser', async () => {
    const d = deps('en-US');
    await expect(handleMessage({ type: 'setUserOptions', options: { language: 'es' } }, POPUP, d)).resolves.toEqual({ ok: true });
    expect(await analyzeLanguage(d)).toBe('es');
    await handleMessage({ type: 'setUserOptions', options: { language: 'en' } }, POPUP, d);
    d.uiLanguage = () => 'es-MX';
    expect(await analyzeLanguage(d)).toBe('en');
  });

  it('a browser that throws when asked is English, not an error', async () => {
    const d = fakeDeps();
    d.uiLanguage = () => {
      throw new Error('no i18n');
    };
    await expect(resolvedLanguage(d)).resolves.toBe('en');
  });
});
