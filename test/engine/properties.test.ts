// Property-based: random and hostile MessageFacts never make the engine throw, and always give a
// well-formed verdict; the same input always gives the same verdict.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { analyze, RULES } from '../../src/engine/index';
import type { MessageFacts, Verdict } from '../../src/engine/types';
import { ctx } from './helpers';

const hostile = fc.oneof(
  fc.string(),
  fc.string({ unit: 'grapheme' }),
  fc.string({ unit: 'binary' }),
  fc.constantFrom(
    '<script>alert(1)</script>', 'javascript:alert(1)', '\u202Efdp.exe', '\u200B\u200C\u200D\uFEFF', 'xn--', 'xn--zz--',
    'http://[::1', 'http://%', 'https://a@b@c', 'data:text/html,<b>', '@@@', '..', 'ＡＢＣ', '𝐏𝐚𝐲𝐏𝐚𝐥', 'Ａ̿̿̿̿̿̿̿', '\u0000',
    'https://nam02.safelinks.protection.outlook.com/?url=https%3A%2F%2Fnam02.safelinks.protection.outlook.com%2F%3Furl%3Dx',
  ),
  fc.webUrl({ withQueryParameters: true, withFragments: true }),
  fc.emailAddress(),
);

const address = fc.record({ name: hostile, address: fc.oneof(fc.emailAddress(), hostile) });
const link = fc.record({ href: hostile, text: hostile, inQuote: fc.option(fc.boolean(), { nil: undefined }) });
const attachment = fc.record({ name: hostile, mimeType: fc.option(hostile, { nil: undefined }), size: fc.option(fc.nat(), { nil: undefined }) });

const factsArb: fc.Arbitrary<MessageFacts> = fc.record({
  source: fc.constantFrom('gmail' as const, 'outlook' as const, 'eml' as const),
  from: address,
  replyTo: fc.option(fc.array(address, { maxLength: 3 }), { nil: undefined }),
  to: fc.array(address, { maxLength: 4 }),
  cc: fc.array(address, { maxLength: 2 }),
  subject: hostile,
  text: hostile,
  links: fc.array(link, { maxLength: 12 }),
  attachments: fc.array(attachment, { maxLength: 4 }),
  providerNotices: fc.array(hostile, { maxLength: 2 }),
  missing: fc.array(fc.string(), { maxLength: 2 }),
});

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
