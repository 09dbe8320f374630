// `npm run package` on a fresh production build (made here, in a temp folder, so a stale dist/
// is never what is tested): the Chrome/Edge store zip, the Firefox build and zip, and web-ext
// lint on the Firefox build.
import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { unzipSync } from 'fflate';
import { build } from 'vite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readTree } from '../../scripts/package/files';
import { packageExtension, type PackageResult } from '../../scripts/package/index';
import { FIREFOX_ADDON_ID, manifestFiles, missingFiles, type Manifest } from '../../scripts/package/manifest';

const root = fileURLToPath(new URL('../..', import.meta.url));
const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { version: string };

let tmp: string;
let distDir: string;
let result: PackageResult;
let built: Manifest;

const unzip = (file: string): Map<string, Uint8Array> => new Map(Object.entries(unzipSync(readFileSync(file))));
const json = (bytes: Uint8Array | undefined): Manifest => JSON.parse(new TextDecoder().decode(bytes)) as Manifest;

beforeAll(async () => {
  tmp = mkdtempSync(join(tmpdir(), 'second-look-package-'));
  distDir = join(tmp, 'dist');
  await build({ root, logLevel: 'warn', build: { outDir: distDir, emptyOutDir: true } });
  built = json(readFileSync(join(distDir, 'manifest.json')));
  result = packageExtension({
    distDir,
    packagesDir: join(tmp, 'out', 'packages'),
    firefoxDir: join(tmp, 'out', 'firefox'),
    expectVersion: pkg.version,
  });
}, 60_000);

afterAll(() => {
  if (tmp) rmSync(tmp, { recursive: true, force: true });
});

describe('Chrome/Edge store zip', () => {
  it('is named for the version and has the manifest at its root, without key', () => {
    expect(result.chromeZip).toMatch(new RegExp(`second-look-chrome-${pkg.version.replaceAll('.', '\\.')}\\.zip$`));
    const zip = unzip(result.chromeZip);
    const manifest = json(zip.get('manifest.json'));
    expect(manifest.manifest_version).toBe(3);
    expect(manifest.version).toBe(pkg.version);
    expect(manifest).not.toHaveProperty('key');
    // Everything else is the built manifest unchanged.
    const { key: _key, ...rest } = built;
    expect(manifest).toEqual(rest);
  });

  it('holds every file of the build and every file the manifest loads', () => {
    const zip = unzip(result.chromeZip);
    expect([...zip.keys()].sort()).toEqual([...readTree(distDir).keys()]);
    const manifest = json(zip.get('manifest.json'));
    const named = manifestFiles(manifest);
    // The kinds of file the stores check: icons, popup, content-script loaders, service worker.
    expect(named).toEqual(expect.arrayContaining([
      ...Object.values(manifest.icons ?? {}),
      manifest.action!.default_popup!,
      manifest.background!.service_worker!,
      ...manifest.content_scripts!.flatMap((cs) => cs.js ?? []),
    ]));
    expect(named.every((file) => zip.has(file))).toBe(true);
    // And what those load in turn (the worker's module, the loaders' getURL imports, the popup's script).
    expect(missingFiles(manifest, zip)).toEqual([]);
  });

  it('leaves the key in the build itself, for the unpacked extension id', () => {
    expect(json(readFileSync(join(distDir, 'manifest.json'))).key).toEqual(expect.any(String));
  });
});

