import { describe, expect, it } from 'vitest';
import { hits } from '../helpers';

const id = 'freemail-claim';
describe(id, () => {
  it('flags a role name on a free-mail account', () => {
    expect(hits(id, { from: { name: 'Payroll Department', address: 'payroll.dept2026@gmail.com' } })).toEqual([id]);
    expect(hits(id, { from: { name: 'IT Help Desk', address: 'ithelp@outlook.com' } })).toEqual([id]);
    expect(hits(id, { from: { name: 'TRIBUNAL REGIONAL', address: 'advocacia@hotmail.com' } })).toEqual([id]);
  });
  it('is silent for people using free mail, and for role names on company domains', () => {
    expect(hits(id, { from: { name: 'Maria Gonzalez', address: 'maria.g@gmail.com' } })).toEqual([]);
    expect(hits(id, { from: { name: 'Payroll Department', address: 'payroll@adp.com' } })).toEqual([]);
  });
});
