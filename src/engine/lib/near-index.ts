// Finds, among many fixed strings, the few within a small edit distance of a query without
// comparing the query with each of them ("symmetric delete"): two strings within k edits become
// equal once at most k characters are deleted from each, so every string is filed under all its
// deletion variants and the query's variants are looked up. The answer may include strings
// further away (callers check the real distance); it never misses one within k edits.

/** The string itself and every string made by deleting up to `depth` characters from it. */
export function deletionVariants(s: string, depth: number): Set<string> {
  const out = new Set<string>([s]);
  let frontier = [s];
  for (let d = 0; d < depth; d++) {
    const next: string[] = [];
    for (const v of frontier) {
      for (let i = 0; i < v.length; i++) {
        const shorter = v.slice(0, i) + v.slice(i + 1);
        if (!out.has(shorter)) {
          out.add(shorter);
          next.push(shorter);
        }
      }
    }
    frontier = next;
  }
  return out;
}

export class NearIndex<T> {
  readonly #byVariant = new Map<string, T[]>();
  /** Lengths of the indexed strings: a query further than maxEdits from all of them has no match. */
  #shortest = Infinity;
  #longest = -Infinity;

  constructor(
    entries: Iterable<readonly [string, T]>,
    /** Largest edit distance the index must find. */
    readonly maxEdits: number,
  ) {
    for (const [key, value] of entries) {
      this.#shortest = Math.min(this.#shortest, key.length);
      this.#longest = Math.max(this.#longest, key.length);
      for (const v of deletionVariants(key, maxEdits)) {
        const list = this.#byVariant.get(v);
        if (list) list.push(value);
        else this.#byVariant.set(v, [value]);
      }
    }
  }

  /** Every entry whose string may be within maxEdits of the query (a superset; check the distance). */
  candidates(query: string): Set<T> {
    const out = new Set<T>();
    if (query.length < this.#shortest - this.maxEdits || query.length > this.#longest + this.maxEdits) return out;
    for (const v of deletionVariants(query, this.maxEdits)) for (const value of this.#byVariant.get(v) ?? []) out.add(value);
    return out;
  }
}
