import { describe, expect, it } from 'vitest';
import { ctx, hits, verdict } from '../helpers';

const id = 'blocked-domain';
describe(id, () => {
  const c = ctx({ blockedDomains: ['badpharma-shop.com', 'reyesplumbing.com'] });
  it('flags a blocked sender (subdomains too) and makes it red', () => {
    expect(hits(id, { from: { name: 'x', address: 'a@mail.reyesplumbing.com' } }, c)).toEqual([id]);
    expect(verdict({}, c).level).toBe('danger');
  });
  it('flags a blocked link destination', () => {
    expect(hits(id, { from: { name: 'x', address: 'a@other.org' }, links: [{ href: 'https://www.badpharma-shop.com/x', text: 'buy' }] }, c)).toEqual([id]);
  });
  it('is silent when nothing is blocked', () => {
    expect(hits(id, {})).toEqual([]);
  });
});
