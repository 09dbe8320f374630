// The scan gives postal-mime's quoted-printable decoder a small output buffer (qp-buffer.ts).
// Every part must decode to the same bytes as with postal-mime's own 100 KB buffer.
import fc from 'fast-check';
import PostalMime from 'postal-mime';
import { afterEach, describe, it, expect } from 'vitest';
import { QP_BUFFER_BYTES, setSmallQpBuffers, useSmallQpBuffers } from '../../src/cli/qp-buffer';
import '../../src/cli/eml-facts'; // installs the hooks, as the scan command does

afterEach(() => setSmallQpBuffers(true));

/** A message with the same quoted-printable body as text, as HTML and as a binary attachment. */
function message(body: string, encoding = 'quoted-printable'): string {
  const part = (type: string, extra: string[]) => ['--B', `Content-Type: ${type}`, ...extra, `Content-Transfer-Encoding: ${encoding}`, '', body];
  return ['From: a@example.com', 'To: b@example.com', 'Subject: x', 'MIME-Version: 1.0', 'Content-Type: multipart/mixed; boundary="B"', '',
    ...part('text/plain; charset=utf-8', []), ...part('text/html; charset=utf-8', []),
    ...part('application/octet-stream', ['Content-Disposition: attachment; filename="a.bin"']), '--B--', ''].join('\r\n');
}

async function bothWays(raw: string): Promise<void> {
  const parse = async () => {
    const email = await PostalMime.parse(raw);
    return { text: email.text, html: email.html, attachments: email.attachments.map((a) => [...new Uint8Array(a.content as ArrayBuffer)]) };
  };
  setSmallQpBuffers(false);
  const big = await parse();
  setSmallQpBuffers(true);
  expect(await parse()).toEqual(big);
}

describe('small quoted-printable buffers', () => {
  it('is active for postal-mime as installed', () => {
    expect(useSmallQpBuffers()).toBe(true);
  });

  it('decodes bodies shorter and longer than the buffer (and than 100 KB) to the same bytes', async () => {
    const line = 'Caf=C3=A9 au lait =E2=80=94 soft break here=\r\nand a literal = sign, tab\t, end.';
    for (const n of [0, 1, 10, Math.ceil(QP_BUFFER_BYTES / line.length) + 1, 3_000]) await bothWays(message(Array.from({ length: n }, () => line).join('\r\n')));
  });

  it('leaves base64 and other encodings to postal-mime', async () => {
    await bothWays(message('SGVsbG8=', 'base64'));
    await bothWays(message('Hello =3D', '7bit'));
    await bothWays(message('Hello =3D', 'Quoted-Printable'));
  });

  it('decodes arbitrary quoted-printable the same', async () => {
    const piece = fc.constantFrom('a', 'Z', ' ', '\t', '=', '=3D', '=C3=A9', '=\r\n', '\r\n', '=4', '=ZZ', '==', 'x'.repeat(200));
    await fc.assert(
      fc.asyncProperty(fc.array(piece, { maxLength: 400 }), async (pieces) => bothWays(message(pieces.join('')))),
      { numRuns: 150 },
    );
  });
});
