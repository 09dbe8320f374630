// Random and hostile MessageFacts for the engine fuzz runs: hostile strings everywhere, and now
// and then values that break the type contract (the engine must still answer with a verdict).
import fc from 'fast-check';
import type { MessageFacts } from '../../src/engine/types';

const hostile = fc.oneof(
  fc.string(),
  fc.string({ unit: 'grapheme' }),
  fc.string({ unit: 'binary' }),
  fc.constantFrom(
    '<script>alert(1)</script>', 'javascript:alert(1)', '\u202Efdp.exe', '\u200B\u200C\u200D\uFEFF', 'xn--', 'xn--zz--', 'xn--80ak6aa92e.com',
    'http://[::1', 'http://%', 'https://a@b@c', 'data:text/html,<b>', '@@@', '..', 'ＡＢＣ', '𝐏𝐚𝐲𝐏𝐚𝐥', 'Ａ̿̿̿̿̿̿̿', '\u0000', '\uD800',
    'https://nam02.safelinks.protection.outlook.com/?url=https%3A%2F%2Fnam02.safelinks.protection.outlook.com%2F%3Furl%3Dx',
    'https://www.google.com/url?q=https://www.google.com/url?q=https://evil.example', 'Anita Patel', 'Microsoft 365', 'PayPal',
    'verify your account password expires gift card wire transfer', 'https://paypa1.com/login', 'invoice.pdf.exe', 'scan.html',
  ),
  fc.webUrl({ withQueryParameters: true, withFragments: true }),
  fc.emailAddress(),
);

const address = fc.record({ name: hostile, address: fc.oneof(fc.emailAddress(), hostile) });
const link = fc.record({ href: hostile, text: hostile, inQuote: fc.option(fc.boolean(), { nil: undefined }) });
const attachment = fc.record({ name: hostile, mimeType: fc.option(hostile, { nil: undefined }), size: fc.option(fc.oneof(fc.nat(), fc.double()), { nil: undefined }) });

const wellTyped: fc.Arbitrary<MessageFacts> = fc.record({
  source: fc.constantFrom('gmail' as const, 'outlook' as const, 'eml' as const),
  from: address,
  replyTo: fc.option(fc.array(address, { maxLength: 3 }), { nil: undefined }),
  to: fc.array(address, { maxLength: 4 }),
  cc: fc.array(address, { maxLength: 2 }),
  subject: hostile,
  date: fc.option(hostile, { nil: undefined }),
  text: hostile,
  links: fc.array(link, { maxLength: 12 }),
  attachments: fc.array(attachment, { maxLength: 4 }),
  headers: fc.option(fc.dictionary(hostile, fc.array(hostile, { maxLength: 2 }), { maxKeys: 3 }), { nil: undefined }),
  providerNotices: fc.array(hostile, { maxLength: 2 }),
  missing: fc.array(fc.constantFrom('from', 'from.address', 'to', 'subject', 'date', 'body'), { maxLength: 3 }),
});

/** Facts as the type says, or (1 in 10) with a field of the wrong type or missing. */
export const factsArb: fc.Arbitrary<MessageFacts> = fc.oneof(
  { weight: 9, arbitrary: wellTyped },
  {
    weight: 1,
    arbitrary: fc
      .tuple(wellTyped, fc.constantFrom('from', 'to', 'links', 'attachments', 'subject', 'text', 'headers', 'missing'), fc.constantFrom(null, undefined, 42, 'x', [], {}, [null], [42]))
      .map(([f, key, value]) => ({ ...f, [key]: value })),
  },
);
