// Finds, among many fixed strings, the few within a small edit distance of a query (look-alike
// domains: one or two typos away from a brand's name) without a full comparison with each.
import { editDistance, withinOneEdit } from './edit-distance';

/**
 * The letters of a string as bits: a-z one bit each, every other character one of six shared
 * bits. Two strings within k edits differ by at most k letters each way (an edit removes at most
 * one character and adds at most one), and sharing bits only hides differences, never adds them.
 */
function letterBits(s: string): number {
  let bits = 0;
  for (let i = 0; i < s.length; i++) {
    const code = s.charCodeAt(i);
    bits |= 1 << (code >= 97 && code <= 122 ? code - 97 : 26 + (code % 6));
  }
  return bits;
}

function countBits(n: number): number {
  let v = n - ((n >>> 1) & 0x55555555);
  v = (v & 0x33333333) + ((v >>> 2) & 0x33333333);
  return (((v + (v >>> 4)) & 0x0f0f0f0f) * 0x01010101) >>> 24;
}

interface Entry<T> {
  key: string;
  bits: number;
  value: T;
}

/**
 * Finds, among many fixed strings, the few within a small edit distance of a query. Entries are
 * grouped by length (only lengths within maxEdits of the query can match) and compared first by
 * their letters as bits, which rules out nearly all of them in a few instructions; the rest are
 * checked by edit distance. (It used to look up the query's deletion variants: a hundred and more
 * strings built per query, for hosts seen once.)
 */
export class NearIndex<T> {
  readonly #byLength = new Map<number, Entry<T>[]>();

  constructor(
    entries: Iterable<readonly [string, T]>,
    /** Largest edit distance the index must find. */
    readonly maxEdits: number,
  ) {
    for (const [key, value] of entries) {
      const list = this.#byLength.get(key.length);
      const entry = { key, bits: letterBits(key), value };
      if (list) list.push(entry);
      else this.#byLength.set(key.length, [entry]);
    }
  }

  /** Every entry whose string is within maxEdits of the query. */
  candidates(query: string): Set<T> {
    const out = new Set<T>();
    const k = this.maxEdits;
    const bits = letterBits(query);
    for (let length = query.length - k; length <= query.length + k; length++) {
      const list = this.#byLength.get(length);
      if (!list) continue;
      for (const e of list) {
        if (countBits(e.bits & ~bits) > k || countBits(bits & ~e.bits) > k) continue;
        if (k === 1 ? withinOneEdit(query, e.key) : editDistance(query, e.key, k) <= k) out.add(e.value);
      }
    }
    return out;
  }
}
