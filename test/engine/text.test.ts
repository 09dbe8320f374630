import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { clip, domainSkeleton, fold, foldAll, hasDisguisedLetters, hasMixedScriptWord, quote } from '../../src/engine/lib/text';
import { editDistance } from '../../src/engine/lib/edit-distance';
import { decodeLabel } from '../../src/engine/lib/punycode';

describe('fold', () => {
  it.each([
    ['𝐏𝐚𝐲𝐏𝐚𝐥', 'paypal'],
    ['Pаypal', 'paypal'], // Cyrillic а
    ['M\u200Bicro\u200Csoft', 'microsoft'],
    ['A̿m̿a̿z̿o̿n̿', 'amazon'],
    ['Ｍｉｃｒｏｓｏｆｔ', 'microsoft'],
    ['Crédit Agricole', 'credit agricole'],
  ])('%s → %s', (input, expected) => expect(fold(input)).toBe(expected));

  it('folds plain ASCII (its shortcut) exactly as the full path does', () => {
    // An invisible character is removed by the full path, so it only forces that path.
    fc.assert(
      fc.property(fc.string({ unit: 'binary-ascii' }), (s) => {
        expect(fold(s)).toBe(fold(`${s}\u200B`));
      }),
      { numRuns: 1000 },
    );
  });

  it('folds a long text piece by piece exactly as in one piece', () => {
    // Pieces start at ASCII spaces: the characters that could reach across one are here. Combining
    // marks right after a space, Greek capital sigma before punctuation and letters (final or
    // not), ™, invisible and look-alike letters, fullwidth and math letters, Hangul jamo that
    // compose, emoji (surrogate pairs), non-breaking and other Unicode spaces.
    const tricky = ['\u0301', '\u0327', 'Σ', 'ΟΔΟΣ', 'aΣ', 'Σb', 'İΣ.', '.', "'", ':', 'a', 'É', 'ﬁ', '™', '\u200B', '\u00AD', 'а', 'Ｍ', '𝐏', '\u1100', '\u1161', '\u11A8', '😀', '\u00A0', '\u2003', 'İ', 'ß', 'Ω', 'x'];
    const ascii = ['Hello ', 'WORLD', ' ', '\n', '\r\n', '\t', 'lorem ipsum dolor sit amet '.repeat(4), 'Pay', '5'];
    const text = fc
      .array(fc.oneof(fc.constantFrom(...tricky), fc.constantFrom(...ascii)), { minLength: 20, maxLength: 200 })
      .map((parts) => parts.join(''));
    fc.assert(
      fc.property(text, (t) => {
        expect(fold(t)).toBe(foldAll(t));
      }),
      { numRuns: 2000 },
    );
    const filler = 'lorem ipsum '.repeat(60);
    for (const t of [`${filler}ΟΔΟΣ.x ${filler}`, `${filler}aΣ ${filler}aΣb`, `${filler}\u0301Σ\u0301 x`, `${filler}™\u200B ﬁ ${filler}`]) expect(fold(t)).toBe(foldAll(t));
  });
});

describe('domain skeleton', () => {
  it('maps the ASCII look-alike tricks', () => {
    expect(domainSkeleton('rnicrosoft')).toBe(domainSkeleton('microsoft'));
    expect(domainSkeleton('paypa1')).toBe(domainSkeleton('paypal'));
    expect(domainSkeleton('g00gle')).toBe(domainSkeleton('google'));
  });
});

describe('scripts', () => {
  it('finds no disguise in plain ASCII (its shortcut), as the full checks would not', () => {
    // A no-break space is not ASCII, so it forces the full checks without adding a disguise.
    fc.assert(
      fc.property(fc.string({ unit: 'binary-ascii' }), (s) => {
        expect(hasMixedScriptWord(s)).toBe(hasMixedScriptWord(`${s}\u00a0`));
        expect(hasDisguisedLetters(s)).toBe(hasDisguisedLetters(`${s}\u00a0`));
      }),
      { numRuns: 500 },
    );
  });

  it('flags a word mixing Latin and Cyrillic, not a whole Cyrillic or Greek name', () => {
    expect(hasMixedScriptWord('Аpple Support')).toBe(true);
    expect(hasMixedScriptWord('Мария Иванова')).toBe(false);
    expect(hasMixedScriptWord('Γιώργος Παπαδόπουλος')).toBe(false);
    expect(hasMixedScriptWord('Maria Ivanova Мария')).toBe(false);
  });
  it('flags stacked combining marks and math letters but not ordinary accents', () => {
    expect(hasDisguisedLetters('A̿m̿a̿z̿o̿n̿')).toBe(true);
    expect(hasDisguisedLetters('𝐏𝐚𝐲𝐏𝐚𝐥')).toBe(true);
    expect(hasDisguisedLetters('José Müller-Lüdenscheidt, Crème brûlée')).toBe(false);
  });
});

describe('helpers', () => {
  it('edit distance stops early past the limit', () => {
    expect(editDistance('paypal', 'paypa1', 1)).toBe(1);
    expect(editDistance('paypal', 'amazon', 1)).toBe(2);
    expect(editDistance('', 'abc', 5)).toBe(3);
  });
  it('decodes punycode labels', () => {
    expect(decodeLabel('xn--pple-43d')).toBe('аpple');
    expect(decodeLabel('xn--mnchen-3ya')).toBe('münchen');
    expect(decodeLabel('xn--!!!')).toBeNull();
  });
  it('clips without splitting surrogate pairs and quotes safely', () => {
    expect(clip('a😀b', 2)).toBe('a');
    expect(quote('a\u202Eb\n<c>', 10)).toBe('ab <c>');
    expect(quote('x'.repeat(100), 10)).toHaveLength(10);
  });
});
