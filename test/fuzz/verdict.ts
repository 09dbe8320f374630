// What a valid verdict is, for every fuzz run: a known level, a finite score, known rule ids,
// each finding with a title and a known severity.
import { RULES } from '../../src/engine/index';
import type { Verdict } from '../../src/engine/types';

const RULE_IDS = new Set(RULES.map((r) => r.id));

export function verdictProblems(v: Verdict): string[] {
  const problems: string[] = [];
  if (!['safe', 'caution', 'danger'].includes(v.level)) problems.push(`level ${String(v.level)}`);
  if (!Number.isFinite(v.score) || v.score < 0) problems.push(`score ${v.score}`);
  if (typeof v.rulesVersion !== 'string') problems.push('no rules version');
  for (const f of v.findings) {
    if (!RULE_IDS.has(f.id)) problems.push(`unknown rule ${f.id}`);
    if (typeof f.title !== 'string' || f.title.length === 0) problems.push(`finding ${f.id} without a title`);
    if (!['info', 'caution', 'danger'].includes(f.severity)) problems.push(`finding ${f.id} severity ${f.severity}`);
  }
  return problems;
}
