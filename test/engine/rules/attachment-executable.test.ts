import { describe, expect, it } from 'vitest';
import { hits, verdict } from '../helpers';

const id = 'attachment-executable';
describe(id, () => {
  it.each(['setup.exe', 'Invoice.JS', 'scan.lnk', 'records.iso', 'notes.one', 'update.ps1'])('%s is decisive', (name) => {
    expect(hits(id, { attachments: [{ name }] })).toEqual([id]);
    expect(verdict({ attachments: [{ name }] }).level).toBe('danger');
  });
  it('ignores documents and images', () => {
    expect(hits(id, { attachments: [{ name: 'Lab results.pdf' }, { name: 'photo.jpg' }, { name: 'schedule.xlsx' }] })).toEqual([]);
  });
});
