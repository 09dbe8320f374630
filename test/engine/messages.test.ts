// Every sentence staff can see: plain words, complete sentences, no technical terms.
import { describe, expect, it } from 'vitest';
import { MESSAGES } from '../../src/engine/messages';

const JARGON = /\b(dmarc|dkim|spf|punycode|registrable|homoglyph|spoof\w*|tld|url|domain|header|redirector|idn|unicode|mime)\b/i;

describe('finding texts', () => {
  for (const [key, text] of Object.entries(MESSAGES)) {
    it(`${key} is plain, complete sentences`, () => {
      for (const sentence of [text.title, text.detail]) {
        const withoutParams = sentence.replace(/\{\w+\}/g, 'X');
        expect(withoutParams, sentence).not.toMatch(JARGON);
        expect(sentence.trim()).toMatch(/[.!?]$/);
        expect(sentence.length).toBeLessThan(160);
      }
    });
  }
});
