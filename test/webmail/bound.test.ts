// The adapters cut what they read at the engine's bounds (src/webmail/bound.ts), so a huge field
// cannot get a message refused by the background instead of judged, and a cut file name is
// still judged by its real type.
import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/engine/index';
import type { MessageFacts } from '../../src/engine/types';
import { isMessageFacts } from '../../src/messaging/validate';
import { boundFacts, clipMiddle } from '../../src/webmail/bound';
import { ctx, facts } from '../engine/helpers';

const BIG = 'x'.repeat(100_000);

function huge(): MessageFacts {
  return facts({
    source: 'gmail',
    from: { name: BIG, address: `${BIG}@example.com` },
    to: Array.from({ length: 6_000 }, (_, i) => ({ name: BIG, address: `r${i}@example.com` })),
    subject: BIG,
    date: BIG,
    links: Array.from({ length: 6_000 }, () => ({ href: `https://example.com/?q=${BIG}`, text: BIG })),
    attachments: Array.from({ length: 600 }, () => ({ name: `Invoice ${BIG}.pdf.exe`, mimeType: BIG })),
    providerNotices: Array.from({ length: 60 }, () => `Sent by ${BIG} on behalf of ${BIG}`),
  });
}

describe('boundFacts', () => {
  it('makes facts with 100 kB fields and thousands of items ones the background accepts', () => {
    expect(isMessageFacts(huge())).toBe(false);
    expect(isMessageFacts(boundFacts(huge()))).toBe(true);
  });

  it('keeps the start and the real file type of a long attachment name, so it is still judged', () => {
    const bounded = boundFacts(huge());
    expect(bounded.attachments[0]!.name.startsWith('Invoice xxx')).toBe(true);
    expect(bounded.attachments[0]!.name.endsWith('xxx.pdf.exe')).toBe(true);
    expect(analyze(bounded, ctx()).findings.map((f) => f.id)).toContain('attachment-executable');
  });

  it('leaves facts within the bounds as they are', () => {
    const small = facts({ source: 'outlook', links: [{ href: 'https://a.example/', text: 'A', inQuote: true }], attachments: [{ name: 'a.pdf', size: 3 }], date: 'Mon' });
    expect(boundFacts(small)).toEqual(small);
  });

  it('never cuts a character in half', () => {
    const emoji = '😀'.repeat(400);
    for (const max of [10, 11, 300, 301]) {
      const cut = clipMiddle(emoji, max, 5);
      expect(cut.length).toBeLessThanOrEqual(max);
      expect(cut).not.toMatch(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/);
    }
  });
});
