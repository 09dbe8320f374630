// Turns what IT set in managed policy (or a policy file for the scan command) into the effective
// policy: unknown keys ignored, wrong-typed values dropped with a note saying why. Pure, so the
// service worker, the Node commands and the tests share it.
import { DEFAULT_POLICY, RULES } from '../engine/index';
import type { EnginePolicy } from '../engine/types';
import { normalDomain } from './domain';

export { normalDomain };

/** Who staff should call or write to about a suspicious message. Shown in banner and popup. */
export interface SupportContact {
  name?: string;
  email?: string;
  phone?: string;
  /** https only: it becomes a link people click. */
  url?: string;
}

/** Marks the practice's own phishing-training mail: a header, or a URL parameter in its links. */
export interface SimulationMarker {
  header?: string;
  urlParameter?: string;
  /** Empty: any value matches. */
  value: string;
}

/** Where reports go and what they may carry. */
export interface ReportPolicy {
  webhookUrl: string | null;
  webhookToken: string | null;
  mailbox: string | null;
  /** Message text in reports: off unless IT turns it on (it may hold patient information). */
  includeBody: boolean;
  allowFalsePositive: boolean;
  simulationMarkers: SimulationMarker[];
}

export interface EffectivePolicy {
  engine: EnginePolicy;
  support: SupportContact | null;
  report: ReportPolicy;
  /** Show a small "no problems found" line above messages judged safe. */
  showSafeIndicator: boolean;
  /** Staff may add their own trusted domains on the options page. */
  allowUserAllowlist: boolean;
  /** What was dropped and why, for IT. */
  problems: string[];
}

const LIST_KEYS = ['organizationDomains', 'trustedDomains', 'blockedDomains', 'protectedNames', 'disabledRules'] as const;
const MAX_LIST = 1_000;
const MAX_FIELD = 200;

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

const DOMAIN_KEYS = new Set(['organizationDomains', 'trustedDomains', 'blockedDomains']);
const RULE_IDS = new Set(RULES.map((r) => r.id));

export function policyFromJson(value: unknown, problems: string[] = []): EnginePolicy {
  const policy: EnginePolicy = { ...DEFAULT_POLICY };
  if (!isRecord(value)) {
    problems.push('policy is not a JSON object; using defaults');
    return policy;
  }
  for (const key of LIST_KEYS) {
    const v = value[key];
    if (v === undefined) continue;
    if (!Array.isArray(v) || !v.every((x) => typeof x === 'string')) {
      problems.push(`${key} must be a list of strings; ignored`);
      continue;
    }
    const kept: string[] = [];
    for (const item of v.slice(0, MAX_LIST)) {
      const text = item.trim();
      if (!text) continue;
      if (DOMAIN_KEYS.has(key)) {
        const domain = normalDomain(text);
        if (domain) kept.push(domain);
        else problems.push(`${key}: "${text.slice(0, 80)}" is not a domain; ignored`);
      } else if (key === 'protectedNames' && text.replace(/[^\p{L}]/gu, '').length < 3) {
        // A name of one or two letters would match almost any sender.
        problems.push(`protectedNames: "${text.slice(0, 80)}" is too short to be a name; ignored`);
      } else if (key === 'disabledRules' && !RULE_IDS.has(text)) {
        problems.push(`disabledRules: "${text.slice(0, 80)}" is not a rule id; ignored`);
      } else {
        kept.push(text.slice(0, MAX_FIELD));
      }
    }
    policy[key] = [...new Set(kept)];
    if (v.length > MAX_LIST) problems.push(`${key} has more than ${MAX_LIST} entries; the rest were ignored`);
  }
  if (value.sensitivity !== undefined) {
    if (value.sensitivity === 'relaxed' || value.sensitivity === 'balanced' || value.sensitivity === 'strict') policy.sensitivity = value.sensitivity;
    else problems.push('sensitivity must be relaxed, balanced or strict; using balanced');
  }
  return policy;
}

function supportFromJson(value: unknown, problems: string[]): SupportContact | null {
  if (value === undefined) return null;
  if (!isRecord(value)) {
    problems.push('supportContact must be an object with name, email, phone or url; ignored');
    return null;
  }
  const out: SupportContact = {};
  const text = (key: 'name' | 'email' | 'phone' | 'url'): string | undefined => {
    const v = value[key];
    if (v === undefined) return undefined;
    if (typeof v === 'string' && v.trim() && v.length <= MAX_FIELD) return v.trim();
    problems.push(`supportContact.${key} must be a short text; ignored`);
    return undefined;
  };
  const name = text('name');
  const email = text('email');
  const phone = text('phone');
  const url = text('url');
  if (name) out.name = name;
  if (email) {
    if (/^[^\s@<>]+@[^\s@<>]+\.[^\s@<>]+$/.test(email)) out.email = email;
    else problems.push('supportContact.email is not an email address; ignored');
  }
  if (phone) out.phone = phone;
  if (url) {
    if (/^https:\/\/[^\s]+$/i.test(url)) out.url = url;
    else problems.push('supportContact.url must start with https://; ignored');
  }
  return Object.keys(out).length > 0 ? out : null;
}

