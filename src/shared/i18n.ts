// A tiny translator over the two catalogs in public/_locales/ (Chrome's i18n format). The
// browser's own chrome.i18n cannot switch language at run time, and staff may choose English or
// Spanish in the options whatever their browser says, so each part (content script, popup,
// options page) carries both catalogs and picks one here.
//
// Messages use our own named {param} syntax (not Chrome's $1 placeholders). Lookup order: the
// chosen language, then English, then the key itself: a missing text never breaks a page.
// Pure: no browser API here (the UI language comes in as a string), so tests can drive it.
//
// The catalogs come in through addCatalogs(): the popup and options page add both whole
// catalogs (src/shared/catalogs.ts); the content script adds only the banner, link guard and
// finding texts (src/content/catalogs.ts), so it stays small.

export type Lang = 'en' | 'es';
/** The person's choice in the options: a language, or the browser's. */
export type LanguageChoice = 'auto' | Lang;
export type Params = Record<string, string | number>;

/** Chrome's format ({ message, description }); the build drops descriptions (vite.config.ts). */
export type Catalog = Record<string, { message: string; description?: string } | undefined>;
export type Catalogs = Record<Lang, Catalog>;

const CATALOGS: Catalogs = { en: {}, es: {} };

/** Make these texts available to t() (later entries win). */
export function addCatalogs(more: Catalogs): void {
  Object.assign(CATALOGS.en, more.en);
  Object.assign(CATALOGS.es, more.es);
}

let current: Lang = 'en';

/** The language `t()` uses from now on, in this page or script. */
export function setLanguage(lang: Lang): void {
  current = lang;
}

export function getLanguage(): Lang {
  return current;
}

/** `en`/`es` win; `auto` follows the browser's UI language: Spanish when it starts with "es". */
export function resolveLanguage(choice: unknown, uiLanguage: string | null | undefined): Lang {
  if (choice === 'en' || choice === 'es') return choice;
  return typeof uiLanguage === 'string' && /^es(?:[-_]|$)/i.test(uiLanguage.trim()) ? 'es' : 'en';
}

function fill(template: string, params: Params | undefined): string {
  if (!params) return template;
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => (Object.hasOwn(params, name) ? String(params[name]) : whole));
}

function lookup(lang: Lang, key: string): string | undefined {
  const entry = Object.hasOwn(CATALOGS[lang], key) ? CATALOGS[lang][key] : undefined;
  return typeof entry?.message === 'string' && entry.message !== '' ? entry.message : undefined;
}

/** Is there a text for this key (in English at least)? */
export function hasMessage(key: string): boolean {
  return lookup('en', key) !== undefined;
}

/** The text for `key` in `lang` (default: the current language), {params} filled in. */
export function t(key: string, params?: Params, lang: Lang = current): string {
  return fill(lookup(lang, key) ?? lookup('en', key) ?? key, params);
}

/** The catalog key of an engine message key: 'lookalike-domain.sender.typo' → 'finding_lookalike_domain_sender_typo'. */
export function findingKey(messageKey: string, part: 'title' | 'detail'): string {
  return `finding_${messageKey.replace(/[^A-Za-z0-9]+/g, '_')}_${part}`;
}

/** A finding's title or detail in the current language; the engine's English when the key is unknown. */
export function findingText(
  finding: { title: string; detail?: string; messageKey?: string; params?: Record<string, string> },
  part: 'title' | 'detail',
): string | undefined {
  const english = part === 'title' ? finding.title : finding.detail;
  if (!finding.messageKey || english === undefined) return english;
  // The engine's own English is the fallback (the content script does not carry the English
  // finding entries: src/content/catalog-parts.ts).
  const text = lookup(current, findingKey(finding.messageKey, part));
  return text === undefined ? english : fill(text, translatedParams(finding.params ?? {}));
}

/**
 * Parameters that are one of a few fixed English words ("fax", "patient portal") have their own
 * entry (param_<name>_<value>), so the sentence around them stays grammatical; evidence
 * (domains, names, files) has none and stays as it is.
 */
function translatedParams(params: Record<string, string>): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [name, value] of Object.entries(params)) {
    const key = `param_${name}_${value.toLowerCase().replace(/[^a-z0-9]+/g, '_')}`;
    out[name] = lookup(current, key) ?? value;
  }
  return out;
}
