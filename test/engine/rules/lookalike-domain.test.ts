import { describe, expect, it } from 'vitest';
import { finding, hits, verdict } from '../helpers';

const id = 'lookalike-domain';
const from = (address: string) => ({ from: { name: 'IT Help Desk', address } });
const link = (href: string) => ({ links: [{ href, text: 'Open' }] });

describe(id, () => {
  it('catches look-alike letters in the practice\'s domain (decisive)', () => {
    expect(hits(id, from('it@riversidefamilyrned.org'))).toEqual([`${id}.sender.homoglyph`]);
    expect(verdict(from('it@riversidefamilyrned.org')).level).toBe('danger');
  });
  it('catches a typo and another ending of the practice\'s domain', () => {
    expect(hits(id, from('it@riversidefamilymd.org'))).toEqual([`${id}.sender.typo`]);
    expect(hits(id, from('it@riversidefamilymed.co'))).toEqual([`${id}.sender.cousin`]);
  });
  it('catches Cyrillic look-alikes of a brand in punycode', () => {
    const f = finding(id, link('https://xn--pple-43d.com/verify'));
    expect(f?.title).toContain('аpple.com');
    expect(f?.severity).toBe('danger');
  });
  it('catches brand combo-squats and a brand domain put in front of another site', () => {
    expect(hits(id, link('https://paypal-secure-login.com/x'))).toEqual([`${id}.link.combo`]);
    expect(hits(id, link('https://login.microsoftonline.com.verify-session.top/x'))).toEqual([`${id}.link.embedded`]);
  });
  it('is silent for the real domains and their subdomains', () => {
    expect(hits(id, from('it@riversidefamilymed.org'))).toEqual([]);
    expect(hits(id, link('https://login.microsoftonline.com/common'))).toEqual([]);
    expect(hits(id, link('https://www.paypal.com/signin'))).toEqual([]);
    expect(hits(id, link('https://myquest.questdiagnostics.com/x'))).toEqual([]);
  });
  it('is silent for plurals and for one-letter neighbours of everyday-word brands', () => {
    for (const d of ['ledgers.com', 'workdays.com', 'humans.com', 'trust.org', 'chases.com']) expect(hits(id, link(`https://www.${d}/`)), d).toEqual([]);
    expect(hits(id, link('https://www.amazom.com/'))).toEqual([`${id}.link.typo`]);
  });
  it('is silent for unrelated short names and first-letter differences', () => {
    expect(hits(id, link('https://www.reyesplumbing.com/'))).toEqual([]);
    expect(hits(id, link('https://www.hank.com/'))).toEqual([]);
  });
});
