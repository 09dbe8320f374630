// The bounded edit distance used by the look-alike check must agree with the textbook
// Levenshtein distance wherever the bound allows it to answer.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { editDistance, withinOneEdit } from '../../src/engine/lib/edit-distance';

/** Full Levenshtein table, no shortcuts: the reference. */
function levenshtein(a: string, b: string): number {
  const d = Array.from({ length: a.length + 1 }, (_, i) => Array.from({ length: b.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)));
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) d[i]![j] = Math.min(d[i - 1]![j]! + 1, d[i]![j - 1]! + 1, d[i - 1]![j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
  }
  return d[a.length]![b.length]!;
}

// Short strings over a small alphabet, so near-misses are common.
const label = fc.string({ unit: fc.constantFrom('a', 'b', 'c', 'r', 'n', 'm'), maxLength: 12 });

describe('editDistance', () => {
  it('is the Levenshtein distance, or max + 1 when that is larger than max', () => {
    fc.assert(
      fc.property(label, label, fc.integer({ min: 0, max: 4 }), (a, b, max) => {
        expect(editDistance(a, b, max)).toBe(Math.min(levenshtein(a, b), max + 1));
      }),
      { numRuns: 2000 },
    );
  });

  it('agrees with withinOneEdit', () => {
    fc.assert(fc.property(label, label, (a, b) => {
      expect(withinOneEdit(a, b)).toBe(levenshtein(a, b) <= 1);
    }), { numRuns: 2000 });
  });
});
