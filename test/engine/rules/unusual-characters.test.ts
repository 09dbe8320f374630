import { describe, expect, it } from 'vitest';
import { hits } from '../helpers';

const id = 'unusual-characters';
describe(id, () => {
  it('flags disguised letters in the name and the subject', () => {
    expect(hits(id, { from: { name: 'A̿m̿a̿z̿o̿n̿ S̿e̿r̿v̿i̿c̿e̿', address: 'a@b-shop.com' } })).toEqual([`${id}.name`]);
    expect(hits(id, { subject: 'Your 𝐀𝐜𝐜𝐨𝐮𝐧𝐭 is on hold' })).toEqual([`${id}.subject`]);
    expect(hits(id, { from: { name: 'Wells\u200BFargo', address: 'a@b-shop.com' } })).toEqual([`${id}.name`]);
  });
  it('flags look-alike letters in the address', () => {
    expect(hits(id, { from: { name: 'Support', address: 'support@micrоsoft.com' } })).toEqual([`${id}.address`]);
    expect(hits(id, { from: { name: 'Verkade', address: 'no-reply@𝗩𝗲𝗿𝗸𝗮𝗱𝗲.hr' } })).toEqual([`${id}.address`]);
    // The same trick already encoded: micrоsoft.com with a Cyrillic "о" is xn--micrsoft-qbh.com.
    expect(hits(id, { from: { name: 'Support', address: 'support@xn--micrsoft-qbh.com' } })).toEqual([`${id}.address`]);
  });
  it('accepts genuine international domains written in punycode', () => {
    // münchen.de (Latin with an umlaut) and почта.рф (Cyrillic only) are one script per word.
    expect(hits(id, { from: { name: 'Stadt', address: 'info@xn--mnchen-3ya.de' } })).toEqual([]);
    expect(hits(id, { from: { name: 'Почта', address: 'info@xn--80a1acny.xn--p1ai' } })).toEqual([]);
  });
  it('accepts names written in one other alphabet, accents and emoji', () => {
    expect(hits(id, { from: { name: 'Мария Иванова', address: 'maria@mail.ru' } })).toEqual([]);
    expect(hits(id, { from: { name: 'José Müller', address: 'jose@example.de' } })).toEqual([]);
    expect(hits(id, { from: { name: 'Bakery 👩‍🍳🎂', address: 'hi@bakery.com' }, subject: 'Fresh bread 🥖' })).toEqual([]);
  });
});
