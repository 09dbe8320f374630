// Text normalisation used before matching names and words: attackers hide brand names and
// keywords behind look-alike letters, accents, invisible characters and fancy Unicode fonts.

/** Zero-width characters and bidi controls: never needed in a sender's name or a domain. */
export const INVISIBLE_RE = /[\u00AD\u034F\u061C\u115F\u1160\u17B4\u17B5\u180E\u200B-\u200F\u202A-\u202E\u2060-\u206F\u3164\uFE00-\uFE0F\uFEFF\uFFA0]/gu;
export const BIDI_OVERRIDE_RE = /[\u202A-\u202E\u2066-\u2069\u200E\u200F\u061C]/u;

// Letters from other alphabets that look like Latin ones (UTS #39 confusables, the subset
// that maps to a-z / 0-9). Kept small on purpose: it only has to undo common disguises.
const CONFUSABLE: Record<string, string> = {
  // Cyrillic
  а: 'a', в: 'b', е: 'e', ё: 'e', к: 'k', м: 'm', н: 'h', о: 'o', р: 'p', с: 'c', т: 't', у: 'y', х: 'x',
  ѕ: 's', і: 'i', ї: 'i', ј: 'j', ԁ: 'd', ԛ: 'q', ԝ: 'w', һ: 'h', ӏ: 'l', ɡ: 'g', ү: 'y', ѵ: 'v',
  // Greek
  α: 'a', β: 'b', ε: 'e', η: 'n', ι: 'i', κ: 'k', ν: 'v', ο: 'o', ρ: 'p', τ: 't', υ: 'u', χ: 'x', ω: 'w',
  ϲ: 'c', ϳ: 'j',
  // Latin look-alikes
  ı: 'i', ȷ: 'j', ɑ: 'a', ɩ: 'i', ʟ: 'l', ɪ: 'i', ᴅ: 'd', ᴇ: 'e', ᴋ: 'k', ᴍ: 'm', ᴏ: 'o', ᴘ: 'p', ᴛ: 't', ᴜ: 'u',
  ꭰ: 'd', ł: 'l', ø: 'o', đ: 'd', ħ: 'h', ŀ: 'l',
};

// eslint-disable-next-line no-control-regex -- every ASCII code, control characters included
const ASCII_ONLY = /^[\x00-\x7f]*$/;

/** Nothing but ASCII: no invisible, look-alike, accented or other-alphabet letters can be in it. */
export function isAscii(input: string): boolean {
  return ASCII_ONLY.test(input);
}

const CONFUSABLE_RE = new RegExp(`[${Object.keys(CONFUSABLE).join('')}]`, 'gu');

/**
 * Lower-case, compatibility-folded text with invisible characters and accents removed and
 * look-alike letters mapped to Latin. "𝐏𝐚𝐲𝐏𝐚𝐥", "Pаypal" (Cyrillic а) and "P̿a̿y̿P̿a̿l̿" all fold to "paypal".
 */
export function fold(input: string): string {
  // Plain ASCII has nothing to normalise, strip or map: only lower-casing changes it. Most mail
  // is ASCII, and this skips five passes over up to 12,000 characters.
  if (isAscii(input)) return input.toLowerCase();
  if (input.length < MIXED_TEXT) return foldAll(input);
  return foldMixed(input);
}

/** The fold in one piece, whatever the text (the reference foldMixed must agree with). */
export function foldAll(input: string): string {
  return input
    // ™ ® © would fold into letters glued to the word ("Mcafee™" → "mcafeetm").
    .replace(/[\u2122\u00AE\u00A9\u2120]/g, ' ')
    .normalize('NFKC')
    .replace(INVISIBLE_RE, '')
    .toLowerCase()
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .replace(CONFUSABLE_RE, (c) => CONFUSABLE[c] ?? c);
}

/** Texts this long are folded piece by piece (foldMixed); shorter ones are not worth it. */
const MIXED_TEXT = 512;
/** ASCII text between two non-ASCII words shorter than this is folded with them, in one piece. */
const ASCII_GAP = 64;
// eslint-disable-next-line no-control-regex -- every code that is not ASCII
const NON_ASCII = /[^\x00-\x7f]/g;

function isAsciiSpace(code: number): boolean {
  return code === 32 || code === 10 || code === 13 || code === 9;
}

