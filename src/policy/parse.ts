// Turns what IT set in managed policy (or a policy file for the scan command) into the effective
// policy: unknown keys ignored, wrong-typed values dropped with a note saying why. Pure, so the
// service worker, the Node commands and the tests share it.
import { DEFAULT_POLICY } from '../engine/index';
import type { EnginePolicy } from '../engine/types';

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
  /** What was dropped and why, for IT. */
  problems: string[];
}

const LIST_KEYS = ['organizationDomains', 'trustedDomains', 'blockedDomains', 'protectedNames', 'disabledRules'] as const;
const MAX_LIST = 1_000;
const MAX_FIELD = 200;

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

export function policyFromJson(value: unknown, problems: string[] = []): EnginePolicy {
  const policy: EnginePolicy = { ...DEFAULT_POLICY };
  if (!isRecord(value)) {
    problems.push('policy is not a JSON object; using defaults');
    return policy;
  }
  for (const key of LIST_KEYS) {
    const v = value[key];
    if (v === undefined) continue;
    if (Array.isArray(v) && v.every((x) => typeof x === 'string')) policy[key] = v.map((x) => x.trim()).filter(Boolean).slice(0, MAX_LIST);
    else problems.push(`${key} must be a list of strings; ignored`);
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
    return u.protocol === 'https:' || (u.protocol === 'http:' && ['127.0.0.1', 'localhost', '[::1]'].includes(u.hostname));
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

export function parsePolicy(value: unknown): EffectivePolicy {
  const problems: string[] = [];
  // No managed policy at all is normal for a single user: defaults, no complaint.
  if (value === undefined || (isRecord(value) && Object.keys(value).length === 0)) {
    return { engine: { ...DEFAULT_POLICY }, support: null, report: { ...DEFAULT_REPORT_POLICY, simulationMarkers: [] }, problems };
  }
  const engine = policyFromJson(value, problems);
  const support = isRecord(value) ? supportFromJson(value.supportContact, problems) : null;
  const report = isRecord(value) ? reportFromJson(value, problems) : { ...DEFAULT_REPORT_POLICY, simulationMarkers: [] };
  return { engine, support, report, problems };
}