describe('Firefox build', () => {
  const firefox = (): Manifest => json(readFileSync(join(result.firefoxDir, 'manifest.json')));

  it('has its own manifest: gecko id, background scripts, no service worker, no key', () => {
    const m = firefox();
    expect(m.version).toBe(pkg.version);
    expect(m.browser_specific_settings).toMatchObject({ gecko: { id: FIREFOX_ADDON_ID, strict_min_version: expect.any(String) } });
    expect(m.background).toEqual({ scripts: [built.background!.service_worker], type: 'module' });
    expect(m.background).not.toHaveProperty('service_worker');
    expect(m).not.toHaveProperty('key');
    expect(m).not.toHaveProperty('storage'); // managed_schema is Chrome-only; Firefox policy needs none
    expect(m.permissions).toEqual(built.permissions);
    expect(m.content_scripts).toEqual(built.content_scripts);
  });

  it('keeps the content-script chunks web-accessible to the webmail hosts (the loaders import them)', () => {
    const m = firefox();
    expect(m.web_accessible_resources).toEqual(built.web_accessible_resources!.map(({ use_dynamic_url: _u, ...war }) => war));
    const hosts = built.content_scripts!.flatMap((cs) => cs.matches as string[]);
    const accessible = new Set(m.web_accessible_resources!.flatMap((war) => war.matches ?? []));
    for (const host of hosts) expect(accessible).toContain(host);
  });

  it('is zipped as the Firefox package, with the same files', () => {
    expect(result.firefoxZip).toMatch(new RegExp(`second-look-firefox-${pkg.version.replaceAll('.', '\\.')}\\.zip$`));
    const zip = unzip(result.firefoxZip);
    const dir = readTree(result.firefoxDir);
    expect([...zip.keys()]).toEqual([...dir.keys()]);
    for (const [path, data] of dir) expect(Buffer.from(zip.get(path)!).equals(Buffer.from(data)), path).toBe(true);
    expect(missingFiles(json(zip.get('manifest.json')), zip)).toEqual([]);
  });

  it('passes web-ext lint with no errors and no manifest warnings', async () => {
    const webExt = join(root, 'node_modules', '.bin', 'web-ext');
    const args = ['lint', '--source-dir', result.firefoxDir, '--output', 'json', '--no-config-discovery'];
    // web-ext exits non-zero when there are errors; the JSON report is on stdout either way.
    const stdout = await new Promise<string>((resolve) => {
      // NO_UPDATE_NOTIFIER: no registry look-up for a newer web-ext from a test.
      const env = { ...process.env, NO_UPDATE_NOTIFIER: '1' };
      execFile(webExt, args, { cwd: tmp, env, maxBuffer: 16 * 1024 * 1024 }, (_err, out) => resolve(out));
    });
    type Message = { code: string; message: string; file?: string };
    const report = JSON.parse(stdout) as { summary: { errors: number }; errors: Message[]; warnings: Message[] };
    const show = (list: Message[]): string[] => list.map((w) => `${w.code} ${w.file ?? ''}: ${w.message}`);
    expect(show(report.errors)).toEqual([]);
    expect(report.summary.errors).toBe(0);
    // The manifest variant is ours to keep clean; warnings about bundled code (Preact's innerHTML
    // path) are reported, not failed.
    expect(show(report.warnings.filter((w) => w.file === 'manifest.json'))).toEqual([]);
    if (report.warnings.length > 0) console.info(`web-ext lint warnings:\n  ${show(report.warnings).join('\n  ')}`);
  }, 60_000);
});

describe('packaging guards', () => {
  it('refuses a build whose version is not package.json\'s', () => {
    expect(() =>
      packageExtension({ distDir, packagesDir: join(tmp, 'stale'), firefoxDir: join(tmp, 'stale-ff'), expectVersion: '0.0.0-not-this' }),
    ).toThrow(/rebuild/);
  });

  it('finds a file the manifest or a loader names that the package lacks', () => {
    const tree = readTree(distDir);
    const loader = built.content_scripts![0]!.js![0]!;
    const worker = built.background!.service_worker!;
    const withoutChunks = new Map([...tree].filter(([path]) => !path.startsWith('assets/src-content-') && path !== 'icons/icon-16.png'));
    const missing = missingFiles(built, withoutChunks);
    expect(missing).toContain('icons/icon-16.png');
    expect(missing.some((p) => p.startsWith('assets/src-content-'))).toBe(true);
    expect(missingFiles(built, new Map([...tree].filter(([path]) => path !== loader && path !== worker)))).toEqual([loader, worker].sort());
  });
});
