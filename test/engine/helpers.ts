// Builders for engine tests: a plain, harmless message that each test changes one thing in.
import { analyze, DEFAULT_POLICY, RULES } from '../../src/engine/index';
import { prepare } from '../../src/engine/prepare';
import type { RuleFinding } from '../../src/engine/rule';
import type { EngineContext, EnginePolicy, MessageFacts, SenderHistory, Verdict } from '../../src/engine/types';

export function facts(over: Partial<MessageFacts> = {}): MessageFacts {
  return {
    source: 'eml',
    from: { name: 'Jordan Reyes', address: 'jordan@reyesplumbing.com' },
    to: [{ name: 'Front Desk', address: 'frontdesk@riversidefamilymed.org' }],
    cc: [],
    subject: 'Quote for the sink in exam room 2',
    text: 'Hi, the quote for the sink repair is attached below. Thanks, Jordan',
    links: [],
    attachments: [],
    providerNotices: [],
    missing: [],
    ...over,
  };
}

export const PRACTICE: EnginePolicy = {
  ...DEFAULT_POLICY,
  organizationDomains: ['riversidefamilymed.org'],
  trustedDomains: ['questdiagnostics.com'],
  protectedNames: ['Dr. Anita Patel', 'Marcus Okafor'],
};

export function ctx(policy: Partial<EnginePolicy> = {}, history?: SenderHistory): EngineContext {
  return { policy: { ...PRACTICE, ...policy }, history };
}

export function verdict(f: Partial<MessageFacts>, c: EngineContext = ctx()): Verdict {
  return analyze(facts(f), c);
}

/** What one rule finds in these facts, run on its own (the engine may skip it, see analyze). */
function runRule(ruleId: string, f: Partial<MessageFacts>, c: EngineContext): RuleFinding[] {
  const rule = RULES.find((r) => r.id === ruleId);
  if (!rule) throw new Error(`no rule ${ruleId}`);
  return rule.run(prepare(facts(f), c));
}

/** Message keys of the findings one rule produced for these facts. */
export function hits(ruleId: string, f: Partial<MessageFacts>, c: EngineContext = ctx()): string[] {
  return runRule(ruleId, f, c).map((x) => x.key);
}

export function finding(ruleId: string, f: Partial<MessageFacts>, c: EngineContext = ctx()): RuleFinding | undefined {
  return runRule(ruleId, f, c)[0];
}
