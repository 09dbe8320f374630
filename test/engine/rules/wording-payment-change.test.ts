import { describe, expect, it } from 'vitest';
import { hits, verdict } from '../helpers';

const id = 'wording-payment-change';
describe(id, () => {
  it('finds payroll and bank-detail changes', () => {
    expect(hits(id, { text: 'I changed banks. Please update my direct deposit before Friday\'s payroll.' })).toEqual([id]);
    expect(hits(id, { text: 'Please note our new banking details for all future invoices.' })).toEqual([id]);
  });
  it('adds to a protected name from a personal account to make it red', () => {
    const v = verdict({ from: { name: 'Dr. Anita Patel', address: 'anita.patel.md@gmail.com' }, text: 'Please update my direct deposit account before payroll runs.' });
    expect(v.level).toBe('danger');
  });
  it('is silent on ordinary mail', () => {
    expect(hits(id, { text: 'Payroll party is on Friday, bring snacks.' })).toEqual([]);
  });
});
