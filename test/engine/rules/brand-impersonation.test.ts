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
});