export const DEFAULT_REPORT_POLICY: ReportPolicy = {
  webhookUrl: null,
  webhookToken: null,
  mailbox: null,
  includeBody: false,
  allowFalsePositive: true,
  simulationMarkers: [],
};

const EMAIL_RE = /^[^\s@<>,;"]+@[^\s@<>,;"]+\.[^\s@<>,;"]+$/;

/** HTTPS only; plain http only to this machine (a local relay, or a test receiver). */
export function isAllowedWebhook(url: string): boolean {
  try {
    const u = new URL(url);
    if (u.username || u.password) return false;
    return u.protocol === 'https:' || (u.protocol === 'http:' && ['127.0.0.1', 'localhost'].includes(u.hostname));
  } catch {
    return false;
  }
}

function reportFromJson(value: Record<string, unknown>, problems: string[]): ReportPolicy {
  const out: ReportPolicy = { ...DEFAULT_REPORT_POLICY, simulationMarkers: [] };
  const { reportWebhookUrl: url, reportWebhookToken: token, reportMailbox: mailbox } = value;
  if (url !== undefined && url !== '') {
    if (typeof url === 'string' && url.length <= 2_000 && isAllowedWebhook(url.trim())) out.webhookUrl = url.trim();
    else problems.push('reportWebhookUrl must be an https:// address; ignored');
  }
  if (token !== undefined && token !== '') {
    if (typeof token === 'string' && token.length <= 4_000 && /^[\x21-\x7e]+$/.test(token.trim())) out.webhookToken = token.trim();
    else problems.push('reportWebhookToken must be printable text without spaces; ignored');
  }
  if (mailbox !== undefined && mailbox !== '') {
    if (typeof mailbox === 'string' && EMAIL_RE.test(mailbox.trim())) out.mailbox = mailbox.trim();
    else problems.push('reportMailbox is not an email address; ignored');
  }
  for (const key of ['reportIncludeBody', 'allowFalsePositiveReports'] as const) {
    const v = value[key];
    if (v === undefined) continue;
    if (typeof v === 'boolean') out[key === 'reportIncludeBody' ? 'includeBody' : 'allowFalsePositive'] = v;
    else problems.push(`${key} must be true or false; using the default`);
  }
  const markers = value.simulationMarkers;
  if (markers !== undefined) {
    if (!Array.isArray(markers)) problems.push('simulationMarkers must be a list; ignored');
    else {
      markers.slice(0, 50).forEach((m, i) => {
        const header = isRecord(m) && typeof m.header === 'string' ? m.header.trim() : '';
        const urlParameter = isRecord(m) && typeof m.urlParameter === 'string' ? m.urlParameter.trim() : '';
        const v = isRecord(m) ? m.value : undefined;
        if ((!header && !urlParameter) || (header && urlParameter) || (v !== undefined && typeof v !== 'string')) {
          problems.push(`simulationMarkers[${i}] needs a header or a urlParameter (not both) and a text value; ignored`);
          return;
        }
        const marker: SimulationMarker = { value: typeof v === 'string' ? v.trim() : '' };
        if (header) marker.header = header.toLowerCase();
        else marker.urlParameter = urlParameter;
        out.simulationMarkers.push(marker);
      });
    }
  }
  return out;
}

/** Every key the schema declares; anything else in managed storage is ignored with a note. */
export const POLICY_KEYS = [
  'organizationDomains', 'trustedDomains', 'blockedDomains', 'protectedNames', 'disabledRules', 'sensitivity', 'supportContact',
  'reportWebhookUrl', 'reportWebhookToken', 'reportMailbox', 'reportIncludeBody', 'allowFalsePositiveReports', 'simulationMarkers',
  'showSafeIndicator', 'allowUserAllowlist',
] as const;

function flag(value: Record<string, unknown>, key: string, fallback: boolean, problems: string[]): boolean {
  const v = value[key];
  if (v === undefined) return fallback;
  if (typeof v === 'boolean') return v;
  problems.push(`${key} must be true or false; using the default`);
  return fallback;
}

export function parsePolicy(value: unknown): EffectivePolicy {
  const problems: string[] = [];
  const defaults = (): EffectivePolicy => ({
    engine: { ...DEFAULT_POLICY },
    support: null,
    report: { ...DEFAULT_REPORT_POLICY, simulationMarkers: [] },
    showSafeIndicator: false,
    allowUserAllowlist: true,
    problems,
  });
  // No managed policy at all is normal for a single user: defaults, no complaint.
  if (value === undefined || (isRecord(value) && Object.keys(value).length === 0)) return defaults();
  if (!isRecord(value)) {
    problems.push('policy is not a JSON object; using defaults');
    return defaults();
  }
  for (const key of Object.keys(value)) if (!(POLICY_KEYS as readonly string[]).includes(key)) problems.push(`${key.slice(0, 60)} is not a Second Look setting; ignored`);
  return {
    engine: policyFromJson(value, problems),
    support: supportFromJson(value.supportContact, problems),
    report: reportFromJson(value, problems),
    showSafeIndicator: flag(value, 'showSafeIndicator', false, problems),
    allowUserAllowlist: flag(value, 'allowUserAllowlist', true, problems),
    problems,
  };
}
