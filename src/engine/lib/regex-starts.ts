// What text a regex's matches can begin with, worked out from its source: "every match of
// /\b(urgent|act now)\b/ starts a word with 'urg' or 'act'". Lets the phrase matchers try a
// pattern only where a word of the text starts that way (see word-starts.ts).
// Only a plain subset of regex syntax is understood; anything else gives null ("could start
// anywhere"), so a pattern is never skipped on a guess.

/**
 * Longest start worked out: the first three characters find the words (the key length of
 * word-starts.ts), the next ones spare running the pattern at words that only share those three
 * ("con" of "confirm" begins "contact", "content", "continue").
 */
const START_LENGTH = 6;
/** Shortest start: a pattern that can match something shorter gets none (too many words begin so). */
const MIN_START_LENGTH = 3;
/** More alternatives than this (classes, optional parts multiply them) and we give up. */
const MAX_STARTS = 512;
/**
 * A class of more characters than this is "any character" here: listing the ten digits after
 * "usd " would only multiply the starts (\d+ alone would give 10,000), not make them rarer.
 */
const MAX_CLASS_CHARS = 4;

/**
 * Starts of what a piece of a regex can match: `done` holds whole matches shorter than
 * START_LENGTH (what follows the piece comes after them), `open` holds beginnings of longer
 * matches, cut where nothing more is known (at START_LENGTH, or before a wide class like \s).
 */
interface Starts {
  done: Set<string>;
  open: Set<string>;
}

class Unsupported extends Error {}

const EMPTY = (): Starts => ({ done: new Set(['']), open: new Set() });
const UNKNOWN = (): Starts => ({ done: new Set(), open: new Set(['']) });

function add(out: Starts, s: string, finished: boolean): void {
  if (s.length >= START_LENGTH) out.open.add(s.slice(0, START_LENGTH));
  else (finished ? out.done : out.open).add(s);
  if (out.done.size + out.open.size > MAX_STARTS) throw new Unsupported();
}

function union(a: Starts, b: Starts): Starts {
  const out: Starts = { done: new Set(a.done), open: new Set(a.open) };
  for (const s of b.done) add(out, s, true);
  for (const s of b.open) add(out, s, false);
  return out;
}

function concat(a: Starts, b: Starts): Starts {
  const out: Starts = { done: new Set(), open: new Set(a.open) };
  for (const x of a.done) {
    for (const y of b.done) add(out, x + y, true);
    for (const y of b.open) add(out, x + y, false);
  }
  return out;
}

/**
 * x{min,max}: after START_LENGTH + 1 repeats nothing new can appear within the first characters.
 * An open-ended repeat (x*, x+) of a choice is cut after its required part, as if anything could
 * follow: spelling out "[!,.]*" would multiply the starts for nothing.
 */
function repeat(x: Starts, min: number, max: number): Starts {
  const cap = START_LENGTH + 1;
  let out = EMPTY();
  for (let i = 0; i < Math.min(min, cap); i++) out = concat(out, x);
  if (max === Infinity && x.done.size + x.open.size > 1) return concat(out, union(EMPTY(), UNKNOWN()));
  let tail = EMPTY();
  let more = EMPTY();
  for (let i = 0; i < Math.min(max - min, cap); i++) {
    more = concat(more, x);
    tail = union(tail, more);
  }
  return concat(out, tail);
}

function chars(codes: readonly number[] | null): Starts {
  if (codes === null) return UNKNOWN();
  const out: Starts = { done: new Set(), open: new Set() };
  for (const c of codes) add(out, String.fromCharCode(c), true);
  return out;
}

/** Reads one regex source (no flags) into Starts. Throws Unsupported on anything it does not know. */
class Reader {
  #i = 0;

  constructor(readonly src: string) {}

