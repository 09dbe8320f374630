// Public entry of the pure engine: facts + context → verdict. Same input, same verdict; no input
// makes it throw (a rule that fails is skipped and the verdict says so through missing findings,
// never through an exception into the page).
import { prepare, type Prepared } from './prepare';
import { riskyLinks } from './risky-links';
import type { Rule, RuleFinding } from './rule';
import { RULES } from './rules/index';
import { scoreFindings } from './score';
import type { EngineContext, EnginePolicy, Finding, MessageFacts, Verdict } from './types';

export type * from './types';
export { RULES } from './rules/index';

/** Bump when rules or weights change, so reports say which judgement they carry. */
export const RULES_VERSION = '2026.11.27-1';

const EVIDENCE_RULES = RULES.filter((r) => r.family !== 'wording');
const WORDING_RULES = RULES.filter((r) => r.family === 'wording');

export const DEFAULT_POLICY: EnginePolicy = {
  organizationDomains: [],
  trustedDomains: [],
  blockedDomains: [],
  protectedNames: [],
  disabledRules: [],
  sensitivity: 'balanced',
};

function publicFinding(f: RuleFinding): Finding {
  const out: Finding = { id: f.id, severity: f.severity, points: f.points, title: f.title };
  if (f.detail) out.detail = f.detail;
  if (f.evidence) out.evidence = f.evidence;
  out.messageKey = f.key;
  out.params = { ...f.params };
  return out;
}

function runRules(rules: readonly Rule[], message: Prepared, disabled: ReadonlySet<string>, findings: RuleFinding[]): void {
  for (const rule of rules) {
    if (disabled.has(rule.id)) continue;
    try {
      for (const f of rule.run(message)) findings.push(f);
    } catch {
      // One broken rule must not silence the others or break the page.
    }
  }
}

/** Findings plus the internal detail (family, message key) the UI and tests may need. */
export function analyzeDetailed(facts: MessageFacts, context: EngineContext = { policy: DEFAULT_POLICY }): { verdict: Verdict; findings: RuleFinding[] } {
  const policy = { ...DEFAULT_POLICY, ...(context.policy ?? {}) };
  let message;
  try {
    message = prepare(facts, { ...context, policy });
  } catch {
    // Facts so malformed they cannot be read: say nothing rather than guess.
    return { verdict: { level: 'safe', score: 0, findings: [], rulesVersion: RULES_VERSION }, findings: [] };
  }
  const disabled = new Set(policy.disabledRules);
  const findings: RuleFinding[] = [];
  runRules(EVIDENCE_RULES, message, disabled, findings);
  // Wording only ever adds weight to other evidence (design: Scoring), so without any it cannot
  // change the verdict: skip it. Most genuine mail stops here, which halves the engine's work.
  if (findings.some((f) => f.points > 0)) runRules(WORDING_RULES, message, disabled, findings);
  const { level, score } = scoreFindings(findings, policy.sensitivity, message.sender.isTrusted);
  findings.sort((a, b) => Number(b.decisive) - Number(a.decisive) || b.points - a.points);
  const verdict: Verdict = { level, score, findings: findings.map(publicFinding), rulesVersion: RULES_VERSION };
  const risky = riskyLinks(message, findings, level);
  if (risky.length > 0) verdict.riskyLinks = risky;
  return { verdict, findings };
}

export function analyze(facts: MessageFacts, context?: EngineContext): Verdict {
  return analyzeDetailed(facts, context).verdict;
}
