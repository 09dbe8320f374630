import { describe, expect, it } from 'vitest';
import { finding, hits } from '../helpers';

const id = 'links-off-brand';
const from = { name: 'Bradesco', address: 'sac@bradesco.com.br' };
describe(id, () => {
  it('flags brand mail whose links all go to an unrelated site', () => {
    const f = finding(id, { from, links: [{ text: 'Resgatar', href: 'https://pontos.secureserver-host.net/r' }] });
    expect(f?.title).toBe('The email claims to come from Bradesco, but its links go to secureserver-host.net, not to Bradesco.');
  });
  it('is silent when a link goes to the brand, through a tracker, or only to other big brands', () => {
    expect(hits(id, { from, links: [{ text: 'a', href: 'https://banco.bradesco/x' }, { text: 'b', href: 'https://www.bradesco.com.br/' }] })).toEqual([]);
    expect(hits(id, { from, links: [{ text: 'a', href: 'https://mandrillapp.com/track/click/1' }, { text: 'b', href: 'https://other.example-shop.com/' }] })).toEqual([]);
    expect(hits(id, { from, links: [{ text: 'App', href: 'https://apps.apple.com/app/x' }] })).toEqual([]);
  });
  it('is silent for senders that are not known brands', () => {
    expect(hits(id, { links: [{ text: 'a', href: 'https://other.example-shop.com/' }] })).toEqual([]);
  });
});
