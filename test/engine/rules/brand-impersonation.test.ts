import { describe, expect, it } from 'vitest';
import { finding, hits } from '../helpers';

const id = 'brand-impersonation';
describe(id, () => {
  it('names the brand and the real domain', () => {
    const f = finding(id, { from: { name: 'Microsoft 365 Support', address: 'admin@oliv.com' } });
    expect(f?.title).toBe('The name says Microsoft, but the email comes from oliv.com, which Microsoft does not use.');
  });
  it('sees through look-alike letters in the name', () => {
    expect(hits(id, { from: { name: 'Pаypal Service', address: 'a@mailer-xyz.net' } })).toEqual([`${id}.name`]);
    expect(hits(id, { from: { name: 'D​o​c​u​S​i​g​n', address: 'a@mailer-xyz.net' } })).toEqual([`${id}.name`]);
  });
  it('weighs more from a free-mail account', () => {
    expect(hits(id, { from: { name: 'UnitedHealthcare Claims', address: 'uhc.claims2026@gmail.com' } })).toEqual([`${id}.freemail`]);
  });
  it('is silent for the brand\'s own domains and subdomains', () => {
    expect(hits(id, { from: { name: 'Microsoft', address: 'account-security-noreply@accountprotection.microsoft.com' } })).toEqual([]);
    expect(hits(id, { from: { name: 'DocuSign', address: 'dse@docusign.net' } })).toEqual([]);
    expect(hits(id, { from: { name: 'PayPal', address: 'service@paypal.com' } })).toEqual([]);
  });
  it('does not read everyday-word brands into people\'s names', () => {
    expect(hits(id, { from: { name: 'Chase Miller', address: 'chase.miller@gmail.com' } })).toEqual([]);
    expect(hits(id, { from: { name: 'Jordan Target', address: 'j@reyesplumbing.com' } })).toEqual([]);
  });
  it('notes a message that opens as a brand\'s notice from someone else, with less weight', () => {
    const f = finding(id, { from: { name: 'Support', address: 'store@goldenrain-shop.com' }, text: 'Coinbase Transaction Notification. You have received 0.94 BTC.' });
    expect(f?.key).toBe(`${id}.body`);
    expect(f?.points).toBe(2);
  });
  it('does not read brands into ordinary openings or split words', () => {
    expect(hits(id, { text: 'My question for the group: does anyone use Quest for lab work?' })).toEqual([]);
    expect(hits(id, { from: { name: 'Support', address: 'a@b-shop.com' }, text: 'Coinbase update', links: [{ text: 'x', href: 'https://www.coinbase.com/' }] })).toEqual([]);
  });
});
