// Property-based: random and hostile MessageFacts never make the engine throw, and always give a
// well-formed verdict; the same input always gives the same verdict. The facts come from the
// fuzz suite's generator (hostile strings, and now and then fields of the wrong type).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { analyze, RULES } from '../../src/engine/index';
import type { MessageFacts, Verdict } from '../../src/engine/types';
import { factsArb } from '../fuzz/facts';
import { ctx } from './helpers';

function isValid(v: Verdict): boolean {
  const ids = new Set(RULES.map((r) => r.id));
  return (
    ['safe', 'caution', 'danger'].includes(v.level) &&
    Number.isFinite(v.score) &&
    v.score >= 0 &&
    typeof v.rulesVersion === 'string' &&
    v.findings.every((f) => ids.has(f.id) && typeof f.title === 'string' && f.title.length > 0 && ['info', 'caution', 'danger'].includes(f.severity))
  );
}

describe('engine properties', () => {
  it('never throws and always returns a valid verdict', () => {
    fc.assert(
      fc.property(factsArb, (facts) => {
        const v = analyze(facts, ctx());
        expect(isValid(v)).toBe(true);
      }),
      { numRuns: 400 },
    );
  });

  it('is deterministic', () => {
    fc.assert(
      fc.property(factsArb, (facts) => {
        expect(analyze(facts, ctx())).toEqual(analyze(structuredClone(facts), ctx()));
      }),
      { numRuns: 150 },
    );
  });

  it('survives facts that break the type contract', () => {
    const broken = [null, undefined, 42, 'text', [], { from: null }, { links: 'x', attachments: [null, 3], to: [null] }, { from: { name: 5, address: {} }, subject: ['a'] }];
    for (const b of broken) expect(isValid(analyze(b as unknown as MessageFacts, ctx()))).toBe(true);
  });

  it('bounds huge input: a 5 MB body and 10,000 links', () => {
    const big: MessageFacts = {
      source: 'eml', from: { name: 'x'.repeat(100_000), address: 'a@b.com' }, to: [], cc: [], subject: 'y'.repeat(100_000),
      text: 'verify your account '.repeat(250_000),
      links: Array.from({ length: 10_000 }, (_, i) => ({ href: `https://h${i}.example.com/${'p'.repeat(50)}`, text: `www.site${i}.com` })),
      attachments: Array.from({ length: 1_000 }, (_, i) => ({ name: `f${i}.pdf` })), providerNotices: [], missing: [],
    };
    expect(isValid(analyze(big, ctx()))).toBe(true);
  });
});
