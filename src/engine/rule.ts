// What a rule is. One rule per file under rules/, file name = rule id, listed in rules/index.ts.
import { say, type MessageKey, type Params } from './messages';
import type { Prepared } from './prepare';
import type { Family, Finding, Severity } from './types';

export interface RuleFinding extends Finding {
  family: Family;
  /** Strong enough to justify a red banner on its own (see design: Scoring). */
  decisive: boolean;
  /** Message key and parameters, so the title can be shown in another language later. */
  key: MessageKey;
  params: Params;
}

export interface Rule {
  id: string;
  family: Family;
  /** One line for the rule list in the README and for IT: what it looks for. */
  summary: string;
  run(message: Prepared): RuleFinding[];
}

function severityFor(points: number, decisive: boolean): Severity {
  if (decisive || points >= 7) return 'danger';
  return points >= 3 ? 'caution' : 'info';
}

/** Build a finding from a message key; title and detail come from the one text table. */
export function finding(
  rule: Pick<Rule, 'id' | 'family'>,
  key: MessageKey,
  points: number,
  params: Params = {},
  options: { decisive?: boolean; evidence?: string } = {},
): RuleFinding {
  const text = say(key, params);
  const decisive = options.decisive === true;
  return {
    id: rule.id,
    family: rule.family,
    severity: severityFor(points, decisive),
    points,
    title: text.title,
    detail: text.detail,
    evidence: options.evidence,
    decisive,
    key,
    params,
  };
}
