// The phrase matchers try a pattern only where a word starts the way regexStarts() says its
// matches must start. If that analysis ever left a start out, a lure would go unseen: so every
// match start of every real wording pattern, on many texts, must be one regexStarts() gives.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { regexStarts } from '../../src/engine/lib/regex-starts';
import { countMatches, firstMatch } from '../../src/engine/lib/wording';
import { PATTERNS as CREDENTIALS } from '../../src/engine/rules/wording-credentials';
import { PATTERNS as GREETING } from '../../src/engine/rules/wording-generic-greeting';
import { PATTERNS as GIFT_CARD } from '../../src/engine/rules/wording-gift-card';
import { THEMES } from '../../src/engine/rules/wording-healthcare-lure';
import { PATTERNS as JUNK } from '../../src/engine/rules/wording-junk-offer';
import { PATTERNS as MONEY } from '../../src/engine/rules/wording-money-offer';
import { LURES } from '../../src/engine/rules/wording-notification-lure';
import { PATTERNS as PAYMENT } from '../../src/engine/rules/wording-payment-change';
import { PATTERNS as URGENCY } from '../../src/engine/rules/wording-urgency';

const LISTS: readonly (readonly RegExp[])[] = [CREDENTIALS, GREETING, GIFT_CARD, JUNK, MONEY, PAYMENT, URGENCY, THEMES.map(([p]) => p), LURES.map(([p]) => p)];
const ALL = LISTS.flat();

const isWord = (c: string | undefined) => c !== undefined && /\w/.test(c);

/** Every position where the regex has a match starting (by trying it anchored at each). */
function matchStarts(re: RegExp, text: string): number[] {
  const anchored = new RegExp(re.source, `${re.flags}y`);
  const out: number[] = [];
  for (let i = 0; i <= text.length; i++) {
    anchored.lastIndex = i;
    if (anchored.test(text)) out.push(i);
  }
  return out;
}

/** The analysis holds for this text: each match starts as regexStarts() says. */
function startsHold(re: RegExp, text: string): boolean {
  const starts = regexStarts(re);
  if (!starts) return true;
  return matchStarts(re, text).every(
    (i) =>
      (!isWord(text[i - 1]) && starts.word.some((s) => text.startsWith(s, i))) ||
      starts.anywhere.some((s) => text.startsWith(s, i)),
  );
}

