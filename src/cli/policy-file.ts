// Reads a policy JSON file for the scan command (the same keys IT sets in managed policy).
import { readFileSync } from 'node:fs';
import type { EnginePolicy } from '../engine/types';
import { policyFromJson } from '../policy/parse';

export { policyFromJson };

export function loadPolicyFile(path: string, problems: string[]): EnginePolicy {
  return policyFromJson(JSON.parse(readFileSync(path, 'utf8')), problems);
}
