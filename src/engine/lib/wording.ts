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

// Most mail matches none of a rule's patterns, and V8 scans a text once for an alternation of
// them about twice as fast as for each pattern in turn. So each pattern list gets one combined
// regex that answers "does any match?" first; only when it does are the patterns tried one by one.
const anyOf = new WeakMap<readonly unknown[], RegExp | null>();

/** One regex matching wherever any of the patterns matches; null when they cannot be combined. */
function combined(list: readonly unknown[], patterns: () => readonly RegExp[]): RegExp | null {
  let re = anyOf.get(list);
  if (re === undefined) {
    const ps = patterns();
    const flags = ps[0]?.flags ?? '';
    // Same flags, no stateful (g, y) matching, no numbered or named back-references whose
    // group numbers would shift once the patterns are put side by side.
    const combinable = ps.every((p) => p.flags === flags && !/[gy]/.test(p.flags) && !/\\[1-9]|\\k</.test(p.source));
    re = combinable ? new RegExp(ps.map((p) => `(?:${p.source})`).join('|'), flags) : null;
    anyOf.set(list, re);
  }
  return re;
}

/** How many of the patterns match (each counts once). */
export function countMatches(text: string, patterns: readonly RegExp[]): number {
  if (combined(patterns, () => patterns)?.test(text) === false) return 0;
  let n = 0;
  for (const p of patterns) if (p.test(text)) n++;
  return n;
}

export function firstMatch(text: string, patterns: readonly (readonly [RegExp, string])[]): string | null {
  if (combined(patterns, () => patterns.map(([p]) => p))?.test(text) === false) return null;
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