// Texts made of the patterns' own words and of strings generated from the patterns (without
// their \b, which the generator cannot do, so some land inside other words), glued with the
// characters that decide word boundaries: spaces, punctuation, digits, underscores, accents.
const vocabulary = [...new Set(ALL.flatMap((p) => p.source.match(/[a-z][a-z' -]*[a-z]/g) ?? []))];
const generated = fc.oneof(...ALL.map((p) => fc.stringMatching(new RegExp(p.source.replace(/\\b/g, '')))));
const glue = fc.constantFrom(' ', ' ', ' ', '', '-', '.', "'", '_', '1', 'é', '\n', ', ', ' $5 ', '24 ');
const phraseText = fc
  .array(fc.tuple(fc.oneof(fc.constantFrom(...vocabulary), generated), glue), { maxLength: 8 })
  .map((parts) => parts.map(([w, g]) => w + g).join(''));

describe('regexStarts', () => {
  it('works out starts for every wording pattern (else the pattern is tried over the whole text)', () => {
    const unread = ALL.filter((p) => regexStarts(p) === null).map((p) => p.source.slice(0, 60));
    expect(unread).toEqual([]);
  });

  it('gives starts every match of a wording pattern begins with', () => {
    fc.assert(
      fc.property(phraseText, (t) => {
        for (const p of ALL) expect(startsHold(p, t), `${p.source.slice(0, 60)} on ${JSON.stringify(t)}`).toBe(true);
      }),
      { numRuns: 300 },
    );
  });

  it('reads groups, optional parts, repeats, classes and escapes', () => {
    expect(regexStarts(/\b(urgent|act now)\b/)).toEqual({ word: ['act no', 'urgent'], anywhere: [] });
    expect(regexStarts(/\b(e-?)?fax\b/)).toEqual({ word: ['e-fax', 'efax', 'fax'], anywhere: [] });
    expect(regexStarts(/\bx{2,}yz/)).toEqual({ word: ['xxxxxx', 'xxxxxy', 'xxxxyz', 'xxxyz', 'xxyz'], anywhere: [] });
    expect(regexStarts(/\bdear[- ]sir/)).toEqual({ word: ['dear s', 'dear-s'], anywhere: [] });
    expect(regexStarts(/\bab[cd]/)).toEqual({ word: ['abc', 'abd'], anywhere: [] });
    expect(regexStarts(/\bno\.\s?1/)).toEqual({ word: ['no.'], anywhere: [] });
    expect(regexStarts(/\bbuy\b.{0,40}\bgift/)).toEqual({ word: ['buy'], anywhere: [] }); // "buy" covers "buygif"
    expect(regexStarts(/\bparabens[!,.]* (voce|seu)/)).toEqual({ word: ['parabe'], anywhere: [] });
    expect(regexStarts(/\bfoo|(pending|held) mail/)).toEqual({ word: ['foo'], anywhere: ['held m', 'pendin'] });
    // A start after \b that is not a word character is not at a word start: searched anywhere.
    expect(regexStarts(/\b\$\d{3}/)).toBeNull(); // "$" then any digit: too short to look up
    expect(regexStarts(/\b\$us/)).toEqual({ word: [], anywhere: ['$us'] });
  });

  it('gives up on what it does not read, or on starts too short to be worth looking up', () => {
    for (const re of [/urgent/i, /\burgent/g, /\b(?=urgent)/, /\b(?<w>ab)c\k<w>/, /(ab)c\1/, /\bab\d/, /\b(it|hr)\b/, /^urgent/, /\burgent$/, /\ba{/, /\b[\w]bc/, /\b\Burgent/, /\b\x41bc/])
      expect(regexStarts(re), re.source).toBeNull();
  });

  it('holds on tricky constructs', () => {
    const tricky = [/\bxyz[ab]*w/, /\bxy(zw)+a/, /\b(ab|a)?b?c{0,2}d/, /\b(a|bc)+d/, /\bx[y-z]{1,3}\b.{0,5}w/, /\b(?:ab\b|cd)\s*e/, /q(r|s)t|\b(uv)?w_x/, /\b[_a]b\bc/];
    const text = fc.array(fc.constantFrom('a', 'b', 'c', 'd', 'e', 'q', 'r', 's', 't', 'u', 'v', 'w', 'x', 'y', 'z', '_', ' ', '-', 'é'), { maxLength: 16 }).map((cs) => cs.join(''));
    fc.assert(
      fc.property(text, (t) => {
        for (const re of tricky) expect(startsHold(re, t), `${re.source} on ${JSON.stringify(t)}`).toBe(true);
      }),
      { numRuns: 2000 },
    );
    // Repeats that the random texts rarely spell out.
    for (const [re, t] of [[/\bxyz[ab]*w/, 'xyzabaw'], [/\bxy(zw)+a/, 'xyzwzwa'], [/\b(a|bc)+d/, 'abcabcd'], [/\bx{2,}yz/, 'xxxxxxxyz']] as const) {
      expect(re.test(t)).toBe(true);
      expect(startsHold(re, t), re.source).toBe(true);
    }
  });
});

describe('phrase matching through the word-start index', () => {
  it('counts and labels exactly as trying every pattern over the whole text', () => {
    const labelled = THEMES;
    fc.assert(
      fc.property(phraseText, (t) => {
        for (const list of LISTS) expect(countMatches(t, list)).toBe(list.filter((p) => p.test(t)).length);
        expect(firstMatch(t, labelled)).toBe(labelled.find(([p]) => p.test(t))?.[1] ?? null);
        expect(firstMatch(t, LURES)).toBe(LURES.find(([p]) => p.test(t))?.[1] ?? null);
      }),
      { numRuns: 300 },
    );
  });

  it('finds phrases at the very start and end of the text and next to other letters', () => {
    expect(countMatches('urgent', URGENCY)).toBe(1);
    expect(countMatches('x urgent', URGENCY)).toBe(1);
    expect(countMatches('xurgent', URGENCY)).toBe(0);
    expect(countMatches('éurgent', URGENCY)).toBe(1); // \b treats é as a non-word character
    expect(countMatches('verify your account', CREDENTIALS)).toBe(1);
    expect(countMatches('5 undelivered messages', CREDENTIALS)).toBe(1); // matched anywhere, not only at a word start
    expect(countMatches('xxundelivered messages', CREDENTIALS)).toBe(1);
  });
});
