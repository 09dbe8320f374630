import { describe, expect, it } from 'vitest';
import { finding, hits } from '../helpers';

const id = 'sender-name-mismatch';
describe(id, () => {
  it('flags an organisation name on an unrelated domain', () => {
    const f = finding(id, { from: { name: 'Stellar Foundation Support', address: 'noreply@mpzcs.paediatrics-clinic.com.au' } });
    expect(f?.title).toBe('The name says "Stellar Foundation Support", but the email comes from paediatrics-clinic.com.au, which has nothing to do with that name.');
  });
  it('is silent when the name and the domain belong together', () => {
    expect(hits(id, { from: { name: 'Acme Support Team', address: 'help@acmeinc.com' } })).toEqual([]);
    expect(hits(id, { from: { name: 'Lakeview Dental Billing Office', address: 'billing@lakeview-dental.com' } })).toEqual([]);
    expect(hits(id, { from: { name: 'CNET Shopper Newsletter', address: 'news@newsletter.online.com' }, links: [{ text: 'Read', href: 'https://shopper.cnet.com/x' }] })).toEqual([]);
  });
  it('is silent for people, free-mail (judged elsewhere) and named brands (judged by brand-impersonation)', () => {
    expect(hits(id, { from: { name: 'Jordan Reyes', address: 'jordan@reyesplumbing.com' } })).toEqual([]);
    expect(hits(id, { from: { name: 'Rewards Team', address: 'rewards.team@gmail.com' } })).toEqual([]);
    expect(hits(id, { from: { name: 'PayPal Security Team', address: 'x@unrelated-shop.com' } })).toEqual([]);
  });
});
