// Store packages from a production build: the Chrome/Edge zip and the Firefox build and zip.
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { jsonBytes, readTree, writeTree, zipTree, type Tree } from './files';
import { chromeStoreManifest, firefoxManifest, missingFiles, type Manifest } from './manifest';

export interface PackageOptions {
  /** The production build crxjs wrote (dist/). It is read, never changed. */
  distDir: string;
  /** Where the zips go (out/packages/). */
  packagesDir: string;
  /** Where the unpacked Firefox build goes (out/firefox/); emptied first. */
  firefoxDir: string;
  /** The version the build must carry (package.json's), so a stale dist/ is not shipped. */
  expectVersion?: string;
}

export interface PackageResult {
  version: string;
  chromeZip: string;
  firefoxZip: string;
  firefoxDir: string;
}

/** The tree with `manifest` in place of its manifest.json, checked to be complete. */
function withManifest(tree: Tree, manifest: Manifest, label: string): Tree {
  const out = new Map(tree);
  out.set('manifest.json', jsonBytes(manifest));
  const missing = missingFiles(manifest, out);
  if (missing.length > 0) throw new Error(`The ${label} package lacks files it loads: ${missing.join(', ')}`);
  return out;
}

export function packageExtension(opts: PackageOptions): PackageResult {
  const dist = readTree(opts.distDir);
  const raw = dist.get('manifest.json');
  if (!raw) throw new Error(`No manifest.json in ${opts.distDir}: run \`vite build\` first.`);
  const built = JSON.parse(new TextDecoder().decode(raw)) as Manifest;
  const { version } = built;
  if (opts.expectVersion !== undefined && version !== opts.expectVersion) {
    throw new Error(`${opts.distDir} is version ${version}, package.json says ${opts.expectVersion}: rebuild first.`);
  }

  const chrome = withManifest(dist, chromeStoreManifest(built), 'Chrome');
  const firefox = withManifest(dist, firefoxManifest(built), 'Firefox');

  mkdirSync(opts.packagesDir, { recursive: true });
  const chromeZip = join(opts.packagesDir, `second-look-chrome-${version}.zip`);
  const firefoxZip = join(opts.packagesDir, `second-look-firefox-${version}.zip`);
  writeFileSync(chromeZip, zipTree(chrome));

  rmSync(opts.firefoxDir, { recursive: true, force: true });
  writeTree(opts.firefoxDir, firefox);
  writeFileSync(firefoxZip, zipTree(firefox));

  return { version, chromeZip, firefoxZip, firefoxDir: opts.firefoxDir };
}
