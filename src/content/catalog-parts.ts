// Which catalog entries the content script carries (the rest are for the popup and options
// page). Read by vite.config.ts when it builds the "?content-script" catalogs.
export const CONTENT_PREFIXES = ['banner_', 'guard_', 'finding_', 'param_'] as const;

/**
 * Does the content script carry this entry of this language's catalog? Not the English finding
 * texts: every finding already carries its English title and detail from the engine (the same
 * words, test/i18n/catalogs.test.ts), and findingText() falls back to them.
 */
export const isContentKey = (key: string, lang = 'es'): boolean =>
  CONTENT_PREFIXES.some((p) => key.startsWith(p)) && !(lang === 'en' && (key.startsWith('finding_') || key.startsWith('param_')));
