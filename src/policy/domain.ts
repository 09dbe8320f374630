// Domain names as IT and staff type them. Kept apart from parse.ts so the options page can check
// a domain without loading the engine.

/** "@Clinic.Example." or "*.clinic.example" → "clinic.example"; null when it is not a domain. */
export function normalDomain(raw: string): string | null {
  const d = raw.trim().toLowerCase().replace(/^\*\./, '').replace(/^@/, '').replace(/\.$/, '');
  return /^(?=.{4,253}$)([a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+(?:[a-z]{2,63}|xn--[a-z0-9-]{2,59})$/.test(d) ? d : null;
}

/** What applies when neither IT nor the person chose: shown as "the default" on the options page. */
export const BUILT_IN_DEFAULTS = { sensitivity: 'balanced', showSafeIndicator: false } as const;
