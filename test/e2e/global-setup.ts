// Builds the extension once before the browser tests, so they never test a stale dist/.
import { build } from 'vite';

export default async function setup(): Promise<void> {
  await build({ logLevel: 'warn' });
}
