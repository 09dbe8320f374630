// The scan hands postal-mime's non-boundary lines straight to the current part, and base64
// attachment bodies to their summary in one piece (line-batch.ts). Every message must parse
// exactly as with postal-mime's own line-by-line reading.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import PostalMime from 'postal-mime';
import { afterEach, describe, it, expect } from 'vitest';
import { postalMimeBase64Decoder, setLineBatches, useLineBatches } from '../../src/cli/line-batch';
import '../../src/cli/eml-facts'; // installs the hooks, as the scan command does

/** Binary content as plain arrays, so that the comparison looks at the bytes. */
function plain(value: unknown): unknown {
  if (value instanceof ArrayBuffer) return { bytes: [...new Uint8Array(value)] };
  if (ArrayBuffer.isView(value)) return { bytes: [...new Uint8Array(value.buffer, value.byteOffset, value.byteLength)] };
  if (Array.isArray(value)) return value.map(plain);
  if (value && typeof value === 'object') return { type: value.constructor?.name, ...Object.fromEntries(Object.entries(value).map(([k, v]) => [k, plain(v)])) };
  return value;
}

async function bothWays(raw: string | Uint8Array): Promise<void> {
  const parse = async () => {
    try {
      return plain(await PostalMime.parse(typeof raw === 'string' ? raw : raw.slice(), { maxNestingDepth: 50 }));
    } catch (e) {
      return { error: String(e) };
    }
  };
  setLineBatches(false);
  const slow = await parse();
  setLineBatches(true);
  const fast = await parse();
  expect(fast).toEqual(slow);
}

afterEach(() => setLineBatches(true));

/** Lines that could trip a boundary test: dashes, near-boundaries, terminators, blank lines, padding. */
const LINE = fc.constantFrom(
  '', '-', '--', '---', '--B', '--B--', '--B ', '--B\t', '--B x', '--BB', '--B1', '--B1--', '--C', '--C--', '- -B',
  'QUJD', 'QUJDRA==', 'QQ==', '====', '=', 'SGVsbG8gd29ybGQ=', 'abc', '<p>Hi <a href="https://x.example/">x</a></p>',
  'Hello =3D world=', 'caf=C3=A9', 'Content-Type: text/plain', 'Content-Transfer-Encoding: base64', ' folded', '\u00e9t\u00e9',
);

const HEADERS = fc.constantFrom(
  ['Content-Type: text/plain'],
  ['Content-Type: text/html; charset=utf-8', 'Content-Transfer-Encoding: quoted-printable'],
  ['Content-Type: application/pdf; name="a.pdf"', 'Content-Disposition: attachment; filename="a.pdf"', 'Content-Transfer-Encoding: base64'],
  ['Content-Type: image/png', 'Content-Transfer-Encoding: base64', 'Content-ID: <img1>'],
  ['Content-Type: text/plain', 'Content-Transfer-Encoding: base64'],
  ['Content-Type: multipart/alternative; boundary="C"'],
  ['Content-Type: multipart/mixed; boundary="B1"'],
  ['Content-Type: message/rfc822'],
  [],
);

const PART = fc.record({ headers: HEADERS, body: fc.array(LINE, { maxLength: 12 }) });

const MESSAGE = fc.record({
  parts: fc.array(PART, { maxLength: 5 }),
  close: fc.boolean(),
  eol: fc.constantFrom('\r\n', '\n', '\r\r\n'),
  trailing: fc.constantFrom('', '\r\n', '\n', 'QUJD', '--B--'),
});

type Message = typeof MESSAGE extends fc.Arbitrary<infer T> ? T : never;

function build(m: Message): string {
  const lines = ['From: a@example.com', 'To: b@example.com', 'Subject: x', 'MIME-Version: 1.0', 'Content-Type: multipart/mixed; boundary="B"', ''];
  for (const p of m.parts) lines.push('--B', ...p.headers, '', ...p.body);
  if (m.close) lines.push('--B--');
  return lines.join(m.eol) + m.trailing;
}

