// The _locales catalogs as the scripts import them (used by vite.config.ts and vitest.config.ts):
// messages only (descriptions are for translators), and for "messages.json?content-script" only
// the entries the content script uses (src/content/catalog-parts.ts), so it stays small. The
// files in dist/_locales/ are copied as they are from public/ for the browser's own use.
import { readFileSync } from 'node:fs';
import type { Plugin } from 'vite';
import { isContentKey } from '../../src/content/catalog-parts.ts';

const CATALOG = /[\\/]_locales[\\/]([A-Za-z_]+)[\\/]messages\.json(\?content-script)?$/;

export function localeCatalogs(): Plugin {
  return {
    name: 'second-look-locale-catalogs',
    enforce: 'pre',
    load(id) {
      const match = CATALOG.exec(id);
      if (!match) return null;
      const file = id.replace(/\?.*$/, '');
      this.addWatchFile(file);
      const catalog = JSON.parse(readFileSync(file, 'utf8')) as Record<string, { message: string }>;
      const kept = Object.entries(catalog).filter(([key]) => !match[2] || isContentKey(key, match[1]));
      const json = JSON.stringify(Object.fromEntries(kept.map(([key, entry]) => [key, { message: entry.message }])));
      // Plain JSON for the file itself (Vite's JSON plugin takes it from here); a module for the
      // "?content-script" variant, which Vite does not see as JSON.
      return match[2] ? `export default JSON.parse(${JSON.stringify(json)});\n` : json;
    },
  };
}
