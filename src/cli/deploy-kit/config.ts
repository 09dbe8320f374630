// Reads and validates the IT config file for the deployment kit:
//   { "organization"?: "…",
//     "extensionIds"?: { "chrome"?, "edge"?, "firefox"? },
//     "updateUrl"?:    { "chrome"?, "edge"?, "firefox"? },
//     "policy": { …the managed policy keys of public/managed_schema.json… } }
// Every problem is collected (not just the first) and names its key path, for example
// "policy.supportContact.email: expected a string, got number".
import { readFileSync } from 'node:fs';
import { parsePolicy } from '../../policy/parse';
import { loadSchema, SchemaChecker, jsonType, type Schema } from './schema-check';

/** The id fixed by the manifest `key` (docs/extension-id.md). A store listing gets its own id. */
export const DEFAULT_CHROMIUM_ID = 'mbaopbbflcpjeifemocinkjbompfmfkj';
/**
 * The Firefox add-on id the kit assumes when the config gives none. Firefox ids are chosen by the
 * developer (manifest `browser_specific_settings.gecko.id`); this is the one `npm run package`
 * writes into the Firefox build (FIREFOX_ADDON_ID in scripts/package/manifest.ts; a test keeps the
 * two equal). Put another one in `extensionIds.firefox` if the listed add-on has another id.
 */
export const DEFAULT_GECKO_ID = 'second-look@secondlook.example';
/** Chrome Web Store update URL (ExtensionInstallForcelist / ExtensionSettings update_url). */
export const CHROME_WEB_STORE_UPDATE_URL = 'https://clients2.google.com/service/update2/crx';
/** Microsoft Edge Add-ons update URL, as Microsoft's extension docs give it. */
export const EDGE_ADDONS_UPDATE_URL = 'https://edge.microsoft.com/extensionwebstorebase/v1/crx';

export interface KitConfig {
  organization: string | null;
  extensionIds: { chrome: string; edge: string; firefox: string };
  /** Where each browser downloads the extension from. Firefox has no default (see notes). */
  updateUrl: { chrome: string; edge: string; firefox: string | null };
  /** The policy, validated, with keys in schema order. */
  policy: Record<string, unknown>;
  /** Things IT should know that are not errors. */
  notes: string[];
}

export type ConfigResult = { ok: true; config: KitConfig } | { ok: false; errors: string[] };

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const BROWSERS = ['chrome', 'edge', 'firefox'] as const;
type Browser = (typeof BROWSERS)[number];

const CHROMIUM_ID = /^[a-p]{32}$/;
// Firefox add-on ids are an email-like string or a GUID in braces.
const GECKO_ID = /^(?:[A-Za-z0-9._+-]+@[A-Za-z0-9.-]+|\{[0-9A-Fa-f]{8}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{12}\})$/;
// Line breaks and other control characters cannot be written into a .reg string or an XML plist.
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u001f\u007f]/;

function browserMap(value: unknown, name: string, errors: string[]): Partial<Record<Browser, unknown>> {
  if (value === undefined) return {};
  if (!isRecord(value)) {
    errors.push(`${name}: expected an object with chrome, edge or firefox, got ${jsonType(value)}`);
    return {};
  }
  for (const key of Object.keys(value)) {
    if (!(BROWSERS as readonly string[]).includes(key)) errors.push(`${name}.${key}: unknown key (expected chrome, edge or firefox)`);
  }
  return value;
}

function isAllowedUpdateUrl(url: string): boolean {
  try {
    const u = new URL(url);
    return (u.protocol === 'https:' && u.hostname !== '') || u.protocol === 'file:';
  } catch {
    return false;
  }
}

function controlCharacters(value: unknown, path: string, errors: string[]): void {
  if (typeof value === 'string') {
    if (CONTROL.test(value)) errors.push(`${path}: contains a line break or control character; policy text must be a single line`);
  } else if (Array.isArray(value)) value.forEach((v, i) => controlCharacters(v, `${path}[${i}]`, errors));
  else if (isRecord(value)) for (const [k, v] of Object.entries(value)) controlCharacters(v, `${path}.${k}`, errors);
}

/** "reportWebhookUrl must be an https:// address; ignored" → the key path it is about. */
function problemPath(problem: string): string {
  return /^([A-Za-z0-9_]+(?:\.[A-Za-z0-9_]+|\[\d+\])*)/.exec(problem)?.[1] ?? '';
}

/** "reportWebhookUrl must be an https:// address; ignored" → "policy.reportWebhookUrl: must be … (the extension would ignore this value)". */
function describeProblem(problem: string): string {
  const path = problemPath(problem);
  const rest = problem.slice(path.length).replace(/^\s*:?\s*/, '');
  const m = /^(.*); (ignored|using (.*))$/.exec(rest);
  const text = m ? m[1]! : rest;
  const consequence = !m ? '' : m[2] === 'ignored' ? ' (the extension would ignore this value)' : ` (the extension would use ${m[3]} instead)`;
  return `policy${path ? `.${path}` : ''}: ${text}${consequence}`;
}

