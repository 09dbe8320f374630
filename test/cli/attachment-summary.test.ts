// The scan keeps only the size and first bytes of base64 attachments (attachment-summary.ts).
// These must be exactly what postal-mime's own decoding gives, whatever the base64 looks like.
import fc from 'fast-check';
import PostalMime from 'postal-mime';
import { afterEach, describe, it, expect } from 'vitest';
import { HEAD_BYTES, PartSummary, setAttachmentSummaries, useAttachmentSummaries } from '../../src/cli/attachment-summary';
import '../../src/cli/eml-facts'; // installs the hook, as the scan command does

/** One message whose attachment has the given base64 body. */
function withAttachment(body: string, type = 'application/octet-stream', name = 'summary.bin'): string {
  return ['From: a@example.com', 'To: b@example.com', 'Subject: x', 'MIME-Version: 1.0', 'Content-Type: multipart/mixed; boundary="B"', '',
    '--B', 'Content-Type: text/plain', '', 'Hello', '--B', `Content-Type: ${type}; name="${name}"`, `Content-Disposition: attachment; filename="${name}"`,
    'Content-Transfer-Encoding: base64', '', body, '--B--', ''].join('\r\n');
}

/** The attachment as postal-mime decodes it in full, and as the scan summarises it. */
async function bothWays(body: string, type?: string): Promise<{ full: Uint8Array; summary: PartSummary }> {
  const content = async () => (await PostalMime.parse(withAttachment(body, type))).attachments.map((a) => a.content as unknown);
  setAttachmentSummaries(false);
  const [full] = await content();
  setAttachmentSummaries(true);
  const [summary] = await content();
  expect(full).toBeInstanceOf(ArrayBuffer);
  expect(summary).toBeInstanceOf(PartSummary);
  return { full: new Uint8Array(full as ArrayBuffer), summary: summary as PartSummary };
}

function expectSame({ full, summary }: { full: Uint8Array; summary: PartSummary }) {
  expect(summary.byteLength).toBe(full.byteLength);
  expect([...summary.head]).toEqual([...full.subarray(0, HEAD_BYTES)]);
}

afterEach(() => setAttachmentSummaries(true));

describe('attachment summaries', () => {
  it('is active for postal-mime as installed', () => {
    expect(useAttachmentSummaries()).toBe(true);
  });

  it('gives the size and first bytes of ordinary base64, wrapped at 76 columns', async () => {
    const bytes = Buffer.from(Array.from({ length: 1000 }, (_, i) => (i * 37) & 255));
    const body = bytes.toString('base64').replace(/.{76}/g, '$&\r\n');
    const result = await bothWays(body);
    expect(result.summary.byteLength).toBe(1000);
    expectSame(result);
  });

  it('handles padding in the middle, junk characters, short runs and an empty body as postal-mime does', async () => {
    for (const body of ['', 'QQ==', 'QUJD', 'QUJDRA==\r\nRUZH', 'Q', 'QU=JD', 'QUJD\u00e9!*RA==', '====', 'QUJDREVGR0g=\r\n=SUpL']) {
      expectSame(await bothWays(body));
    }
  });

  it('matches postal-mime on arbitrary base64-like input', async () => {
    const alphabet = [...'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/', '=', '==', ' ', '\t', '.', '*', 'é', '\r\n'];
    await fc.assert(
      fc.asyncProperty(fc.array(fc.constantFrom(...alphabet), { maxLength: 300 }), async (chars) => {
        // A line that is just the boundary would end the part; the alphabet cannot build one.
        expectSame(await bothWays(chars.join('')));
      }),
      { numRuns: 200 },
    );
  });

  it('summarises text parts marked as attachments, which postal-mime never reads as text', async () => {
    const body = Buffer.from('line one\r\nline two\r\n'.repeat(50)).toString('base64').replace(/.{76}/g, '$&\r\n');
    for (const type of ['text/plain', 'text/html', 'TEXT/PLAIN; charset=utf-8']) expectSame(await bothWays(body, type));
    const email = await PostalMime.parse(withAttachment(body, 'text/plain', 'log.txt'));
    expect(email.text?.trim()).toBe('Hello');
    expect(email.attachments.map((a) => [a.filename, a.mimeType])).toEqual([['log.txt', 'text/plain']]);
  });

  it('still decodes text, calendar and attached-message parts in full', async () => {
    const raw = ['From: a@example.com', 'To: b@example.com', 'Subject: x', 'MIME-Version: 1.0', 'Content-Type: multipart/mixed; boundary="B"', '',
      '--B', 'Content-Type: text/html', 'Content-Transfer-Encoding: base64', '', Buffer.from('<p>Hello</p>').toString('base64'),
      '--B', 'Content-Type: text/calendar; method=REQUEST', 'Content-Transfer-Encoding: base64', '', Buffer.from('BEGIN:VCALENDAR').toString('base64'),
      '--B', 'Content-Type: text/plain', 'Content-Disposition: inline; filename="note.txt"', 'Content-Transfer-Encoding: base64', '', Buffer.from('Note').toString('base64'),
      '--B--', ''].join('\r\n');
    const email = await PostalMime.parse(raw);
    expect(email.html).toBe('<p>Hello</p>\n<div>Note</div>');
    expect(email.text).toContain('Note');
    expect(email.attachments).toHaveLength(1);
    expect(email.attachments[0]!.content).toBeInstanceOf(Uint8Array);
  });
});
