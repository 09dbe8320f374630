// IT policy the way IT delivers it: the deployment kit's Linux policy file for Chromium, placed
// in /etc/chromium/policies/managed, read by the extension (stable id from the manifest key).
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EXTENSION_ID, launch, levelOf, ROOT, type Browser } from './harness';

const CONFIG = join(ROOT, 'samples', 'it-config.json');
const config = JSON.parse(readFileSync(CONFIG, 'utf8')) as { policy: Record<string, unknown> };

let browser: Browser;
let kitDir: string;

beforeAll(async () => {
  kitDir = mkdtempSync(join(tmpdir(), 'second-look-kit-'));
  const run = spawnSync(join(ROOT, 'node_modules', '.bin', 'tsx'), ['src/cli/deploy-kit.ts', '--config', CONFIG, '--out', kitDir], { cwd: ROOT, encoding: 'utf8' });
  if (run.status !== 0) throw new Error(`deploy-kit failed: ${run.stderr}`);
  const chromiumFile = readdirSync(kitDir, { recursive: true, encoding: 'utf8' }).find((f) => /chromium/i.test(f) && f.endsWith('.json'));
  if (!chromiumFile) throw new Error(`no Chromium policy file in ${readdirSync(kitDir, { recursive: true, encoding: 'utf8' }).join(', ')}`);
  // The kit's file also force-installs the extension from the Chrome Web Store. There is no store
  // here, and a force-install entry would displace the unpacked build under test. So that one
  // entry is left out; the extension's policy (3rdparty) is fed to Chromium exactly as written.
  const file = JSON.parse(readFileSync(join(kitDir, chromiumFile), 'utf8')) as Record<string, unknown>;
  expect(Object.keys(file).sort()).toEqual(['3rdparty', 'ExtensionSettings']);
  delete file.ExtensionSettings;
  browser = await launch({ policyFile: JSON.stringify(file) });
  browser.serve('https://mail.google.com/mail/u/0/', 'gmail/spoofed-doctor.html');
  browser.serve('https://mail.google.com/mail/u/1/', 'gmail/single-message-genuine.html');
});

afterAll(async () => {
  await browser?.close();
  rmSync(kitDir, { recursive: true, force: true });
});

describe('IT policy from the deployment kit, in real Chromium', () => {
  it('reaches the extension unchanged through storage.managed', async () => {
    const managed = await browser.worker.evaluate(() => chrome.storage.managed.get());
    expect(managed).toEqual(config.policy);
  });

  it('flags an outside "Dr." sender using a protected staff name, and names IT in the banner', async () => {
    const page = await browser.open('https://mail.google.com/mail/u/0/#inbox/FMfcgzDoctor');
    const selector = '[data-message-id="#msg-f:1841000000000000003"]';
    expect(await levelOf(page, selector)).not.toBe('safe');
    expect((await page.getAttribute(selector, 'data-second-look-findings'))!.split(' ')).toContain('protected-name-outside');
    const text = await page.locator('[data-second-look-banner] section').innerText();
    expect(text).toContain('Anita Patel');
    expect(text).toContain('Questions? Contact Northgate IT Services: (555) 010-4477, helpdesk@northgate-it.example');
    await page.locator(selector).screenshot({ path: join(ROOT, 'out', 'screenshots', 'gmail-spoofed-doctor.png') });
    await page.close();
  });

  it('leaves mail from a trusted partner alone', async () => {
    const page = await browser.open('https://mail.google.com/mail/u/1/#inbox/FMfcgzQuest');
    expect(await levelOf(page, '[data-message-id="#msg-f:1841000000000000001"]')).toBe('safe');
    expect(await page.locator('[data-second-look-banner]').count()).toBe(0);
    await page.close();
  });

  it('shows IT\'s settings as locked on the options page, with the effective policy', async () => {
    const page = await browser.context.newPage();
    await page.goto(`chrome-extension://${EXTENSION_ID}/src/options/index.html`);
    await page.getByRole('heading', { level: 1 }).waitFor();
    const text = await page.locator('body').innerText();
    // sensitivity is set in the kit's policy: the control is locked.
    expect(text).toContain('Set by your IT');
    const sensitivity = page.getByRole('radio', { name: /Strict/ });
    expect(await sensitivity.isDisabled()).toBe(true);
    expect(text).toContain('riversidefamilymed.org');
    expect(text).toContain('Northgate IT Services');
    expect(text).not.toContain('No IT policy is installed');
    await page.screenshot({ path: join(ROOT, 'out', 'screenshots', 'options-locked.png'), fullPage: true });
    await page.close();
  });
});
