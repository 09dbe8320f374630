// Builds every file of the deployment kit in memory (so nothing is written unless all of it could
// be made), then writes them under the output folder. Same config → byte-identical files.
import { mkdirSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { KitConfig } from './config';
import { firefoxPolicyFile } from './firefox';
import { googleAdminFile } from './google-admin';
import { linuxPolicyFiles } from './linux';
import { macProfiles } from './mobileconfig';
import type { OutputFile } from './output';
import { readmeFile } from './readme';
import { windowsRegFiles } from './windows-reg';

export type { OutputFile };

export function buildKit(config: KitConfig): OutputFile[] {
  const files = [...windowsRegFiles(config), ...macProfiles(config), ...linuxPolicyFiles(config), googleAdminFile(config), firefoxPolicyFile(config)];
  return [readmeFile(config, files), ...files];
}

/** Refuses an --out that exists and is not a folder, before anything is written. */
export function checkOutFolder(out: string): string | null {
  try {
    return statSync(out).isDirectory() ? null : `${out} exists and is not a folder`;
  } catch {
    return null;
  }
}

export function writeKit(out: string, files: OutputFile[]): string[] {
  const written: string[] = [];
  for (const file of files) {
    const target = join(out, ...file.path.split('/'));
    mkdirSync(dirname(target), { recursive: true });
    writeFileSync(target, file.bytes);
    written.push(target);
  }
  return written;
}
