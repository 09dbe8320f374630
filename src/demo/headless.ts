// npm run demo -- --headless: the demo without a window, for machines without a display and CI.
// Opens every message in both replica webmails the way a person does (a click on its row), waits
// for the extension's verdict on the page, prints a table and checks it against
// samples/expected.json, reports one phishing message through the real toolbar popup to the
// loopback receiver, and saves screenshots to docs/screenshots/demo/.
import { mkdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { Locator, Page } from 'playwright-core';
import type { DemoBrowser } from './browser';
import { GMAIL_INBOX, gmailUrl, OUTLOOK_INBOX, ROOT, type DemoMessage } from './mailbox';
import type { Receiver } from './receiver';

export const SHOTS = join(ROOT, 'docs', 'screenshots', 'demo');

type Webmail = 'gmail' | 'outlook';

interface Row {
  webmail: Webmail;
  message: DemoMessage;
  shown: string;
  reason: string;
}

/** Which messages the screenshots show (a caution shot: the first message that gets one). */
const SHOT_OF: Record<Webmail, { danger: string; safe: string }> = {
  gmail: { danger: '03-payroll-direct-deposit.eml', safe: '09-quest-lab-results.eml' },
  outlook: { danger: '05-m365-password-expiry.eml', safe: '13-staff-meeting-agenda.eml' },
};
/** The message reported through the popup. */
const REPORTED = '01-patient-portal-login.eml';

const WAIT = 15_000;

/** The opened message's container, once the extension has marked it. */
function markedContainer(page: Page, webmail: Webmail, m: DemoMessage): Locator {
  return webmail === 'gmail'
    ? page.locator(`[data-message-id="#${m.gmail.messageId}"][data-second-look-level]`)
    : page.locator('[data-second-look-level]').filter({ has: page.locator(`[id="MSG_${m.outlook.key}_FROM"]`) });
}

async function verdictOn(container: Locator): Promise<{ shown: string; reason: string }> {
  await container.waitFor({ state: 'attached', timeout: WAIT });
  const shown = (await container.getAttribute('data-second-look-level')) ?? '';
  if (shown === 'safe') {
    const banners = await container.locator('[data-second-look-banner]').count();
    return { shown: banners > 0 ? 'safe (with a banner!)' : 'safe', reason: '' };
  }
  const first = container.locator('[data-second-look-banner] .reasons li').first();
  await first.waitFor({ timeout: WAIT });
  return { shown, reason: (await first.innerText()).trim() };
}

async function open(webmail: Webmail, page: Page, m: DemoMessage): Promise<void> {
  if (webmail === 'gmail') {
    // Back to the inbox list first, as a person would.
    if (!(await page.locator('tr[data-thread]').first().isVisible())) await page.locator('[data-back]').click();
    await page.locator(`tr[data-thread="${m.gmail.threadId}"]`).click();
  } else {
    await page.locator(`[data-convid="${m.outlook.itemId}"]`).click();
  }
}

/** Visit every message in one webmail; screenshot the chosen ones as they are shown. */
async function visitAll(browser: DemoBrowser, receiver: Receiver, webmail: Webmail, messages: readonly DemoMessage[], shots: string[]): Promise<Row[]> {
  const page = await browser.context.newPage();
  const inbox = async () => {
    await page.goto(webmail === 'gmail' ? GMAIL_INBOX : OUTLOOK_INBOX);
    await page.locator(webmail === 'gmail' ? 'tr[data-thread]' : '[data-convid]').first().waitFor();
  };
  await inbox();
  const rows: Row[] = [];
  let caution = false;
  for (const m of messages) {
    let seen = { shown: '(no verdict)', reason: '' };
    for (let attempt = 1; attempt <= 3; attempt++) {
      if ((await ownPolicy(browser)) === 'other') throw new Error(OVERRIDDEN);
      try {
        await open(webmail, page, m);
        seen = await verdictOn(markedContainer(page, webmail, m));
      } catch (error) {
        seen = { shown: '(no verdict)', reason: `error: ${(error as Error).message.split('\n')[0]}` };
      }
      // Judged under another policy file (a browser test started meanwhile)? Open it again.
      if ((await browser.policyState()) === 'ours') break;
      process.stdout.write(`  The policy changed while ${m.file} was judged; opening it again.\n`);
      await inbox();
    }
    const shot =
      m.file === SHOT_OF[webmail].danger ? `${webmail}-danger.png` : m.file === SHOT_OF[webmail].safe ? `${webmail}-genuine.png` : !caution && seen.shown === 'caution' ? `${webmail}-caution.png` : null;
    if (seen.shown === 'caution') caution = true;
    if (shot && !seen.reason.startsWith('error')) {
      // Let the banner settle (it is drawn in a shadow root just after the mark).
      await page.waitForTimeout(300);
      await page.screenshot({ path: join(SHOTS, shot) });
      shots.push(shot);
    }
    rows.push({ webmail, message: m, ...seen });
  }
  await page.close();
  return rows;
}

/** Report one phishing message through the real toolbar popup; the receiver must get it. */
async function reportOne(browser: DemoBrowser, receiver: Receiver, m: DemoMessage, shots: string[]): Promise<string | null> {
  const page = await browser.context.newPage();
  await page.goto(gmailUrl(m));
  await markedContainer(page, 'gmail', m).waitFor({ state: 'attached', timeout: WAIT });
  const before = receiver.reports.length;
  const popup = await browser.popup(page);
  try {
    await popup.page.getByText('Looks like a scam').first().waitFor({ timeout: WAIT });
    await popup.page.screenshot({ path: join(SHOTS, 'popup-danger.png') });
    shots.push('popup-danger.png');
    await popup.page.getByRole('button', { name: 'Report to IT' }).click();
    const thanks = popup.page.getByText('Reported to IT — thank you').first();
    await thanks.waitFor({ timeout: WAIT }).catch(async (error: Error) => {
      // Say what the popup shows instead (queued, failed, another message…).
      const text = await popup.page.locator('body').innerText().catch(() => '');
      throw new Error(`${error.message.split('\n')[0]}; the popup says: ${text.replace(/\s+/g, ' ').slice(0, 400)}`);
    });
    await thanks.scrollIntoViewIfNeeded();
    await popup.page.screenshot({ path: join(SHOTS, 'popup-reported.png') });
    shots.push('popup-reported.png');
  } finally {
    await popup.close();
  }
  const deadline = Date.now() + WAIT;
  while (receiver.reports.length === before && Date.now() < deadline) await new Promise((r) => setTimeout(r, 100));
  // The banner in the page thanks the person too.
  await page.locator('[data-second-look-banner] .reported').first().waitFor({ timeout: WAIT }).catch(() => undefined);
  await page.close();
  const doc = receiver.reports[before];
  if (!doc) return 'the receiver got no report';
  if (doc.message.subject !== m.subject || doc.message.from.address !== m.from.address) return `the receiver got a report for another message ("${doc.message.subject}")`;
  return null;
}

/**
 * Wait until the extension sees the demo's own policy: a browser test starting now
 * (second-look-e2e.json) overrides it for a while. Returns 'ours' at once, 'waited' after a wait,
 * 'other' when it never came back.
 */
async function ownPolicy(browser: DemoBrowser, timeoutMs = 90_000): Promise<'ours' | 'waited' | 'other'> {
  const deadline = Date.now() + timeoutMs;
  let waited = false;
  for (;;) {
    const state = await browser.policyState();
    if (state === 'ours') return waited ? 'waited' : 'ours';
    if (Date.now() > deadline) return 'other';
    // 'none': Chromium has not loaded the policy yet; that is not worth a word.
    if (state === 'other' && !waited) {
      process.stdout.write("Waiting: another Second Look policy file overrides the demo's (is a browser test running?)…\n");
      waited = true;
    }
    await new Promise((r) => setTimeout(r, 1_000));
  }
}

const OVERRIDDEN =
  "The extension does not see the demo's policy: another Second Look policy file in /etc/chromium/policies/managed overrides it (a browser test running now?), or Chromium did not load it. Try again when that file is gone.";

function table(rows: readonly Row[]): string {
  const head = ['Webmail', 'Message', 'Expected', 'Shown', 'Top reason'];
  const cells = rows.map((r) => [r.webmail === 'gmail' ? 'Gmail' : 'Outlook', r.message.file.replace(/\.eml$/, ''), r.message.expected ?? '?', r.shown, r.reason || '—']);
  const widths = head.slice(0, 4).map((h, i) => Math.max(h.length, ...cells.map((c) => c[i]!.length)));
  const line = (c: string[]) => c.map((v, i) => (i < 4 ? v.padEnd(widths[i]!) : v)).join('  ');
  return [line(head), line(head.map((h, i) => '-'.repeat(i < 4 ? widths[i]! : h.length))), ...cells.map(line)].join('\n');
}

/** The whole headless run; returns the exit status (0 all as expected, 1 otherwise). */
export async function runHeadless(browser: DemoBrowser, receiver: Receiver, messages: readonly DemoMessage[]): Promise<number> {
  mkdirSync(SHOTS, { recursive: true });
  if ((await ownPolicy(browser)) === 'other') {
    process.stderr.write(`${OVERRIDDEN}\n`);
    return 1;
  }
  const shots: string[] = [];
  const rows: Row[] = [];
  for (const webmail of ['gmail', 'outlook'] as const) {
    process.stdout.write(`Opening each message in the replica ${webmail === 'gmail' ? 'Gmail' : 'Outlook'}…\n`);
    rows.push(...(await visitAll(browser, receiver, webmail, messages, shots)));
  }
  // Visited newest first, as the inbox lists them; shown in the samples' order.
  const byFile = (a: Row, b: Row) => (a.webmail === b.webmail ? a.message.file.localeCompare(b.message.file) : a.webmail === 'gmail' ? -1 : 1);
  process.stdout.write(`\n${table([...rows].sort(byFile))}\n\n`);

  const mismatches = rows.filter((r) => r.shown !== r.message.expected);
  // The report goes where the policy says: make sure it is the demo's.
  if ((await ownPolicy(browser)) === 'other') {
    process.stderr.write(`${OVERRIDDEN}\n`);
    return 1;
  }
  const reported = messages.find((m) => m.file === REPORTED) ?? messages.find((m) => m.expected === 'danger');
  let reportProblem: string | null = 'no phishing message to report';
  if (reported) {
    process.stdout.write(`Reporting "${reported.subject}" from the toolbar popup in Gmail…\n`);
    reportProblem = await reportOne(browser, receiver, reported, shots).catch((error: Error) => error.message.split('\n')[0] ?? 'failed');
  }

  const dir = relative(process.cwd(), SHOTS) || SHOTS;
  process.stdout.write(`\nScreenshots in ${dir}/: ${shots.join(', ')}\n`);
  if (!rows.some((r) => r.shown === 'caution')) process.stdout.write('No message got a caution (yellow) banner here, so there is no caution screenshot.\n');
  for (const r of mismatches) {
    process.stderr.write(`MISMATCH ${r.webmail} ${r.message.file}: expected ${r.message.expected ?? '?'}, shown ${r.shown}${r.reason.startsWith('error') ? ` (${r.reason})` : ''}\n`);
  }
  if (reportProblem) process.stderr.write(`REPORT FAILED: ${reportProblem}\n`);
  const ok = mismatches.length === 0 && !reportProblem;
  process.stdout.write(
    ok
      ? `All ${rows.length} verdicts as samples/expected.json says (${messages.length} messages in Gmail and in Outlook); the report reached the receiver.\n`
      : `${mismatches.length} of ${rows.length} verdicts differ from samples/expected.json${reportProblem ? '; the report check failed' : ''}.\n`,
  );
  return ok ? 0 : 1;
}
