// npm run demo [-- --headless]: builds the extension, then opens Chromium with it on a replica
// Gmail and Outlook holding the sample mailbox (samples/mail), with the sample practice policy
// installed as managed policy and a loopback webhook receiver that prints each report.
// With --headless: no window; every message is opened and checked, screenshots are saved.
// The table demo without a browser is `npm run demo:table` (src/cli/demo.ts).
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { build } from 'vite';
import { CHROMIUM, installPolicy, launchDemoBrowser, otherPolicyFiles, POLICY_FILE, removePolicy, type DemoBrowser } from './browser';
import { runHeadless } from './headless';
import { buildPages, loadMailbox, ROOT, SAMPLES } from './mailbox';
import { describeReport, startReceiver, type Receiver } from './receiver';
import { hasDisplay, NO_DISPLAY, runWindow } from './window';

const USAGE = `Usage: npm run demo [-- --headless]

  (no option)   open Chromium with a window on the sample mailbox (needs a display)
  --headless    no window: open every message, print the verdicts, check them against
                samples/expected.json, report one through the popup, save screenshots
                to docs/screenshots/demo/ (exit status 1 when a verdict differs)

Both need Debian's chromium (CHROMIUM_PATH overrides ${CHROMIUM}) and root, to install the
practice's policy as ${POLICY_FILE}. Without a browser: npm run demo:table`;

async function main(argv: string[]): Promise<number> {
  if (argv.includes('--help') || argv.includes('-h')) {
    process.stdout.write(`${USAGE}\n`);
    return 0;
  }
  const unknown = argv.filter((a) => a !== '--headless');
  if (unknown.length > 0) {
    process.stderr.write(`Unknown argument: ${unknown.join(' ')}\n\n${USAGE}\n`);
    return 2;
  }
  const headless = argv.includes('--headless');
  if (!headless && !hasDisplay()) {
    process.stderr.write(`${NO_DISPLAY}\n`);
    return 1;
  }
  if (!existsSync(CHROMIUM)) {
    process.stderr.write(`Chromium is not at ${CHROMIUM}. Install Debian's package (apt-get install -y chromium) or set CHROMIUM_PATH.\n`);
    return 1;
  }

  const started = Date.now();
  process.stdout.write('Building the extension (vite build)…\n');
  await build({ root: ROOT, configFile: join(ROOT, 'vite.config.ts'), logLevel: 'warn' });

  const messages = await loadMailbox();
  const pages = buildPages(messages);

  let receiver: Receiver | null = null;
  let browser: DemoBrowser | null = null;
  let cleaned = false;
  const cleanUp = async () => {
    if (cleaned) return;
    cleaned = true;
    await browser?.close();
    await receiver?.stop();
    removePolicy();
  };
  // The policy file must not outlive the demo, however it ends. Ctrl-C reaches npm, tsx and this
  // process alike, and tsx passes it on again: stop once, ignore the repeats.
  process.once('exit', removePolicy);
  let stopping = false;
  const stop = () => {
    if (stopping) return;
    stopping = true;
    process.stdout.write('\nStopping the demo…\n');
    void cleanUp().finally(() => process.exit(130));
  };
  for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) process.on(signal, stop);

  try {
    receiver = await startReceiver((doc) => process.stdout.write(`${describeReport(doc)}\n`));
    const policy = { ...(JSON.parse(readFileSync(join(SAMPLES, 'policy.json'), 'utf8')) as Record<string, unknown>), reportWebhookUrl: receiver.url };
    installPolicy(policy);
    const others = otherPolicyFiles();
    if (others.length > 0) process.stdout.write(`Note: other Second Look policy files are installed (${others.join(', ')}); Chromium merges them with the demo's.\n`);
    process.stdout.write(`Practice policy installed as ${POLICY_FILE}; reports go to ${receiver.url}\n`);

    browser = await launchDemoBrowser({
      headless,
      policy,
      receiverUrl: receiver.url,
      sites: [
        { matches: (u) => u.origin === 'https://mail.google.com' && u.pathname.startsWith('/mail/u/0/'), html: pages.gmail },
        { matches: (u) => u.origin === 'https://outlook.office.com' && /^\/mail(\/|$)/.test(u.pathname), html: pages.outlook },
      ],
    });

    if (headless) {
      const status = await runHeadless(browser, receiver, messages);
      process.stdout.write(`Headless demo took ${((Date.now() - started) / 1000).toFixed(1)} s (build included).\n`);
      return status;
    }
    await runWindow(browser, messages, policy, receiver.url);
    if (!stopping) process.stdout.write('The browser was closed; the demo is over.\n');
    return 0;
  } finally {
    await cleanUp();
  }
}

main(process.argv.slice(2)).then(
  (status) => {
    process.exitCode = status;
  },
  (error: unknown) => {
    removePolicy();
    process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
    process.exitCode = 1;
  },
);
