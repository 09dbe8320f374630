import { describe, expect, it } from 'vitest';
import { finding, hits } from '../helpers';

const id = 'wording-notification-lure';
describe(id, () => {
  it('names what is said to be waiting', () => {
    expect(finding(id, { subject: 'New fax received (3 pages)' })?.title).toBe('The email says a fax is waiting for you.');
    expect(hits(id, { text: 'You have a new voicemail from (555) 010-2020. Listen now.' })).toEqual([id]);
    expect(hits(id, { text: 'Linda has shared a document with you.' })).toEqual([id]);
    expect(finding(id, { subject: 'Pedido bloqueado pela alfândega', text: 'Pague a taxa para liberar.' })?.params.what).toBe('package');
    expect(finding(id, { text: 'Fatura em aberto: pague até hoje.' })?.params.what).toBe('bill');
  });
  it('is silent from the practice and on ordinary mail', () => {
    expect(hits(id, { from: { name: 'Linda Chen', address: 'lchen@riversidefamilymed.org' }, text: 'Linda has shared a document with you.' })).toEqual([]);
    expect(hits(id, { text: 'See you at the staff meeting.' })).toEqual([]);
  });
});
