// npm run demo with a window: the replica Gmail and Outlook open in two tabs, a short guide in
// the terminal, and the demo runs until the browser window is closed (or Ctrl-C in run.ts).
import type { DemoBrowser } from './browser';
import { GMAIL_INBOX, OUTLOOK_INBOX, type DemoMessage } from './mailbox';

export function hasDisplay(env: NodeJS.ProcessEnv = process.env): boolean {
  return Boolean(env.DISPLAY || env.WAYLAND_DISPLAY);
}

export const NO_DISPLAY = [
  'There is no display here (DISPLAY and WAYLAND_DISPLAY are not set), so the demo cannot open a window.',
  'Run it without a window instead; it opens every sample message, prints what Second Look shows and saves screenshots:',
  '',
  '  npm run demo -- --headless',
  '',
  'Or see the verdicts as a table, without a browser:  npm run demo:table',
].join('\n');

function guide(messages: readonly DemoMessage[], policy: Record<string, unknown>, receiverUrl: string): string {
  const subject = (file: string) => {
    const m = messages.find((x) => x.file === file);
    return m ? `"${m.subject}" from ${m.from.name || m.from.address}` : file;
  };
  const support = policy.supportContact as { name?: string; phone?: string; email?: string } | undefined;
  const domains = (policy.organizationDomains as string[] | undefined)?.join(', ') ?? '';
  return [
    '',
    'Second Look demo: Chromium is open with the extension and the sample mailbox of Riverside Family Medicine.',
    `  Tab 1: Gmail (replica)   ${GMAIL_INBOX}`,
    `  Tab 2: Outlook (replica) ${OUTLOOK_INBOX}`,
    '',
    'Things to try:',
    `  1. In Gmail, open ${subject('03-payroll-direct-deposit.eml')}: a red warning above the message says why, in plain words.`,
    `  2. Open ${subject('09-quest-lab-results.eml')}: genuine mail, no warning.`,
    `  3. With a warning on screen, click the Second Look button in the toolbar (pinned; else under the puzzle-piece icon),`,
    '     then "Report to IT". The report arrives below in this terminal.',
    `  4. In ${subject('05-m365-password-expiry.eml')}, click the sign-in link: Second Look asks before it opens.`,
    '  5. Do the same in the Outlook tab. Links and attachments never go to the internet in this demo.',
    '',
    `Practice policy (managed, as IT installs it): ${domains}; IT contact ${[support?.name, support?.phone, support?.email].filter(Boolean).join(', ')}.`,
    `Reports go to the demo's receiver at ${receiverUrl}.`,
    'Close the browser window or press Ctrl-C to stop.',
    '',
  ].join('\n');
}

export async function runWindow(browser: DemoBrowser, messages: readonly DemoMessage[], policy: Record<string, unknown>, receiverUrl: string): Promise<void> {
  const closed = new Promise<void>((resolve) => browser.context.once('close', () => resolve()));
  const gmail = browser.context.pages()[0] ?? (await browser.context.newPage());
  await gmail.goto(GMAIL_INBOX);
  const outlook = await browser.context.newPage();
  await outlook.goto(OUTLOOK_INBOX);
  await gmail.bringToFront();
  process.stdout.write(guide(messages, policy, receiverUrl));
  // Chromium merges every policy file in the folder: a browser test starting meanwhile overrides
  // the demo's policy (other IT contact, reports elsewhere). Say so while it lasts.
  let ours = true;
  const watch = setInterval(() => {
    browser
      .policyState()
      .then((state) => {
        if (state === 'none') return; // not loaded yet
        const now = state === 'ours';
        if (now === ours) return;
        ours = now;
        process.stdout.write(
          now
            ? "The demo's policy is back.\n"
            : "Note: another Second Look policy file (a browser test?) is overriding the demo's policy now, so warnings and reports may differ until it is gone.\n",
        );
      })
      .catch(() => undefined);
  }, 3_000);
  await closed;
  clearInterval(watch);
}