/**
 * fold() of a long text that is mostly ASCII with a few other characters (quotes, accents, an
 * emoji): only the words holding those go through the full fold, the ASCII between them is just
 * lower-cased. The same result as folding the whole text, because every piece starts at an ASCII
 * space, tab or line break: no step of the fold looks across one (nothing composes with it, it
 * ends every run of combining marks, and lower-casing a final sigma only looks at letters and
 * case-ignorable characters next to it, which a space is not).
 */
function foldMixed(input: string): string {
  let out = '';
  let done = 0;
  NON_ASCII.lastIndex = 0;
  for (let hit = NON_ASCII.exec(input); hit; ) {
    // The piece starts at the space before the word holding the character...
    let start = hit.index;
    while (start > done && !isAsciiSpace(input.charCodeAt(start))) start--;
    // ...and ends at the space after its last word, taking in the next such words when close.
    let end = hit.index;
    for (;;) {
      while (end < input.length && !isAsciiSpace(input.charCodeAt(end))) end++;
      NON_ASCII.lastIndex = end;
      hit = NON_ASCII.exec(input);
      if (!hit || hit.index - end >= ASCII_GAP) break;
      end = hit.index;
    }
    out += input.slice(done, start).toLowerCase() + foldAll(input.slice(start, end));
    done = end;
  }
  return out + input.slice(done).toLowerCase();
}

/** Domain-label skeleton: fold() plus the ASCII tricks used in look-alike domains. */
export function domainSkeleton(label: string): string {
  return fold(label).replace(/rn/g, 'm').replace(/vv/g, 'w').replace(/cl/g, 'd').replace(/0/g, 'o').replace(/[1!|]/g, 'l').replace(/5/g, 's');
}

/** Words of folded text: letters and digits only, so punctuation and emoji separate words. */
export function words(folded: string): string[] {
  return folded.split(/[^\p{L}\p{N}]+/u).filter(Boolean);
}

/** True when one word mixes Latin letters with Cyrillic or Greek ones (a classic disguise). */
export function hasMixedScriptWord(input: string): boolean {
  if (isAscii(input)) return false;
  for (const word of input.normalize('NFC').split(/[^\p{L}]+/u)) {
    if (word.length < 2) continue;
    const latin = /\p{Script=Latin}/u.test(word);
    if (latin && /[\p{Script=Cyrillic}\p{Script=Greek}\p{Script=Cherokee}\p{Script=Armenian}]/u.test(word)) return true;
  }
  return false;
}

/**
 * Letters decorated with stacked combining marks, or letters from "mathematical" fonts:
 * used to write brand names that keyword filters cannot read. Ordinary accents (é, ñ, ü) pass.
 */
export function hasDisguisedLetters(input: string): boolean {
  if (isAscii(input)) return false;
  if (/[\u{1D400}-\u{1D7FF}\u{1F130}-\u{1F189}\u{24B6}-\u{24E9}\uFF21-\uFF5A]/u.test(input)) return true;
  // Small capitals ("ᴄʟᴏᴜᴅ sᴛᴏʀᴀɢᴇ"): phonetic letters no one types in a name or subject.
  if ((input.match(/[\u1D00-\u1D22\u0262\u026A\u0274\u0280\u028F\u0299\u029C\u029F]/gu) ?? []).length >= 3) return true;
  // Combining marks that do not compose into a normal accented letter.
  const composed = input.normalize('NFC');
  const leftover = composed.match(/\p{M}/gu);
  return leftover !== null && leftover.length >= 2 && !/[\p{Script=Devanagari}\p{Script=Thai}\p{Script=Arabic}\p{Script=Hebrew}\p{Script=Bengali}\p{Script=Tamil}]/u.test(composed);
}

/** Cut a string to at most max UTF-16 units without splitting a surrogate pair. */
export function clip(input: string, max: number): string {
  if (input.length <= max) return input;
  let end = max;
  const code = input.charCodeAt(end - 1);
  if (code >= 0xd800 && code <= 0xdbff) end -= 1;
  return input.slice(0, end);
}

/** Short, safe form of an attacker-chosen string for use inside a sentence. */
export function quote(input: string, max = 60): string {
  const cleaned = input.replace(INVISIBLE_RE, '').replace(/[\p{Cc}]/gu, ' ').replace(/\s+/g, ' ').trim();
  return cleaned.length > max ? `${clip(cleaned, max - 1)}…` : cleaned;
}
