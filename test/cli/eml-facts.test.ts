// .eml → MessageFacts: the scan command's reader must give the engine the same shape a webmail
// adapter does (and, with domOnly, no more than a webmail page shows).
import { describe, it, expect } from 'vitest';
import { emlToFacts } from '../../src/cli/eml-facts';

/** Join header and body lines with CRLF, as mail on the wire has them. */
function eml(lines: string[]): string {
  return lines.join('\r\n');
}

const b64 = (s: string | Buffer) => (typeof s === 'string' ? Buffer.from(s, 'utf8') : s).toString('base64');

const ALTERNATIVE = eml([
  'From: "Quest Diagnostics" <results@questdiagnostics.com>',
  'To: Front Desk <frontdesk@riversidefamilymed.org>, billing@riversidefamilymed.org',
  'Cc: "Dr. Anita Patel" <anita.patel@riversidefamilymed.org>',
  'Reply-To: "Lab Support" <support@questdiagnostics.com>',
  'Subject: Your lab results are ready',
  'Date: Mon, 03 Mar 2025 09:14:00 -0500',
  'Message-ID: <abc123@questdiagnostics.com>',
  'X-Custom-Header: Custom Value',
  'MIME-Version: 1.0',
  'Content-Type: multipart/alternative; boundary="ALT"',
  '',
  '--ALT',
  'Content-Type: text/plain; charset=utf-8',
  '',
  'PLAINVERSION of the message https://plain-only.example.com/',
  '--ALT',
  'Content-Type: text/html; charset=utf-8',
  '',
  '<html><head><style>p{}</style></head><body><p>Results for 2 patients are ready.</p>',
  '<p><a href="https://www.questdiagnostics.com/results">View results</a></p></body></html>',
  '--ALT--',
  '',
]);

const WITH_ATTACHMENT = eml([
  'From: Medline Billing <billing@medline-invoicing.net>',
  'To: ap@riversidefamilymed.org',
  'Subject: Invoice past due',
  'MIME-Version: 1.0',
  'Content-Type: multipart/mixed; boundary="MIX"',
  '',
  '--MIX',
  'Content-Type: text/plain; charset=utf-8',
  '',
  'Please see the attached invoice.',
  '--MIX',
  'Content-Type: text/html; name="Invoice.pdf.html"',
  'Content-Disposition: attachment; filename="Invoice.pdf.html"',
  'Content-Transfer-Encoding: base64',
  '',
  b64('<html><body><form action="https://evil.example.com/">Sign in</form></body></html>'),
  '--MIX--',
  '',
]);

const INLINE_IMAGE = eml([
  'From: Riverside Family Medicine <news@riversidefamilymed.org>',
  'To: patient@example.com',
  'Subject: Newsletter',
  'MIME-Version: 1.0',
  'Content-Type: multipart/related; boundary="REL"',
  '',
  '--REL',
  'Content-Type: text/html; charset=utf-8',
  '',
  '<p>Our new clinic <img src="cid:logo123@rfm" alt="logo"></p>',
  '--REL',
  'Content-Type: image/png; name="logo.png"',
  'Content-Disposition: inline; filename="logo.png"',
  'Content-ID: <logo123@rfm>',
  'Content-Transfer-Encoding: base64',
  '',
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==',
  '--REL--',
  '',
]);

const PLAIN_ONLY = eml([
  'From: Front Desk <frontdesk@riversidefamilymed.org>',
  'To: staff@riversidefamilymed.org',
  'Subject: Schedule',
  'Content-Type: text/plain; charset=utf-8',
  '',
  'The new schedule is at www.example.org/schedule. See you Monday.',
  '> old quoted line with https://quoted.example.com/',
  '',
]);

