// Shared matcher for the wording rules: runs a rule's phrase patterns over the subject and the
// start of the (folded) body. Phrases are written lower-case, without accents, as fold() makes them.
import type { MessageKey } from '../messages';
import type { Prepared } from '../prepare';
import { finding, type Rule, type RuleFinding } from '../rule';
import { regexStarts } from './regex-starts';
import { startKey, wordStarts, type WordStarts } from './word-starts';

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

// Running a pattern costs a scan of the whole text, and the rules have some sixty. But a phrase
// pattern can only match where a word starts the way the phrase does ("ver", "con" for
// /\b(verify|confirm) your account/): so each pattern's possible starts are worked out once from
// its source (regex-starts.ts), the text's word starts are filed once by their first letters
// (word-starts.ts), and the pattern is tried, anchored, only at the few words that begin right.
interface Plan {
  /** Keys (first three letters) of the word starts a match can begin at... */
  keys: number[];
  /** ...and, for each key, the longer starts of which one must be there too. */
  starts: string[][];
  /** Starts a match can have anywhere in the text (not at a word start): tried on the whole text. */
  anywhere: string[];
  /** The pattern, sticky: tried at one position only. */
  anchored: RegExp;
}

const plans = new WeakMap<readonly unknown[], readonly (Plan | null)[]>();

/**
 * Keys of all the plans made so far: only word starts with one of these are filed. Grows with
 * each new pattern list (the rules have a fixed few), up to a bound; past it, new patterns are
 * not indexed but run over the whole text.
 */
const wanted = new Set<number>();
const MAX_WANTED = 50_000;

function planOf(p: RegExp): Plan | null {
  const starts = regexStarts(p);
  if (!starts) return null;
  const byKey = new Map<number, string[]>();
  for (const s of starts.word) {
    const key = startKey(s);
    byKey.set(key, [...(byKey.get(key) ?? []), s]);
  }
  if (wanted.size + byKey.size > MAX_WANTED) return null;
  for (const key of byKey.keys()) wanted.add(key);
  // regexStarts() only reads flag-less patterns, so 'y' is the one flag of the copy.
  return { keys: [...byKey.keys()], starts: [...byKey.values()], anywhere: starts.anywhere, anchored: new RegExp(p.source, 'y') };
}

/** One plan per pattern; null for a pattern whose starts cannot be worked out (tried on the whole text). */
function plansOf(list: readonly unknown[], patterns: () => readonly RegExp[]): readonly (Plan | null)[] {
  let out = plans.get(list);
  if (out === undefined) {
    out = patterns().map(planOf);
    plans.set(list, out);
  }
  return out;
}

// The rules of one message ask about the same text one after the other: keep its word starts
// (made again when new plans have added keys since).
let lastText: string | null = null;
let lastWanted = -1;
let lastStarts: WordStarts | null = null;

function startsOf(text: string): WordStarts {
  if (text !== lastText || wanted.size !== lastWanted || lastStarts === null) {
    lastStarts = wordStarts(text, wanted);
    lastText = text;
    lastWanted = wanted.size;
  }
  return lastStarts;
}

/** Whether the pattern matches the text: the same answer as pattern.test(text). */
function matches(text: string, pattern: RegExp, plan: Plan | null | undefined): boolean {
  if (!plan) return pattern.test(text);
  for (const s of plan.anywhere) if (text.includes(s)) return pattern.test(text);
  const { last, previous, at } = startsOf(text);
  for (let k = 0; k < plan.keys.length; k++) {
    const starts = plan.starts[k]!;
    for (let i = last.get(plan.keys[k]!) ?? -1; i >= 0; i = previous[i]!) {
      const pos = at[i]!;
      if (!starts.some((s) => text.startsWith(s, pos))) continue;
      plan.anchored.lastIndex = pos;
      if (plan.anchored.test(text)) return true;
    }
  }
  return false;
}

/** How many of the patterns match (each counts once). */
export function countMatches(text: string, patterns: readonly RegExp[]): number {
  const list = plansOf(patterns, () => patterns);
  let n = 0;
  for (let i = 0; i < patterns.length; i++) if (matches(text, patterns[i]!, list[i])) n++;
  return n;
}

export function firstMatch(text: string, patterns: readonly (readonly [RegExp, string])[]): string | null {
  const list = plansOf(patterns, () => patterns.map(([p]) => p));
  for (let i = 0; i < patterns.length; i++) {
    const [p, label] = patterns[i]!;
    if (matches(text, p, list[i])) return label;
  }
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
