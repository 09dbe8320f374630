// A package as a map from its paths ('/'-separated, from the package root) to bytes: read from a
// folder, written to one, zipped.
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, sep } from 'node:path';
import { zipSync, type Zippable } from 'fflate';

export type Tree = Map<string, Uint8Array>;

/** Every file under `dir`, sorted by path; dotfiles and dot-folders (.vite, .DS_Store) are left out. */
export function readTree(dir: string): Tree {
  const entries = readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => relative(dir, join(e.parentPath, e.name)).split(sep).join('/'))
    .filter((path) => !path.split('/').some((part) => part.startsWith('.')))
    .sort();
  return new Map(entries.map((path) => [path, new Uint8Array(readFileSync(join(dir, ...path.split('/'))))]));
}

export function writeTree(dir: string, tree: Tree): void {
  for (const [path, data] of tree) {
    const file = join(dir, ...path.split('/'));
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, data);
  }
}

export function jsonBytes(value: unknown): Uint8Array {
  return new TextEncoder().encode(`${JSON.stringify(value, null, 2)}\n`);
}

// One fixed timestamp for every entry, so the same files give the same zip. fflate writes DOS
// times from local-time fields, and a local-time constructor gives the same fields everywhere.
const MTIME = new Date(2000, 0, 1, 12, 0, 0);

/** A zip of the tree, entries in path order, manifest.json at the root if the tree has one. */
export function zipTree(tree: Tree): Uint8Array {
  const entries: Zippable = {};
  for (const path of [...tree.keys()].sort()) entries[path] = [tree.get(path)!, { mtime: MTIME }];
  return zipSync(entries, { level: 9 });
}
