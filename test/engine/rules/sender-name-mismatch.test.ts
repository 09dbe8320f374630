import { describe, expect, it } from 'vitest';
import { finding, hits } from '../helpers';

const id = 'sender-name-mismatch';
describe(id, () => {
  it('flags an organisation name on an unrelated domain', () => {
    const f = finding(id, { from: { name: 'Stellar Foundation Support', address: 'noreply@mpzcs.paediatrics-clinic.com.au' } });
    expect(f?.title).toBe('The name says "Stellar Foundation Support", but it comes from paediatrics-clinic.com.au, which has nothing to do with that name.');
  });
  it('is silent when the name and the domain belong together', () => {
    expect(hits(id, { from: { name: 'Acme Support Team', address: 'help@acmeinc.com' } })).toEqual([]);
    expect(hits(id, { from: { name: 'Lakeview Dental Billing Office', address: 'billing@lakeview-dental.com' } })).toEqual([]);
    expect(hits(id, { from: { name: 'CNET Shopper Newsletter', address: 'news@newsletter.online.com' }, links: [{ text: 'Read', href: 'https://shopper.cnet.com/x' }] })).toEqual([]);
  });
  it('gives a small weight to any name unrelated to its address, and none to related ones', () => {
    expect(hits(id, { from: { name: 'Louann Wegge', address: 'getgevoza@gmail.com' } })).toEqual([`${id}.loose`]);
    expect(finding(id, { from: { name: 'Louann Wegge', address: 'getgevoza@gmail.com' } })?.points).toBe(2);
    expect(hits(id, { from: { name: 'Jordan Reyes', address: 'jreyes@reyesplumbing.com' } })).toEqual([]);
    expect(hits(id, { from: { name: 'Maria Gonzalez', address: 'maria.g@gmail.com' } })).toEqual([]);
  });
  it('is silent for mailing lists and named brands (judged by brand-impersonation)', () => {
    expect(hits(id, { from: { name: 'Remco Vink via USRP-users', address: 'usrp-users@lists.ettus.com' } })).toEqual([]);
    expect(hits(id, { from: { name: 'PayPal Security Team', address: 'x@unrelated-shop.com' } })).toEqual([]);
  });
});