describe('emlToFacts: addresses, subject, body', () => {
  it('maps from, to, cc, subject, id and date', async () => {
    const f = await emlToFacts(ALTERNATIVE, { domOnly: true });
    expect(f.source).toBe('eml');
    expect(f.from).toEqual({ name: 'Quest Diagnostics', address: 'results@questdiagnostics.com' });
    expect(f.to).toEqual([
      { name: 'Front Desk', address: 'frontdesk@riversidefamilymed.org' },
      { name: '', address: 'billing@riversidefamilymed.org' },
    ]);
    expect(f.cc).toEqual([{ name: 'Dr. Anita Patel', address: 'anita.patel@riversidefamilymed.org' }]);
    expect(f.subject).toBe('Your lab results are ready');
    expect(f.id).toBe('<abc123@questdiagnostics.com>');
    expect(f.date).toBeDefined();
    expect(new Date(f.date!).toISOString()).toBe('2025-03-03T14:14:00.000Z');
    expect(f.missing).toEqual([]);
    expect(f.providerNotices).toEqual([]);
  });

  it('uses the HTML part of multipart/alternative for text and links', async () => {
    const f = await emlToFacts(ALTERNATIVE, { domOnly: true });
    expect(f.text).toContain('Results for 2 patients are ready.');
    expect(f.text).not.toContain('PLAINVERSION');
    expect(f.text).not.toContain('p{}');
    expect(f.links).toEqual([{ href: 'https://www.questdiagnostics.com/results', text: 'View results', inQuote: false }]);
    expect(f.attachments).toEqual([]);
  });

  it('finds bare web addresses in a plain-text-only message and drops quoted lines', async () => {
    const f = await emlToFacts(PLAIN_ONLY, { domOnly: true });
    expect(f.text).toContain('The new schedule is at www.example.org/schedule. See you Monday.');
    expect(f.text).not.toContain('quoted.example.com');
    expect(f.links).toEqual([{ href: 'http://www.example.org/schedule', text: 'www.example.org/schedule' }]);
    expect(f.attachments).toEqual([]);
  });

  it('decodes an encoded-word subject', async () => {
    const subject = 'Überweisung: Konto geändert ✓';
    const raw = eml([
      'From: a@example.com',
      'To: b@example.com',
      `Subject: =?UTF-8?B?${b64(subject)}?=`,
      '',
      'body',
      '',
    ]);
    const f = await emlToFacts(raw, { domOnly: true });
    expect(f.subject).toBe(subject);
  });

  it('gives an empty address when From has only a name', async () => {
    const raw = eml(['From: Payroll Department', 'To: b@example.com', 'Subject: x', '', 'body', '']);
    const f = await emlToFacts(raw, { domOnly: true });
    expect(f.from.address).toBe('');
    expect(f.from.name).toBe('Payroll Department');
  });

  it("lists 'from' as missing when there is no From header at all", async () => {
    const raw = eml(['To: b@example.com', 'Subject: x', '', 'body', '']);
    const f = await emlToFacts(raw, { domOnly: true });
    expect(f.from).toEqual({ name: '', address: '' });
    expect(f.missing).toContain('from');
  });

  it('accepts bytes as well as a string', async () => {
    const f = await emlToFacts(new TextEncoder().encode(ALTERNATIVE), { domOnly: true });
    expect(f.subject).toBe('Your lab results are ready');
    expect(f.links).toHaveLength(1);
  });
});

