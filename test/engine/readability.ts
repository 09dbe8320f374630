// Flesch-Kincaid grade level, for the plain-words tests (issue 6): a test helper, not part of the
// engine, which stays pure and small.
//
//   grade = 0.39 × (words / sentences) + 11.8 × (syllables / words) − 15.59
//
// Syllables come from the `syllable` package (English rules plus a table of exceptions). Two
// adjustments so the score measures our wording, not the evidence it quotes:
// - evidence (a web address, email address, file name, IP address or random code: anything with
//   a dot, @, slash, colon or digit inside it) counts as ONE word of 2 syllables;
// - short initialisms said letter by letter ("IT", "PDF") count one syllable per letter.
import { syllable } from 'syllable';

export interface Readability {
  grade: number;
  words: number;
  sentences: number;
  syllables: number;
}

/** Syllables given to one piece of evidence, however long it is. */
export const EVIDENCE_SYLLABLES = 2;

// Abbreviations whose full stop does not end a sentence ("Dr. Anita Patel").
const ABBREVIATION = /\b(Dr|Mr|Mrs|Ms|Mt|St|Jr|Sr|Inc|Ltd|Co|vs|etc|e\.g|i\.e)\./gi;
// Words the initialism rule must leave alone: capitals that are read as words.
const READ_AS_WORD = new Set(['OK', 'HIPAA', 'OCR']);

/** True for a token that is quoted evidence rather than a word: `mychart-portal.com`, `Invoice.pdf.html`, `10.0.0.1`. */
export function isEvidence(token: string): boolean {
  const core = trimPunctuation(token);
  return /[\p{L}\p{N}][.@/:\\][\p{L}\p{N}]/u.test(core) || /\p{N}/u.test(core) || /\p{Ll}\p{Lu}.*\p{Ll}\p{Lu}/u.test(core);
}

function trimPunctuation(token: string): string {
  return token.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, '');
}

/** The words of a text: whitespace-separated tokens holding a letter or digit, outer punctuation removed. */
export function words(text: string): string[] {
  return text.split(/\s+/).map(trimPunctuation).filter((t) => /[\p{L}\p{N}]/u.test(t));
}

/** Sentences: split after . ! ? (and closing quotes or brackets) followed by a space or the end. */
export function sentences(text: string): string[] {
  const shielded = text.replace(ABBREVIATION, (m) => m.replace(/\./g, '\u2024'));
  return shielded
    .split(/(?<=[.!?…]["'”’)\]]*)\s+/u)
    .map((s) => s.trim())
    .filter((s) => words(s).length > 0);
}

/** Syllables in one word (a token from `words`). */
export function syllables(word: string): number {
  if (isEvidence(word)) return EVIDENCE_SYLLABLES;
  if (/^\p{Lu}{2,4}s?$/u.test(word) && !READ_AS_WORD.has(word)) return word.replace(/s$/, '').length;
  return Math.max(1, syllable(word));
}

export function readability(text: string): Readability {
  const sentenceCount = Math.max(1, sentences(text).length);
  const list = words(text);
  const wordCount = Math.max(1, list.length);
  const syllableCount = list.reduce((sum, w) => sum + syllables(w), 0);
  const grade = 0.39 * (wordCount / sentenceCount) + 11.8 * (syllableCount / wordCount) - 15.59;
  return { grade: Math.round(grade * 10) / 10, words: list.length, sentences: sentenceCount, syllables: syllableCount };
}

/** Flesch-Kincaid grade, rounded to one decimal. */
export function grade(text: string): number {
  return readability(text).grade;
}
