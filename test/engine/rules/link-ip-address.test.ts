import { describe, expect, it } from 'vitest';
import { hits } from '../helpers';

const id = 'link-ip-address';
const link = (href: string) => ({ links: [{ text: 'Open', href }] });
describe(id, () => {
  it('flags public IP hosts, including odd number forms', () => {
    expect(hits(id, link('http://45.133.1.20/login'))).toEqual([id]);
    expect(hits(id, link('http://3232235777/'))).toEqual([]); // 192.168.1.1 written as one number: private
    expect(hits(id, link('http://0x2d850114/'))).toEqual([id]);
  });
  it('ignores private addresses used for printers and on-site servers', () => {
    expect(hits(id, link('http://192.168.1.20/scan'))).toEqual([]);
    expect(hits(id, link('http://10.0.0.5/ehr'))).toEqual([]);
    expect(hits(id, link('https://www.questdiagnostics.com/'))).toEqual([]);
  });
});
