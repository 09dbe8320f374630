import { describe, expect, it } from 'vitest';
import { hits, verdict } from '../helpers';

const id = 'attachment-rtlo';
describe(id, () => {
  it('flags a right-to-left override in a file name', () => {
    expect(hits(id, { attachments: [{ name: 'invoice\u202Efdp.exe' }] })).toEqual([id]);
    expect(verdict({ attachments: [{ name: 'scan\u202Egnp.js' }] }).level).toBe('danger');
  });
  it('accepts names in right-to-left languages without override characters', () => {
    expect(hits(id, { attachments: [{ name: 'تقرير.pdf' }] })).toEqual([]);
  });
});