/** Validates a parsed config object. `schema` defaults to the extension's managed_schema.json. */
export function validateConfig(raw: unknown, schema: Schema = loadSchema()): ConfigResult {
  const errors: string[] = [];
  const notes: string[] = [];
  if (!isRecord(raw)) return { ok: false, errors: [`config: expected a JSON object, got ${jsonType(raw)}`] };

  for (const key of Object.keys(raw)) {
    if (!['organization', 'extensionIds', 'updateUrl', 'policy'].includes(key)) {
      errors.push(`${key}: unknown key (expected organization, extensionIds, updateUrl or policy)`);
    }
  }

  let organization: string | null = null;
  if (raw.organization !== undefined) {
    if (typeof raw.organization !== 'string') errors.push(`organization: expected a string, got ${jsonType(raw.organization)}`);
    else if (CONTROL.test(raw.organization)) errors.push('organization: contains a line break or control character');
    else if (raw.organization.trim()) organization = raw.organization.trim();
  }

  const ids = browserMap(raw.extensionIds, 'extensionIds', errors);
  const extensionIds = { chrome: DEFAULT_CHROMIUM_ID, edge: DEFAULT_CHROMIUM_ID, firefox: DEFAULT_GECKO_ID };
  for (const browser of BROWSERS) {
    const v = ids[browser];
    if (v === undefined) continue;
    const pattern = browser === 'firefox' ? GECKO_ID : CHROMIUM_ID;
    const expected = browser === 'firefox' ? 'an add-on id like name@example.org or {GUID}' : '32 letters a to p';
    if (typeof v !== 'string') errors.push(`extensionIds.${browser}: expected a string, got ${jsonType(v)}`);
    else if (!pattern.test(v)) errors.push(`extensionIds.${browser}: ${JSON.stringify(v)} is not an extension id (${expected})`);
    else extensionIds[browser] = v;
  }

  const urls = browserMap(raw.updateUrl, 'updateUrl', errors);
  const updateUrl: KitConfig['updateUrl'] = { chrome: CHROME_WEB_STORE_UPDATE_URL, edge: EDGE_ADDONS_UPDATE_URL, firefox: null };
  for (const browser of BROWSERS) {
    const v = urls[browser];
    if (v === undefined) continue;
    if (typeof v !== 'string') errors.push(`updateUrl.${browser}: expected a string, got ${jsonType(v)}`);
    else if (!isAllowedUpdateUrl(v) || CONTROL.test(v) || v.includes(';')) errors.push(`updateUrl.${browser}: must be an https:// (or file:) address without ';', got ${JSON.stringify(v)}`);
    else updateUrl[browser] = v;
  }
  if (updateUrl.firefox === null) {
    notes.push(
      'updateUrl.firefox is not set: firefox/policies.json has no install_url, so Firefox can only install the add-on if it is listed on addons.mozilla.org under the id ' +
        `${extensionIds.firefox}. Set updateUrl.firefox to the .xpi address to be sure.`,
    );
  }

  const checker = new SchemaChecker(schema);
  let policy: Record<string, unknown> = {};
  if (raw.policy === undefined) errors.push('policy: missing (give at least {} to install with the default settings)');
  else if (!isRecord(raw.policy)) errors.push(`policy: expected an object, got ${jsonType(raw.policy)}`);
  else {
    const schemaErrors: string[] = [];
    checker.check(raw.policy, 'policy', schemaErrors);
    controlCharacters(raw.policy, 'policy', schemaErrors);
    errors.push(...schemaErrors);
    // The extension's own checks (https webhooks, email addresses, marker shape), skipping keys
    // whose type is already wrong so each mistake is reported once.
    const flagged = schemaErrors.map((e) => e.slice(0, e.indexOf(':')));
    for (const problem of parsePolicy(raw.policy).problems) {
      const path = `policy.${problemPath(problem)}`;
      if (flagged.some((f) => f === path || f.startsWith(`${path}.`) || f.startsWith(`${path}[`) || path.startsWith(`${f}.`) || path.startsWith(`${f}[`))) continue;
      errors.push(describeProblem(problem));
    }
    policy = checker.canonical(raw.policy) as Record<string, unknown>;
    if (typeof policy.reportWebhookToken === 'string' && policy.reportWebhookToken !== '') {
      notes.push('policy.reportWebhookToken is a secret: every file in the output folder contains it. Keep the folder private; note that managed policy is readable by anyone who uses the computer.');
    }
  }

  if (errors.length > 0) return { ok: false, errors };
  return { ok: true, config: { organization, extensionIds, updateUrl, policy, notes } };
}

/** Reads the file and validates it. I/O and JSON syntax problems come back as errors too. */
export function readConfig(path: string, schema?: Schema): ConfigResult {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (e) {
    return { ok: false, errors: [`config: cannot read ${path}: ${e instanceof Error ? e.message : String(e)}`] };
  }
  let raw: unknown;
  try {
    raw = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (e) {
    return { ok: false, errors: [`config: ${path} is not valid JSON: ${e instanceof Error ? e.message : String(e)}`] };
  }
  return validateConfig(raw, schema);
}
