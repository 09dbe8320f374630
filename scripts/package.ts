// `npm run package` (after `vite build`): the store packages in out/packages/ and the unpacked
// Firefox build in out/firefox/ (check it with `npm run lint:firefox`). dist/ keeps its manifest
// `key` for local unpacked loading.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { packageExtension } from './package/index';

const root = fileURLToPath(new URL('..', import.meta.url));
const pkg = JSON.parse(readFileSync(`${root}package.json`, 'utf8')) as { version: string };

try {
  const result = packageExtension({
    distDir: `${root}dist`,
    packagesDir: `${root}out/packages`,
    firefoxDir: `${root}out/firefox`,
    expectVersion: pkg.version,
  });
  console.log(`Second Look ${result.version}`);
  console.log(`  Chrome/Edge store zip: ${result.chromeZip}`);
  console.log(`  Firefox zip:           ${result.firefoxZip}`);
  console.log(`  Firefox build:         ${result.firefoxDir}`);
} catch (err) {
  console.error(err instanceof Error ? err.message : err);
  process.exitCode = 1;
}
