import { describe, expect, it } from 'vitest';
import { hits } from '../helpers';

const id = 'attachment-locked';
describe(id, () => {
  it('flags an encrypted archive, or an archive with its password in the text', () => {
    expect(hits(id, { attachments: [{ name: 'docs.zip', encrypted: true }] })).toEqual([id]);
    expect(hits(id, { attachments: [{ name: 'invoice.zip' }], text: 'Open the invoice. Password: 7781' })).toEqual([id]);
  });
  it('ignores plain archives', () => {
    expect(hits(id, { attachments: [{ name: 'photos.zip' }] })).toEqual([]);
  });
});
