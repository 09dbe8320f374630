// How Second Look's own tools start Debian's Chromium with the built extension: the demo
// (src/demo/browser.ts) and the browser tests (test/e2e/harness.ts) share these, so both run the
// extension the same way. The tests import from here, never the other way round.
import { createServer } from 'node:net';

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
/** Fixed by the manifest's `key` (docs/extension-id.md). */
export const EXTENSION_ID = 'mbaopbbflcpjeifemocinkjbompfmfkj';
/** Where Chromium on Linux reads machine policy, as IT would deliver it. */
export const POLICY_DIR = '/etc/chromium/policies/managed';

/** A free loopback port, for Chromium's DevTools endpoint. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

/** Only this extension, as root in a container, with nothing of Chromium's own on the network. */
export function extensionArgs(dist: string, debuggingPort: number): string[] {
  return [
    `--disable-extensions-except=${dist}`,
    `--load-extension=${dist}`,
    '--no-sandbox',
    '--disable-background-networking',
    '--disable-component-update',
    '--no-first-run',
    // Lets a second client reach the toolbar popup, which the persistent context does not list.
    `--remote-debugging-port=${debuggingPort}`,
  ];
}
