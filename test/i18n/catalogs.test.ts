// Languages (issue 6): every user-facing string is in public/_locales/ in English and Spanish.
// Fails when a key is missing in a language, when the {param} names differ between languages,
// when a message is empty, when a key is not valid for Chrome, when the English finding texts
// drift from the engine's table, and when the code asks for a key no catalog has.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeEach, describe, expect, it } from 'vitest';
import { engineEntries, withEngineEntries, type Catalog } from '../../scripts/i18n/export-engine-messages';
import { isContentKey } from '../../src/content/catalog-parts';
import { MESSAGES } from '../../src/engine/messages';
import { ALL_CATALOGS } from '../../src/shared/catalogs';
import { addCatalogs, findingKey, findingText, resolveLanguage, setLanguage, t } from '../../src/shared/i18n';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const load = (lang: string) => JSON.parse(readFileSync(join(ROOT, 'public/_locales', lang, 'messages.json'), 'utf8')) as Catalog;
const en = load('en');
const es = load('es');
const LANGS = { en, es };
const params = (text: string) => [...new Set([...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]!))].sort();

addCatalogs(ALL_CATALOGS);
beforeEach(() => setLanguage('en'));

describe('the catalogs', () => {
  it('are the only locales, and the manifest names English as the default', () => {
    expect(readdirSync(join(ROOT, 'public/_locales')).sort()).toEqual(['en', 'es']);
    const manifest = JSON.parse(readFileSync(join(ROOT, 'manifest.json'), 'utf8')) as Record<string, unknown>;
    expect(manifest.default_locale).toBe('en');
    expect(manifest.name).toBe('__MSG_extName__');
    expect(manifest.description).toBe('__MSG_extDescription__');
    expect(en.extDescription!.message.length).toBeLessThanOrEqual(132);
    expect(es.extDescription!.message.length).toBeLessThanOrEqual(132);
  });

  it('every English key is in Spanish', () => {
    expect(Object.keys(en).filter((k) => !(k in es))).toEqual([]);
  });

  it('every Spanish key is in English', () => {
    expect(Object.keys(es).filter((k) => !(k in en))).toEqual([]);
  });

  for (const [lang, catalog] of Object.entries(LANGS)) {
    it(`${lang}: keys are valid for Chrome (letters, digits, _; unique ignoring case) and messages are not empty`, () => {
      const keys = Object.keys(catalog);
      expect(keys.filter((k) => !/^[A-Za-z0-9_]+$/.test(k) || k.startsWith('@@'))).toEqual([]);
      expect(new Set(keys.map((k) => k.toLowerCase())).size).toBe(keys.length);
      for (const [key, entry] of Object.entries(catalog)) {
        expect(typeof entry.message, key).toBe('string');
        expect(entry.message.trim(), key).not.toBe('');
        expect(Object.keys(entry).filter((f) => f !== 'message' && f !== 'description'), key).toEqual([]);
      }
    });

    it(`${lang}: uses {param} names only, never Chrome's $ placeholders`, () => {
      for (const [key, entry] of Object.entries(catalog)) expect(entry.message, key).not.toMatch(/\$\w+\$|\$\d/);
    });
  }

  it('English and Spanish use the same {param} names in each message', () => {
    const differ = Object.keys(en).filter((k) => es[k] && params(en[k]!.message).join() !== params(es[k].message).join());
    expect(differ).toEqual([]);
  });

  it('the Spanish is a translation (most messages differ from the English)', () => {
    const same = Object.keys(en).filter((k) => es[k]?.message === en[k]!.message);
    // Product names, language names and a few words that are the same in both ("No", "Gmail").
    expect(same.length).toBeLessThan(12);
  });
});