  /** The starts of each top-level alternative, and whether it opens with \b. */
  read(): { starts: Starts; bounded: boolean }[] {
    const out = [this.#topAlternative()];
    while (this.src[this.#i] === '|') {
      this.#i++;
      out.push(this.#topAlternative());
    }
    if (this.#i !== this.src.length) throw new Unsupported();
    return out;
  }

  #topAlternative(): { starts: Starts; bounded: boolean } {
    const bounded = this.src.startsWith('\\b', this.#i);
    if (bounded) this.#i += 2;
    return { starts: this.#sequence(), bounded };
  }

  #alternation(): Starts {
    let out = this.#sequence();
    while (this.src[this.#i] === '|') {
      this.#i++;
      out = union(out, this.#sequence());
    }
    return out;
  }

  #sequence(): Starts {
    let out = EMPTY();
    while (this.#i < this.src.length && this.src[this.#i] !== '|' && this.src[this.#i] !== ')') {
      const atom = this.#atom();
      out = concat(out, this.#quantified(atom));
    }
    return out;
  }

  #quantified(atom: Starts): Starts {
    const c = this.src[this.#i];
    let bounds: [number, number];
    if (c === '?' || c === '*' || c === '+') {
      this.#i++;
      bounds = [c === '+' ? 1 : 0, c === '?' ? 1 : Infinity];
    } else if (c === '{') {
      const m = /^\{(\d+)(,(\d*))?\}/.exec(this.src.slice(this.#i));
      if (!m) throw new Unsupported(); // a literal "{": legal, but not worth reading
      this.#i += m[0].length;
      const min = Number(m[1]);
      bounds = [min, m[2] === undefined ? min : m[3] ? Number(m[3]) : Infinity];
    } else {
      return atom;
    }
    if (this.src[this.#i] === '?') this.#i++; // lazy: matches the same strings
    return repeat(atom, ...bounds);
  }

  #atom(): Starts {
    const c = this.src[this.#i++]!;
    switch (c) {
      case '(': {
        if (this.src[this.#i] === '?') {
          if (this.src[this.#i + 1] !== ':') throw new Unsupported(); // look-arounds, named groups
          this.#i += 2;
        }
        const inner = this.#alternation();
        if (this.src[this.#i++] !== ')') throw new Unsupported();
        return inner;
      }
      case '[':
        return chars(this.#charClass());
      case '.':
        return UNKNOWN();
      case '\\':
        return this.#escape();
      case '^':
      case '$':
      case '*':
      case '+':
      case '?':
      case '{':
      case '}':
      case ']':
        throw new Unsupported();
      default:
        return chars([c.charCodeAt(0)]);
    }
  }

  #escape(): Starts {
    const c = this.src[this.#i++];
    if (c === 'b') return EMPTY(); // a boundary inside the pattern only narrows its matches
    const codes = this.#escapedChars(c);
    return chars(codes);
  }

  /** Characters an escape stands for (outside or inside a class); null for "too many to list". */
  #escapedChars(c: string | undefined): number[] | null {
    switch (c) {
      case 'd':
      case 's':
      case 'S':
      case 'w':
      case 'W':
      case 'D':
        return null;
      case 'n':
        return [10];
      case 'r':
        return [13];
      case 't':
        return [9];
      case 'f':
        return [12];
      case 'v':
        return [11];
      default:
        // Escaped punctuation stands for itself; letters and digits (back-references, \x, \u,
        // \B, \k...) have meanings not read here.
        if (c === undefined || /[\p{L}\p{N}_]/u.test(c)) throw new Unsupported();
        return [c.charCodeAt(0)];
    }
  }

  #charClass(): number[] | null {
    let negated = false;
    if (this.src[this.#i] === '^') {
      negated = true;
      this.#i++;
    }
    const codes: number[] = [];
    let wide = false;
    while (this.src[this.#i] !== ']') {
      if (this.#i >= this.src.length) throw new Unsupported();
      const from = this.#classChar();
      if (this.src[this.#i] === '-' && this.src[this.#i + 1] !== ']' && from !== null && from.length === 1) {
        this.#i++;
        const to = this.#classChar();
        if (to === null || to.length !== 1 || to[0]! < from[0]!) throw new Unsupported();
        for (let code = from[0]!; code <= to[0]!; code++) codes.push(code);
      } else if (from === null) {
        wide = true;
      } else {
        codes.push(...from);
      }
    }
    this.#i++;
    if (negated || wide || codes.length > MAX_CLASS_CHARS) return null;
    return [...new Set(codes)];
  }

  #classChar(): number[] | null {
    const c = this.src[this.#i++];
    if (c === undefined) throw new Unsupported();
    if (c !== '\\') return [c.charCodeAt(0)];
    const e = this.src[this.#i++];
    if (e === 'b') return [8]; // backspace, inside a class
    return this.#escapedChars(e);
  }
}

function isAscii(s: string): boolean {
  for (let i = 0; i < s.length; i++) if (s.charCodeAt(i) > 0x7f) return false;
  return true;
}

function isWordChar(code: number): boolean {
  return (code >= 48 && code <= 57) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122) || code === 95;
}

/**
 * Every match of the regex begins, at the start of a word, with one of `word`, or anywhere with
 * one of `anywhere` (three to six characters each; the first three of `word` ones ASCII). Null
 * when that cannot be said: flags, syntax not read here, a possible start shorter than three.
 */
export interface RegexStarts {
  word: string[];
  anywhere: string[];
}

export function regexStarts(re: RegExp): RegexStarts | null {
  if (re.flags !== '') return null;
  let alternatives;
  try {
    alternatives = new Reader(re.source).read();
  } catch (e) {
    if (e instanceof Unsupported) return null;
    throw e;
  }
  const word = new Set<string>();
  const anywhere = new Set<string>();
  for (const { starts, bounded } of alternatives) {
    for (const s of [...starts.done, ...starts.open]) {
      if (s.length < MIN_START_LENGTH) return null;
      // \b then a word character: the match begins a word (the character before is not a word one).
      if (bounded && isWordChar(s.charCodeAt(0)) && isAscii(s.slice(0, MIN_START_LENGTH))) word.add(s);
      else anywhere.add(s);
    }
  }
  return { word: withoutLonger(word), anywhere: withoutLonger(anywhere) };
}

/** "buy" already covers "buy gi": keep only starts that no shorter one in the set begins. */
function withoutLonger(set: ReadonlySet<string>): string[] {
  const all = [...set];
  return all.filter((s) => !all.some((t) => t.length < s.length && s.startsWith(t))).sort();
}
