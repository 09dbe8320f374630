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

export interface EffectivePolicy {
  engine: EnginePolicy;
  support: SupportContact | null;
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

export function parsePolicy(value: unknown): EffectivePolicy {
  const problems: string[] = [];
  // No managed policy at all is normal for a single user: defaults, no complaint.
  if (value === undefined || (isRecord(value) && Object.keys(value).length === 0)) return { engine: { ...DEFAULT_POLICY }, support: null, problems };
  const engine = policyFromJson(value, problems);
  const support = isRecord(value) ? supportFromJson(value.supportContact, problems) : null;
  return { engine, support, problems };
}