describe('batched line reading', () => {
  it('is active for postal-mime as installed', () => {
    expect(useLineBatches()).toBe(true);
  });

  it('parses the sample mailbox exactly as postal-mime does line by line', async () => {
    const dir = join(__dirname, '..', '..', 'samples', 'mail');
    const files = readdirSync(dir).filter((f) => f.endsWith('.eml')).map((f) => join(dir, f));
    expect(files.length).toBeGreaterThan(10);
    for (const f of files) await bothWays(new Uint8Array(readFileSync(f)));
  });

  it('parses small and odd messages the same', async () => {
    for (const raw of ['', '\n', 'From: a@example.com', 'From: a@example.com\r\n\r\nbody', 'Subject: x\n\n--B\n', '--B\n--B--\n-\n--\n']) await bothWays(raw);
  });

  it('gives base64 text the same letters when lines are joined, invalid UTF-8 and junk included', async () => {
    const head = Buffer.from(['From: a@example.com', 'Content-Type: multipart/mixed; boundary="B"', '', '--B', 'Content-Type: text/plain', 'Content-Transfer-Encoding: base64', '', ''].join('\r\n'));
    // latin1: one byte per character, so \xc3 at a line end is a UTF-8 sequence cut short.
    const body = Buffer.from('SGVs\xc3\r\nbG8g\xe2\x80\nd29y\xff\xfeb=\r\n=Gx\r\r\nkIQ\xc3\r\n--B--\r\n', 'latin1');
    const raw = new Uint8Array(Buffer.concat([head, body]));
    expect((await PostalMime.parse(raw.slice())).text).toMatch(/^Hello w/);
    await bothWays(raw);
    expect(postalMimeBase64Decoder()).not.toBeNull();
  });

  it('reads header blocks the same: invalid UTF-8 at line ends, lone CRs, a BOM, folding, no body', async () => {
    const head = (lines: string[]) => Buffer.from(lines.join('\r\n'), 'latin1');
    // latin1: one byte per character, so \xc3 and \xe2\x80 at a line end are UTF-8 sequences cut short.
    const odd = ['From: caf\xc3', 'Subject: a\rb\xe2\x80', 'X-BOM: \xef\xbb\xbfx', 'X-Fold: one', '\ttwo\xc3\r', 'To: b@example.com\r\r', 'X-Utf8: caf\xc3\xa9'];
    await bothWays(new Uint8Array(head([...odd, '', 'body', ''])));
    await bothWays(new Uint8Array(head(odd))); // the header runs to the end of the message
    await bothWays(new Uint8Array(head(['Content-Type: multipart/mixed; boundary="B"', '', '--B', ...odd, '', 'part', '--B--', ''])));
  });

  it('with onlyHeaders, keeps exactly the fields asked for, folded lines included, and reads them the same', async () => {
    const only = new Set(['from', 'to', 'subject', 'content-type']);
    const lines = ['Received: from a', '\tby b; Mon, 2 Nov 2026', 'From : "Ann" <ann@example.com>', 'X-Long: one', ' two', 'Subject: Hello', '\tworld',
      'DKIM-Signature: v=1;', '\tb=abc', 'To: b@example.com,', ' c@example.com', 'Content-Type: text/plain', '', 'body', ''];
    const raw = lines.join('\r\n');
    const pick = (e: Awaited<ReturnType<typeof PostalMime.parse>>) => ({ from: e.from, to: e.to, subject: e.subject, text: e.text });
    setLineBatches(false);
    const all = await PostalMime.parse(raw);
    setLineBatches(true);
    const cut = await PostalMime.parse(raw, { onlyHeaders: only } as object);
    expect(pick(cut)).toEqual(pick(all));
    expect(cut.headers.map((h) => h.key)).toEqual(['from', 'subject', 'to', 'content-type']);
    expect(cut.headers.find((h) => h.key === 'subject')?.value).toBe('Hello\tworld');
    // A header that a line starting with "-" cuts in two is left whole.
    const split = await PostalMime.parse(['X-A: 1', '-X-B: 2', 'From: a@example.com', '', 'x'].join('\r\n'), { onlyHeaders: only } as object);
    expect(split.headers.map((h) => h.key)).toEqual(['x-a', '-x-b', 'from']);
  });

  it('fails on a header over the size limit exactly as postal-mime does', async () => {
    const raw = ['From: a@example.com', ...Array.from({ length: 200 }, (_, i) => `X-Pad-${i}: ${'x'.repeat(100)}`), '', 'body'].join('\r\n');
    const run = async () => PostalMime.parse(raw, { maxHeadersSize: 10_000 }).then(() => 'parsed', (e: unknown) => String(e));
    setLineBatches(false);
    const slow = await run();
    setLineBatches(true);
    expect(await run()).toBe(slow);
    expect(slow).toMatch(/header size/i);
  });

  it('parses arbitrary multipart messages the same (boundaries, near-boundaries, base64, line endings)', async () => {
    await fc.assert(fc.asyncProperty(MESSAGE, async (m) => bothWays(build(m))), { numRuns: 300 });
  });
});
