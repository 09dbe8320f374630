import { describe, expect, it } from 'vitest';
import { isScrambled } from '../../../src/engine/rules/random-codes';
import { finding, hits } from '../helpers';

const id = 'random-codes';
describe(id, () => {
  it.each(['maHSkh0WLRUIpDf6t', 'HDvRHTDRqwS7abE', 'NMwGO8qDiD8HKv6RyvtRa6ND11'])('%s is scrambled', (t) => expect(isScrambled(t)).toBe(true));
  it.each(['iPhone', 'MacBookPro', '1Z999AA10123456784', 'QuickBooks', 'PayPal', 'LinkedInLearning', 'ABC1234567'])('%s is not', (t) => expect(isScrambled(t)).toBe(false));
  it('flags codes in the name and in the subject', () => {
    expect(finding(id, { from: { name: 'Comunicado ao cliente - Cod. 37165178664887', address: 'a@b-mail.com' } })?.title).toContain('37165178664887');
    expect(hits(id, { subject: 'Notificacao de Credito-HDvRHTDRqwS7abE' })).toEqual([`${id}.subject`]);
  });
  it('flags a scrambled tag on a free-mail mailbox, not a company\'s bounce-tracking address', () => {
    expect(hits(id, { from: { name: '2U', address: 'makarif24599+NMwGO8qDiD8HKv6RyvtRa6ND11@gmail.com' } })).toEqual([`${id}.address`]);
    expect(hits(id, { from: { name: 'Offers', address: 'nOsuPjv@deck.example-mailer.com' } })).toEqual([`${id}.address`]);
    expect(hits(id, { from: { name: 'OneStopPlus', address: 'OneStopPlus@e.onestopplus.com' } })).toEqual([]);
    expect(hits(id, { from: { name: 'CNET', address: 'Online#3.19584.83-p1SYlJ1blFvQjRRR.1@newsletter.online.com' } })).toEqual([]);
  });
  it('is silent for order numbers in subjects and ordinary names', () => {
    expect(hits(id, { subject: 'Your order #1128823341 has shipped' })).toEqual([]);
    expect(hits(id, {})).toEqual([]);
  });
});