describe('the finding texts', () => {
  it('en/messages.json holds exactly the engine table (run scripts/i18n/export-engine-messages.ts)', () => {
    const findings = Object.fromEntries(Object.entries(en).filter(([k]) => k.startsWith('finding_')));
    const expected = engineEntries();
    expect(Object.keys(findings).sort()).toEqual(Object.keys(expected).sort());
    for (const [key, entry] of Object.entries(expected)) expect(findings[key]?.message, key).toBe(entry.message);
    expect(withEngineEntries(en)).toEqual(en);
  });

  it('every engine message has a title and a detail in Spanish, with its {params}', () => {
    for (const key of Object.keys(MESSAGES)) {
      for (const part of ['title', 'detail'] as const) {
        const k = findingKey(key, part);
        expect(es[k]?.message, k).toBeTruthy();
      }
    }
  });

  it('a finding is said in the chosen language, with its evidence and fixed words translated', () => {
    const finding = { title: 'The email says a fax is waiting for you.', messageKey: 'wording-notification-lure', params: { what: 'fax' } };
    expect(findingText(finding, 'title')).toBe('The email says a fax is waiting for you.');
    setLanguage('es');
    expect(findingText(finding, 'title')).toBe('El correo dice que tiene un fax pendiente.');
    const lookalike = { title: 'x', messageKey: 'lookalike-domain.link.typo', params: { domain: 'micosoft.com', target: 'microsoft.com' } };
    expect(findingText(lookalike, 'title')).toBe('Un enlace lleva a micosoft.com, que se parece a microsoft.com pero se escribe un poco diferente.');
  });

  it('an unknown message key, or none, falls back to the engine\'s English', () => {
    setLanguage('es');
    expect(findingText({ title: 'Old title', detail: 'Old detail', messageKey: 'no-such-rule' }, 'title')).toBe('Old title');
    expect(findingText({ title: 'Old title', detail: 'Old detail' }, 'detail')).toBe('Old detail');
  });
});

describe('t()', () => {
  it('fills named {params} and leaves unknown ones as they are', () => {
    expect(t('options_removeLabel', { domain: 'lab.example.com' })).toBe('Remove lab.example.com');
    expect(t('banner_moreReasons_other', { n: 3 })).toBe('3 more reasons');
    expect(t('options_removeLabel')).toBe('Remove {domain}');
    expect(t('options_removeLabel', { other: 'x' }, 'es')).toBe('Quitar {domain}');
  });

  it('speaks the chosen language, falls back to English, then to the key', () => {
    expect(t('banner_dangerTitle', undefined, 'es')).toBe('Advertencia: este correo puede ser una estafa');
    setLanguage('es');
    expect(t('banner_cautionTitle')).toBe('Tenga cuidado con este correo');
    addCatalogs({ en: { test_onlyEnglish: { message: 'Only in English' } }, es: {} });
    expect(t('test_onlyEnglish')).toBe('Only in English');
    expect(t('test_nowhere')).toBe('test_nowhere');
    expect(() => t('', { a: 'b' })).not.toThrow();
  });

  it('does not take a value for a {param} from the object prototype', () => {
    expect(t('options_removeLabel', {})).toBe('Remove {domain}');
    expect(t('options_removeLabel', Object.create({ domain: 'evil' }) as Record<string, string>)).toBe('Remove {domain}');
  });
});

describe('choosing the language', () => {
  it('the option wins; auto follows the browser (Spanish when it starts with es)', () => {
    expect(resolveLanguage('es', 'en-US')).toBe('es');
    expect(resolveLanguage('en', 'es-419')).toBe('en');
    expect(resolveLanguage('auto', 'es-419')).toBe('es');
    expect(resolveLanguage('auto', 'es')).toBe('es');
    expect(resolveLanguage('auto', 'ES_mx')).toBe('es');
    expect(resolveLanguage('auto', 'en-GB')).toBe('en');
    expect(resolveLanguage('auto', 'et')).toBe('en');
    expect(resolveLanguage('auto', 'fr')).toBe('en');
    expect(resolveLanguage('auto', '')).toBe('en');
    expect(resolveLanguage(undefined, undefined)).toBe('en');
    expect(resolveLanguage('de', 'es-ES')).toBe('es');
  });
});

describe('the code and the catalogs agree', () => {
  const files = (dir: string): string[] =>
    readdirSync(dir).flatMap((name) => {
      const path = join(dir, name);
      return statSync(path).isDirectory() ? files(path) : /\.tsx?$/.test(name) ? [path] : [];
    });
  const sources = files(join(ROOT, 'src')).map((path) => ({ path, text: readFileSync(path, 'utf8') }));

  it('every key the code names in t(\'…\') is in the catalogs', () => {
    const used = sources.flatMap(({ path, text }) => [...text.matchAll(/\bt\('([A-Za-z0-9_]+)'/g)].map((m) => ({ path, key: m[1]! })));
    expect(used.length).toBeGreaterThan(200);
    expect(used.filter(({ key }) => !(key in en)).map(({ path, key }) => `${path}: ${key}`)).toEqual([]);
  });

  it('the content script asks only for keys its part of the catalogs carries', () => {
    const content = sources.filter(({ path }) => path.includes(`${join('src', 'content')}`));
    const used = content.flatMap(({ text }) => [...text.matchAll(/\bt\('([A-Za-z0-9_]+)'/g)].map((m) => m[1]!));
    expect(used.filter((k) => !isContentKey(k))).toEqual([]);
  });
});
