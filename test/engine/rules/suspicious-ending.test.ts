import { describe, expect, it } from 'vitest';
import { finding, hits, verdict } from '../helpers';

const id = 'suspicious-ending';
describe(id, () => {
  it('notes abuse-heavy endings on links and on the sender', () => {
    expect(finding(id, { links: [{ text: 'x', href: 'https://portal-login.tk/' }] })?.points).toBe(2);
    expect(hits(id, { links: [{ text: 'x', href: 'https://portal-login.top/' }] })).toEqual([id]);
    expect(hits(id, { from: { name: 'Deals', address: 'deals@shop-offers.xyz' } })).toEqual([`${id}.sender`]);
  });
  it('never warns alone, and is silent for ordinary endings', () => {
    expect(verdict({ links: [{ text: 'x', href: 'https://portal-login.top/' }] }).level).toBe('safe');
    expect(hits(id, { links: [{ text: 'x', href: 'https://www.example.org/' }] })).toEqual([]);
  });
});
