// Shared matcher for the wording rules: runs a rule's phrase patterns over the subject and the
// start of the (folded) body. Phrases are written lower-case, without accents, as fold() makes them.
import type { Prepared } from '../prepare';

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
