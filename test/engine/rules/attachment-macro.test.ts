import { describe, expect, it } from 'vitest';
import { hits } from '../helpers';

const id = 'attachment-macro';
describe(id, () => {
  it('flags macro-enabled Office files', () => {
    expect(hits(id, { attachments: [{ name: 'Timesheet.xlsm' }] })).toEqual([id]);
  });
  it('ignores ordinary Office files', () => {
    expect(hits(id, { attachments: [{ name: 'Timesheet.xlsx' }, { name: 'letter.docx' }] })).toEqual([]);
  });
});
