// Reads a policy JSON file for the scan command (the same keys IT sets in managed policy) into
// the engine's policy, ignoring unknown keys and dropping wrong-typed values with a note.
import { readFileSync } from 'node:fs';
import { DEFAULT_POLICY } from '../engine/index';
import type { EnginePolicy } from '../engine/types';

const LIST_KEYS = ['organizationDomains', 'trustedDomains', 'blockedDomains', 'protectedNames', 'disabledRules'] as const;

export function policyFromJson(value: unknown, problems: string[] = []): EnginePolicy {
  const policy: EnginePolicy = { ...DEFAULT_POLICY };
  if (!value || typeof value !== 'object' || Array.isArray(value)) {
    problems.push('policy is not a JSON object; using defaults');
    return policy;
  }
  const obj = value as Record<string, unknown>;
  for (const key of LIST_KEYS) {
    const v = obj[key];
    if (v === undefined) continue;
    if (Array.isArray(v) && v.every((x) => typeof x === 'string')) policy[key] = v.map((x) => x.trim()).filter(Boolean);
    else problems.push(`${key} must be a list of strings; ignored`);
  }
  if (obj.sensitivity !== undefined) {
    if (obj.sensitivity === 'relaxed' || obj.sensitivity === 'balanced' || obj.sensitivity === 'strict') policy.sensitivity = obj.sensitivity;
    else problems.push('sensitivity must be relaxed, balanced or strict; using balanced');
  }
  return policy;
}

export function loadPolicyFile(path: string, problems: string[]): EnginePolicy {
  return policyFromJson(JSON.parse(readFileSync(path, 'utf8')), problems);
}
