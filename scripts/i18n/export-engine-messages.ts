// Writes (or refreshes) the finding_* entries of public/_locales/en/messages.json from the
// engine's own text table, src/engine/messages.ts, which stays the English source (the engine is
// pure and runs in Node too). Other entries are kept as they are. Run after changing a finding
// text, then update the Spanish catalog: test/i18n/catalogs.test.ts fails until both match.
//   npx tsx scripts/i18n/export-engine-messages.ts
import { readFileSync, writeFileSync, existsSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { MESSAGES } from '../../src/engine/messages';
import { findingKey } from '../../src/shared/i18n';

export interface CatalogEntry {
  message: string;
  description?: string;
}
export type Catalog = Record<string, CatalogEntry>;

const params = (text: string) => [...new Set([...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]!))];

function describe(key: string, part: 'title' | 'detail', text: string): string {
  const what = part === 'title' ? 'Warning reason (what is wrong)' : 'What to do about a warning reason';
  const p = params(text);
  return `${what}; engine message '${key}'.${p.length ? ` Keep {${p.join('}, {')}} as they are: ${p.length === 1 ? 'it is' : 'they are'} filled with the evidence (a domain, name, address or file).` : ''}`;
}

/** The finding_* entries as they follow from src/engine/messages.ts. */
export function engineEntries(): Catalog {
  const out: Catalog = {};
  for (const [key, text] of Object.entries(MESSAGES)) {
    for (const part of ['title', 'detail'] as const) out[findingKey(key, part)] = { message: text[part], description: describe(key, part, text[part]) };
  }
  return out;
}

/** `catalog` with its finding_* entries replaced by the engine's (other entries first, in their order). */
export function withEngineEntries(catalog: Catalog): Catalog {
  const out: Catalog = {};
  for (const [key, entry] of Object.entries(catalog)) if (!key.startsWith('finding_')) out[key] = entry;
  return { ...out, ...engineEntries() };
}

export const EN_CATALOG = resolve(dirname(fileURLToPath(import.meta.url)), '../../public/_locales/en/messages.json');

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const before = existsSync(EN_CATALOG) ? (JSON.parse(readFileSync(EN_CATALOG, 'utf8')) as Catalog) : {};
  const after = withEngineEntries(before);
  writeFileSync(EN_CATALOG, `${JSON.stringify(after, null, 2)}\n`);
  console.log(`${EN_CATALOG}: ${Object.keys(engineEntries()).length} finding entries, ${Object.keys(after).length} in all.`);
}
