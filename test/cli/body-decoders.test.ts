// Quoted-printable and plain bodies decoded a run of lines at a time (body-decoders.ts): every
// part must decode to the same bytes as with postal-mime's own decoders, line by line.
import fc from 'fast-check';
import PostalMime from 'postal-mime';
import { afterEach, describe, it, expect } from 'vitest';
import { PlainBody, QpBody, setBodyDecoders, useBodyDecoders } from '../../src/cli/body-decoders';
import { setLineBatches } from '../../src/cli/line-batch';
import '../../src/cli/eml-facts'; // installs the hooks, as the scan command does

afterEach(() => {
  setBodyDecoders(true);
  setLineBatches(true);
});

/** A message with the same body as text, as HTML and as a binary attachment. */
function message(body: string, encoding: string): string {
  const part = (type: string, extra: string[]) => ['--B', `Content-Type: ${type}`, ...extra, `Content-Transfer-Encoding: ${encoding}`, '', body];
  return ['From: a@example.com', 'To: b@example.com', 'Subject: x', 'MIME-Version: 1.0', 'Content-Type: multipart/mixed; boundary="B"', '',
    ...part('text/plain; charset=utf-8', []), ...part('text/html; charset=utf-8', []),
    ...part('application/octet-stream', ['Content-Disposition: attachment; filename="a.bin"']), '--B--', ''].join('\r\n');
}

async function parse(raw: string) {
  const email = await PostalMime.parse(raw);
  return { text: email.text, html: email.html, attachments: email.attachments.map((a) => [...new Uint8Array(a.content as ArrayBuffer)]) };
}

/** postal-mime's own decoders and line reading, then these decoders line by line, then in runs. */
async function allWays(raw: string): Promise<void> {
  setBodyDecoders(false);
  setLineBatches(false);
  const theirs = await parse(raw);
  setBodyDecoders(true);
  expect(await parse(raw), 'line by line').toEqual(theirs);
  setLineBatches(true);
  expect(await parse(raw), 'in runs').toEqual(theirs);
}

/** Pieces of bodies: escapes good and bad, soft breaks, CRs alone and before LF, dashes. */
const PIECE = fc.constantFrom('a', 'Z', ' ', '\t', '=', '=3D', '=C3=A9', '=c3=a9', '=\r\n', '=\n', '=\r\r\n', '\r\n', '\n', '\r', '\r\r\n', '=\r', '=4', '=ZZ', '==', '=4=\r\n', '-', '--', '--B', 'x'.repeat(200));

describe('body decoders', () => {
  it('are active for postal-mime as installed', () => {
    expect(useBodyDecoders()).toBe(true);
  });

  for (const encoding of ['quoted-printable', '7bit', '8bit', 'binary', 'x-unknown', 'Quoted-Printable']) {
    it(`decode arbitrary ${encoding} bodies to the same bytes as postal-mime`, async () => {
      await fc.assert(fc.asyncProperty(fc.array(PIECE, { maxLength: 300 }), async (pieces) => allWays(message(pieces.join(''), encoding))), { numRuns: 100 });
    });
  }

  it('decode long bodies the same (more than one run, UTF-8 text)', async () => {
    const line = 'Caf=C3=A9 au lait =E2=80=94 soft break here=\r\nand a literal = sign, tab\t, end.\r\n-- dashes start a new run\r\n';
    for (const n of [1, 10, 3_000]) await allWays(message(line.repeat(n), 'quoted-printable'));
    await allWays(message('Hello, caf\u00e9\r\n'.repeat(5_000), '8bit'));
  });

  // Quadratic work here would take hours, not a test's timeout.
  it('stay linear on a long run of lone CRs', () => {
    const qp = new QpBody();
    const bytes = new Uint8Array(2_000_001).fill(0x0d);
    bytes[bytes.length - 1] = 0x41;
    qp.takeLines(bytes);
    expect(new Uint8Array(qp.finalize()).length).toBe(bytes.length);
    const plain = new PlainBody();
    plain.takeLines(bytes);
    expect(Buffer.compare(new Uint8Array(plain.finalize()), bytes)).toBe(0); // byte for byte, without a slow deep compare
  });
});
