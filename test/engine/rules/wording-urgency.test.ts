import { describe, expect, it } from 'vitest';
import { hits } from '../helpers';

const id = 'wording-urgency';
describe(id, () => {
  it('finds deadlines and threats', () => {
    expect(hits(id, { text: 'Action required: respond within 24 hours or your access will be closed.' })).toEqual([id]);
    expect(hits(id, { subject: 'URGENT - final notice' })).toEqual([id]);
  });
  it('is silent on calm mail', () => {
    expect(hits(id, { text: 'No rush, whenever you have time next week.' })).toEqual([]);
  });
});
