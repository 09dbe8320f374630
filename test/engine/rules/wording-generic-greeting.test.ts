import { describe, expect, it } from 'vitest';
import { hits, verdict } from '../helpers';

const id = 'wording-generic-greeting';
describe(id, () => {
  it.each(['Dear Customer, your invoice is attached.', 'Dear valued user,', 'Prezado Cliente, segue sua fatura.', 'Sehr geehrter Kunde,', 'Beste klant,'])('finds: %s', (text) => {
    expect(hits(id, { text })).toEqual([id]);
  });
  it('is silent when the reader is greeted by name, and from the practice', () => {
    expect(hits(id, { text: 'Dear Maria, your invoice is attached.' })).toEqual([]);
    expect(hits(id, { from: { name: 'Linda Chen', address: 'lchen@riversidefamilymed.org' }, text: 'Dear user, the printer is fixed.' })).toEqual([]);
  });
  it('never warns on its own', () => {
    expect(verdict({ text: 'Dear customer, act now.' }).level).toBe('safe');
  });
});
