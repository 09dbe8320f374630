import { describe, expect, it } from 'vitest';
import { finding, hits } from '../helpers';

const id = 'attachment-double-extension';
describe(id, () => {
  it('names the fake and the real type', () => {
    const f = finding(id, { attachments: [{ name: 'Invoice_88213.pdf.html' }] });
    expect(f?.title).toBe('The file Invoice_88213.pdf.html looks like a PDF file. But it is really a HTML file.');
    expect(f?.severity).toBe('danger');
  });
  it('ignores dates and versions in names', () => {
    expect(hits(id, { attachments: [{ name: 'report.2026.pdf' }, { name: 'form v1.2.docx' }, { name: 'backup.tar.gz' }] })).toEqual([]);
  });
});
