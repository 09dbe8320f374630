// The brand look-alike search uses an edit-distance index and skips targets that cannot match;
// it must give exactly the answer of comparing the host with every candidate in order.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { BRANDS } from '../../src/engine/data/brands';
import { hostInfo } from '../../src/engine/lib/domains';
import { editDistance } from '../../src/engine/lib/edit-distance';
import { findBrandLookalikeByScan, findLookalikeAny } from '../../src/engine/lib/lookalike';
import { NearIndex } from '../../src/engine/lib/near-index';

const labels = BRANDS.flatMap((b) => b.domains.map((d) => d.split('.')[0]!));
const domains = BRANDS.flatMap((b) => [...b.domains]);

/** A brand label with up to two small edits. */
const nearLabel = fc
  .tuple(fc.constantFrom(...labels), fc.array(fc.tuple(fc.nat(), fc.constantFrom('insert', 'delete', 'replace', 'plural', 'digit')), { maxLength: 2 }))
  .map(([label, edits]) =>
    edits.reduce((w, [at, how]) => {
      const i = at % (w.length + 1);
      if (how === 'insert') return `${w.slice(0, i)}x${w.slice(i)}`;
      if (how === 'delete') return w.slice(0, i) + w.slice(i + 1);
      if (how === 'replace') return `${w.slice(0, i)}q${w.slice(i + 1)}`;
      return how === 'plural' ? `${w}s` : `${w}1`;
    }, label),
  )
  .filter((w) => /^[a-z0-9]/.test(w));
const piece = fc.oneof(nearLabel, fc.constantFrom(...domains), fc.constantFrom(...domains).map((d) => `x${d}`), fc.constantFrom('www', 'login', 'secure', 'mail'));
const label = fc.oneof(piece, fc.tuple(piece, piece).map(([a, b]) => `${a}-${b}`));
const hostName = fc.tuple(fc.array(label, { minLength: 1, maxLength: 4 }), fc.constantFrom('com', 'net', 'xyz', 'co.uk', 'top', 'com.br')).map(([ls, tld]) => `${ls.join('.')}.${tld}`);

describe('brand look-alike search', () => {
  it('agrees with comparing every candidate in order', () => {
    fc.assert(
      fc.property(hostName, (name) => {
        const host = hostInfo(name);
        if (!host) return;
        expect(findLookalikeAny(host, []), name).toEqual(findBrandLookalikeByScan(host));
      }),
      { numRuns: 3000 },
    );
  });
});

describe('NearIndex', () => {
  it('finds every entry within the edit limit (and may find more)', () => {
    const word = fc.string({ unit: fc.constantFrom('a', 'b', 'c', 'm', 'n', 'r'), maxLength: 9 });
    fc.assert(
      fc.property(fc.array(word, { maxLength: 20 }), word, fc.constantFrom(1, 2), (entries, query, k) => {
        const found = new NearIndex(entries.map((e) => [e, e] as const), k).candidates(query);
        for (const e of entries) if (editDistance(query, e, k) <= k) expect(found.has(e), `${e} near ${query}`).toBe(true);
      }),
      { numRuns: 1000 },
    );
  });

  it('finds exactly the entries within the edit limit, whatever the characters', () => {
    // Digits, punctuation and other alphabets share bits in the index's letter filter.
    const word = fc.string({ unit: fc.constantFrom('a', 'z', '0', '6', '-', '.', 'é', 'а', '𝐏', 'ß', 'x'), maxLength: 12 });
    fc.assert(
      fc.property(fc.array(word, { maxLength: 20 }), word, fc.constantFrom(1, 2), (entries, query, k) => {
        const found = new NearIndex(entries.map((e) => [e, e] as const), k).candidates(query);
        expect([...found].sort()).toEqual([...new Set(entries.filter((e) => editDistance(query, e, k) <= k))].sort());
      }),
      { numRuns: 2000 },
    );
  });
});
