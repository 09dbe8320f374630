// @vitest-environment jsdom
// Fuzz: every Gmail and Outlook fixture, with decoys planted in bodies and outside the mail view,
// randomly damaged (test/fuzz/mutate.ts), through the adapter and the engine. Any broken
// property fails with the case, which fast-check shrinks to a few mutations.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { adapterCaseArb, FIXTURES, runAdapterCase } from './cases';
import { fuzzOptions } from './settings';

const parse = (html: string) => new DOMParser().parseFromString(html, 'text/html');

describe('adapters on damaged fixtures', () => {
  it('covers every fixture of both webmails', () => {
    expect(FIXTURES.filter((f) => f.site === 'gmail').length).toBeGreaterThanOrEqual(4);
    expect(FIXTURES.filter((f) => f.site === 'outlook').length).toBeGreaterThanOrEqual(6);
  });

  it('never throw, stay bounded, list what is missing, never read a header from a decoy', () => {
    let read = 0;
    fc.assert(
      fc.property(adapterCaseArb, (c) => {
        const result = runAdapterCase(parse, c);
        read += result.messages;
        expect(result.problems).toEqual([]);
      }),
      fuzzOptions(100),
    );
    expect(read).toBeGreaterThan(0);
  }, 60_000);
});
