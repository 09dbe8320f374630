// Shared matcher for the wording rules: runs a rule's phrase patterns over the subject and the
// start of the (folded) body. Phrases are written lower-case, without accents, as fold() makes them.
import type { Prepared } from '../prepare';

/** Wording rules look at the subject and this much body text; lures put their ask up front. */
const BODY_WINDOW = 6_000;

export function wordingText(m: Prepared): string {
  return `${m.subjectFolded}\n${m.sender.nameFolded}\n${m.textFolded.slice(0, BODY_WINDOW)}`;
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
