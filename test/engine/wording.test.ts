// The phrase matchers try a pattern only at the words that start the way its matches must
// (regex-starts.test.ts has the real rules' patterns); the answers must be exactly those of
// trying every pattern over the whole text, also for patterns that cannot be indexed.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { countMatches, firstMatch } from '../../src/engine/lib/wording';

const PATTERNS: readonly RegExp[] = [
  /\b(urgent|immediately|act now)\b/,
  /\bwithin\s+(24|48)\s*(hours?|h)\b|\bfinal (notice|warning)\b/,
  /\b(verify|confirm)\s+(your|the)\s+(account|password)/,
  /(ab)c\1/, // a back-reference: not indexed, still counted right
];
const LABELLED: readonly (readonly [RegExp, string])[] = PATTERNS.map((p, i) => [p, `p${i}`] as const);

const naiveCount = (text: string, ps: readonly RegExp[]) => ps.filter((p) => p.test(text)).length;
const words = fc.constantFrom('urgent', 'within 24 hours', 'final notice', 'verify your account', 'abcab', 'hello', 'the', ' ', '\n', 'x');
const text = fc.array(words, { maxLength: 12 }).map((w) => w.join(' '));

describe('phrase matching', () => {
  it('counts exactly the patterns that match, combinable or not', () => {
    fc.assert(
      fc.property(text, (t) => {
        expect(countMatches(t, PATTERNS)).toBe(naiveCount(t, PATTERNS));
        expect(countMatches(t, PATTERNS.slice(0, 3))).toBe(naiveCount(t, PATTERNS.slice(0, 3)));
      }),
      { numRuns: 500 },
    );
  });

  it('returns the label of the first matching pattern', () => {
    fc.assert(
      fc.property(text, (t) => {
        expect(firstMatch(t, LABELLED)).toBe(LABELLED.find(([p]) => p.test(t))?.[1] ?? null);
      }),
      { numRuns: 500 },
    );
  });

  it('handles patterns with different flags and an empty list', () => {
    const mixed = [/URGENT/i, /urgent/];
    expect(countMatches('Urgent', mixed)).toBe(1);
    expect(countMatches('urgent', mixed)).toBe(2);
    expect(countMatches('anything', [])).toBe(0);
    expect(firstMatch('anything', [])).toBeNull();
  });
});
