import { describe, expect, it } from 'vitest';
import { looksGenerated } from '../../../src/engine/rules/sender-made-up';
import { hits } from '../helpers';

const id = 'sender-made-up';
describe(id, () => {
  it.each(['7w25j09ixkm7v8an9bwpr1ckep4k', 'xkqzvbtrwplm', 'a1b2c3d4e5f6'])('%s looks generated', (l) => expect(looksGenerated(l)).toBe(true));
  it.each(['riversidefamilymed', 'questdiagnostics', 'strengthsfinder', 'rhythms', 'google', 'abc123', 'mailchimp'])('%s looks chosen by people', (l) => {
    expect(looksGenerated(l)).toBe(false);
  });
  it('flags a generated domain and an address without a real domain ending', () => {
    expect(hits(id, { from: { name: 'Energy Desk', address: 'x@7w25j09ixkm7v8an9bwpr1ckep4k.com' } })).toEqual([id]);
    expect(hits(id, { from: { name: 'Bank', address: 'convites@campanhas069885' } })).toEqual([id]);
    expect(hits(id, { from: { name: 'Pedidos', address: 'taxas@%atendimentos.net' } })).toEqual([id]);
  });
  it('flags machine-made subdomains in front of the domain', () => {
    expect(hits(id, { from: { name: 'Offers', address: 'x@xvcbnhjhgngbfd78.marocnational.live' } })).toEqual([id]);
    expect(hits(id, { from: { name: 'Offers', address: 'x@a.d.b.u.d.b.n.wizqa.com' } })).toEqual([id]);
    expect(hits(id, { from: { name: 'Costco', address: 'news@digital.costco.com.cname.cjm.adobe.com' } })).toEqual([]);
  });
  it('flags a keyboard-mash free-mail mailbox with less weight', () => {
    expect(hits(id, { from: { name: 'Musa', address: 'lkjhgfdsertyuiuytrdfghhg@outlook.com' } })).toEqual([`${id}.local`]);
  });
  it('is silent for ordinary senders', () => {
    expect(hits(id, {})).toEqual([]);
  });
});
