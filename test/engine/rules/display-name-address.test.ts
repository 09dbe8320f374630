import { describe, expect, it } from 'vitest';
import { hits } from '../helpers';

const id = 'display-name-address';
describe(id, () => {
  it('flags a name showing another address', () => {
    expect(hits(id, { from: { name: 'service@paypal.com', address: 'x7@evil-mailer.top' } })).toEqual([id]);
  });
  it('flags a name showing the recipient\'s own address', () => {
    expect(hits(id, { from: { name: 'frontdesk@riversidefamilymed.org', address: 'a@b-mailer.net' } })).toEqual([`${id}.recipient`]);
  });
  it('is silent when the name shows the same address or the same site', () => {
    expect(hits(id, { from: { name: 'jordan@reyesplumbing.com', address: 'jordan@reyesplumbing.com' } })).toEqual([]);
    expect(hits(id, { from: { name: 'billing@reyesplumbing.com', address: 'noreply@mail.reyesplumbing.com' } })).toEqual([]);
    expect(hits(id, { from: { name: 'Jordan Reyes', address: 'jordan@reyesplumbing.com' } })).toEqual([]);
  });
});
