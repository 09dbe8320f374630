// Shared matcher for the wording rules: runs a rule's phrase patterns over the subject and the
// start of the (folded) body. Phrases are written lower-case, without accents, as fold() makes them.
import type { MessageKey } from '../messages';
import type { Prepared } from '../prepare';
import { finding, type Rule, type RuleFinding } from '../rule';

/** Wording rules look at the subject and this much body text; lures put their ask up front. */
const BODY_WINDOW = 6_000;

const cache = new WeakMap<Prepared, string>();

/** One line of text (line breaks are layout, not meaning), computed once per message. */
export function wordingText(m: Prepared): string {
  let text = cache.get(m);
  if (text === undefined) {
    text = `${m.subjectFolded} | ${m.sender.nameFolded} | ${m.textFolded.slice(0, BODY_WINDOW)}`.replace(/\s+/g, ' ');
    cache.set(m, text);
  }
  return text;
}

/** How many of the patterns match (each counts once). */
export function countMatches(text: string, patterns: readonly RegExp[]): number {
  let n = 0;
  for (const p of patterns) if (p.test(text)) n++;
  return n;
}

export function firstMatch(text: string, patterns: readonly (readonly [RegExp, string])[]): string | null {
  for (const [p, label] of patterns) if (p.test(text)) return label;
  return null;
}

/**
 * The common shape of the phrase-family rules: count which patterns match the message and give
 * `one` point value for a single kind, `several` for two or more. Optionally silent for mail from
 * the practice or a trusted sender, where lures are not plausible.
 */
export function phraseFinding(
  rule: Pick<Rule, 'id' | 'family'>,
  m: Prepared,
  patterns: readonly RegExp[],
  points: { one: number; several: number },
  options: { skipOwnSenders?: boolean } = {},
): RuleFinding[] {
  if (options.skipOwnSenders && (m.sender.isOrg || m.sender.isTrusted)) return [];
  const n = countMatches(wordingText(m), patterns);
  if (n === 0) return [];
  return [finding(rule, rule.id as MessageKey, n >= 2 ? points.several : points.one)];
}
