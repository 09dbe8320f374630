import { describe, expect, it } from 'vitest';
import { finding, hits } from '../helpers';

const id = 'attachment-html';
describe(id, () => {
  it('flags web-page and SVG attachments', () => {
    expect(hits(id, { attachments: [{ name: 'Remittance.htm' }] })).toEqual([id]);
    expect(hits(id, { attachments: [{ name: 'voicemail.svg', mimeType: 'image/svg+xml' }] })).toEqual([id]);
  });
  it('weighs little from a trusted sender', () => {
    expect(finding(id, { from: { name: 'Quest', address: 'noreply@questdiagnostics.com' }, attachments: [{ name: 'results.html' }] })?.points).toBe(2);
  });
  it('ignores ordinary documents', () => {
    expect(hits(id, { attachments: [{ name: 'results.pdf', mimeType: 'application/pdf' }] })).toEqual([]);
  });
});