describe('emlToFacts: attachments', () => {
  it('lists a named attachment with its type and size', async () => {
    const f = await emlToFacts(WITH_ATTACHMENT, { domOnly: true });
    expect(f.text).toContain('Please see the attached invoice.');
    expect(f.attachments).toHaveLength(1);
    const a = f.attachments[0]!;
    expect(a.name).toBe('Invoice.pdf.html');
    expect(a.mimeType).toBe('text/html');
    expect(a.size).toBe(Buffer.byteLength('<html><body><form action="https://evil.example.com/">Sign in</form></body></html>'));
    expect(a.encrypted).toBeUndefined();
  });

  it('does not list an inline cid image as an attachment', async () => {
    const f = await emlToFacts(INLINE_IMAGE, { domOnly: true });
    expect(f.text).toContain('Our new clinic');
    expect(f.attachments).toEqual([]);
  });

  it('does not list an inline cid image in multipart/mixed either, but does list an attached image', async () => {
    const raw = eml([
      'From: a@example.com',
      'To: b@example.com',
      'Subject: Photos',
      'MIME-Version: 1.0',
      'Content-Type: multipart/mixed; boundary="M"',
      '',
      '--M',
      'Content-Type: text/html',
      '',
      '<p>Logo <img src="cid:l@x" alt="logo"></p>',
      '--M',
      'Content-Type: image/png; name="l.png"',
      'Content-Disposition: inline; filename="l.png"',
      'Content-ID: <l@x>',
      'Content-Transfer-Encoding: base64',
      '',
      'iVBORw0KGgo=',
      '--M',
      'Content-Type: image/jpeg; name="scan.jpg"',
      'Content-Disposition: attachment; filename="scan.jpg"',
      'Content-Transfer-Encoding: base64',
      '',
      '/9j/4AAQSkZJRg==',
      '--M--',
      '',
    ]);
    const f = await emlToFacts(raw, { domOnly: true });
    expect(f.attachments.map((a) => a.name)).toEqual(['scan.jpg']);
  });

  function zipMessage(flags: number): string {
    const bytes = Buffer.alloc(30);
    bytes.write('PK\x03\x04', 0, 'latin1');
    bytes[4] = 20; // version needed to extract
    bytes[5] = 0;
    bytes[6] = flags; // general-purpose flags: bit 0 = encrypted
    bytes[7] = 0;
    return eml([
      'From: Scanner <scan@example.com>',
      'To: b@example.com',
      'Subject: Scanned documents',
      'MIME-Version: 1.0',
      'Content-Type: multipart/mixed; boundary="Z"',
      '',
      '--Z',
      'Content-Type: text/plain',
      '',
      'The password is 1234.',
      '--Z',
      'Content-Type: application/zip; name="docs.zip"',
      'Content-Disposition: attachment; filename="docs.zip"',
      'Content-Transfer-Encoding: base64',
      '',
      b64(bytes),
      '--Z--',
      '',
    ]);
  }

  it('marks an encrypted ZIP attachment as encrypted', async () => {
    const f = await emlToFacts(zipMessage(0x01), { domOnly: true });
    expect(f.attachments).toHaveLength(1);
    expect(f.attachments[0]).toMatchObject({ name: 'docs.zip', mimeType: 'application/zip', size: 30, encrypted: true });
  });

  it('does not mark an unencrypted ZIP attachment as encrypted', async () => {
    const f = await emlToFacts(zipMessage(0x08), { domOnly: true });
    expect(f.attachments).toHaveLength(1);
    expect(f.attachments[0]!.name).toBe('docs.zip');
    expect(f.attachments[0]!.encrypted).toBeUndefined();
  });
});

describe('emlToFacts: domOnly', () => {
  it('with domOnly: true there are no headers and no replyTo', async () => {
    const f = await emlToFacts(ALTERNATIVE, { domOnly: true });
    expect(f).not.toHaveProperty('headers');
    expect(f).not.toHaveProperty('replyTo');
  });

  it('with domOnly: false headers (lower-case names) and replyTo are present', async () => {
    const f = await emlToFacts(ALTERNATIVE, { domOnly: false });
    expect(f.replyTo).toEqual([{ name: 'Lab Support', address: 'support@questdiagnostics.com' }]);
    expect(f.headers).toBeDefined();
    const headers = f.headers!;
    for (const key of Object.keys(headers)) expect(key).toBe(key.toLowerCase());
    expect(headers['subject']).toEqual(['Your lab results are ready']);
    expect(headers['x-custom-header']).toEqual(['Custom Value']);
    expect(headers['reply-to']).toHaveLength(1);
    expect(headers['X-Custom-Header']).toBeUndefined();
    // The rest of the facts do not depend on domOnly.
    const domOnly = await emlToFacts(ALTERNATIVE, { domOnly: true });
    expect({ ...f, headers: undefined, replyTo: undefined }).toEqual({ ...domOnly, headers: undefined, replyTo: undefined });
  });

  it('with domOnly: false and no Reply-To header, replyTo is empty', async () => {
    const f = await emlToFacts(PLAIN_ONLY, { domOnly: false });
    expect(f.replyTo).toEqual([]);
    expect(f.headers!['from']).toEqual(['Front Desk <frontdesk@riversidefamilymed.org>']);
  });
});
