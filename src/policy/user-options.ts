// The person's own settings (options page), and how they combine with IT's policy: a setting IT
// fixed in policy is locked and the person's value is ignored; the person's trusted domains are
// added to IT's only when policy allows it (allowUserAllowlist).
import type { Sensitivity } from '../engine/types';
import { normalDomain } from './domain';
import type { EffectivePolicy } from './parse';

export type Language = 'auto' | 'en' | 'es';

export interface UserOptions {
  /** Senders the person trusts, on top of IT's list. */
  trustedDomains: string[];
  /** null: not chosen (IT's or the default applies). */
  sensitivity: Sensitivity | null;
  showSafeIndicator: boolean | null;
  language: Language;
}

export const DEFAULT_USER_OPTIONS: UserOptions = { trustedDomains: [], sensitivity: null, showSafeIndicator: null, language: 'auto' };

/** Settings the options page offers, and the policy key that locks each. */
export const USER_SETTINGS = {
  trustedDomains: 'allowUserAllowlist',
  sensitivity: 'sensitivity',
  showSafeIndicator: 'showSafeIndicator',
  language: null,
} as const satisfies Record<keyof UserOptions, string | null>;

export type UserSetting = keyof UserOptions;

/** Which user settings IT's policy fixes. `managed` is the raw managed storage. */
export function lockedSettings(managed: Record<string, unknown>, policy: EffectivePolicy): UserSetting[] {
  const locked: UserSetting[] = [];
  if (!policy.allowUserAllowlist) locked.push('trustedDomains');
  if (managed.sensitivity !== undefined) locked.push('sensitivity');
  if (managed.showSafeIndicator !== undefined) locked.push('showSafeIndicator');
  return locked;
}

const MAX_USER_DOMAINS = 200;

/** Check options sent by the options page; null when they are not valid. */
export function parseUserOptions(v: unknown): UserOptions | null {
  if (typeof v !== 'object' || v === null || Array.isArray(v)) return null;
  const o = v as Record<string, unknown>;
  if (Object.keys(o).some((k) => !(k in DEFAULT_USER_OPTIONS))) return null;
  const domains = o.trustedDomains ?? [];
  if (!Array.isArray(domains) || domains.length > MAX_USER_DOMAINS || !domains.every((d) => typeof d === 'string' && normalDomain(d) !== null)) return null;
  const sensitivity = o.sensitivity ?? null;
  if (sensitivity !== null && sensitivity !== 'relaxed' && sensitivity !== 'balanced' && sensitivity !== 'strict') return null;
  const safe = o.showSafeIndicator ?? null;
  if (safe !== null && typeof safe !== 'boolean') return null;
  const language = o.language ?? 'auto';
  if (language !== 'auto' && language !== 'en' && language !== 'es') return null;
  return { trustedDomains: [...new Set((domains as string[]).map((d) => normalDomain(d)!))], sensitivity, showSafeIndicator: safe, language };
}

/** Stored options may be old or damaged: keep what is valid, default the rest. */
export function storedUserOptions(v: unknown): UserOptions {
  const o = (typeof v === 'object' && v !== null ? v : {}) as Record<string, unknown>;
  const pick = <K extends UserSetting>(key: K): UserOptions[K] => parseUserOptions({ [key]: o[key] })?.[key] ?? DEFAULT_USER_OPTIONS[key];
  return { trustedDomains: pick('trustedDomains'), sensitivity: pick('sensitivity'), showSafeIndicator: pick('showSafeIndicator'), language: pick('language') };
}

/** IT's policy with the person's settings applied where they are not locked. */
export function withUserOptions(policy: EffectivePolicy, options: UserOptions, locked: readonly UserSetting[]): EffectivePolicy {
  const engine = { ...policy.engine };
  if (!locked.includes('trustedDomains') && options.trustedDomains.length > 0) engine.trustedDomains = [...new Set([...engine.trustedDomains, ...options.trustedDomains])];
  if (!locked.includes('sensitivity') && options.sensitivity) engine.sensitivity = options.sensitivity;
  const showSafeIndicator = !locked.includes('showSafeIndicator') && options.showSafeIndicator !== null ? options.showSafeIndicator : policy.showSafeIndicator;
  return { ...policy, engine, showSafeIndicator };
}

/** A change from the options page must not touch a locked setting. */
export function changesLocked(before: UserOptions, after: UserOptions, locked: readonly UserSetting[]): UserSetting[] {
  return locked.filter((key) => JSON.stringify(before[key]) !== JSON.stringify(after[key]));
}
