import { describe, expect, it } from 'vitest';
import { finding, hits } from '../helpers';

const id = 'reply-to-mismatch';
describe(id, () => {
  it('says where the reply really goes', () => {
    const f = finding(id, { from: { name: 'Vendor Billing', address: 'ar@medsupply-co.com' }, replyTo: [{ name: '', address: 'medsupply.ar@gmail.com' }] });
    expect(f?.title).toBe('If you reply, your answer goes to medsupply.ar@gmail.com, not to ar@medsupply-co.com.');
    expect(f?.points).toBe(5);
  });
  it('is silent for mailing lists that rewrite the sender and reply to the poster', () => {
    expect(hits(id, { from: { name: 'Ana Lima via USRP-users', address: 'usrp-users@lists.ettus.com' }, replyTo: [{ name: '', address: 'ana.lima@gmail.com' }] })).toEqual([]);
  });
  it('flags a reply going to another mailbox at the same free-mail provider', () => {
    expect(hits(id, { from: { name: 'Dr. Anita Patel', address: 'anita.patel.md@gmail.com' }, replyTo: [{ name: '', address: 'payroll.update.ap@gmail.com' }] })).toEqual([id]);
  });
  it('is silent for the same site, no Reply-To, or a contact form replying to the filler', () => {
    expect(hits(id, { replyTo: [{ name: '', address: 'help@support.reyesplumbing.com' }] })).toEqual([]);
    expect(hits(id, {})).toEqual([]);
    expect(hits(id, { replyTo: [{ name: '', address: 'frontdesk@riversidefamilymed.org' }] })).toEqual([]);
  });
});
