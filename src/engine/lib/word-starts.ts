// Where the words of a text start, filed by their first three characters, so that a phrase
// pattern is only tried where a word begins the way its matches must begin (regex-starts.ts),
// instead of over the whole text. One pass over the text, shared by all the phrase rules.

/** Word characters as regex \b sees them (no u or i flag): A-Z, a-z, 0-9 and _. */
function isWordChar(code: number): boolean {
  return (code >= 48 && code <= 57) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122) || code === 95;
}

/** Three ASCII characters packed 7 bits each: a small integer, so the index holds no strings. */
function keyAt(text: string, at: number): number {
  if (at + 3 > text.length) return -1;
  const a = text.charCodeAt(at);
  const b = text.charCodeAt(at + 1);
  const c = text.charCodeAt(at + 2);
  return (a | b | c) > 0x7f ? -1 : a | (b << 7) | (c << 14);
}

/** The key of a start string of at least three ASCII characters (its first three). */
export function startKey(start: string): number {
  return keyAt(start, 0);
}

/**
 * Word starts of a text by key: `last` gives the last word start with a key, `previous` the one
 * before it with the same key (-1 ends the chain), `at` its position in the text.
 */
export interface WordStarts {
  last: Map<number, number>;
  previous: number[];
  at: number[];
}

/** Word starts of the text whose key is `wanted` (the keys some pattern begins with: few words have one). */
export function wordStarts(text: string, wanted: ReadonlySet<number>): WordStarts {
  const out: WordStarts = { last: new Map(), previous: [], at: [] };
  let prevWord = false;
  for (let i = 0; i < text.length; i++) {
    const word = isWordChar(text.charCodeAt(i));
    if (word && !prevWord) {
      // Starts that are not three ASCII characters cannot begin any indexed match: left out.
      const key = keyAt(text, i);
      if (key >= 0 && wanted.has(key)) {
        out.previous.push(out.last.get(key) ?? -1);
        out.last.set(key, out.at.length);
        out.at.push(i);
      }
    }
    prevWord = word;
  }
  return out;
}
