import { describe, expect, it } from 'vitest';
import { hits } from '../helpers';

const id = 'link-shortener';
describe(id, () => {
  it('notes public shorteners', () => {
    expect(hits(id, { links: [{ text: 'View', href: 'https://bit.ly/3abcXYZ' }, { text: 'Site', href: 'https://www.reyesplumbing.com/' }] })).toEqual([id]);
  });
  it('accepts brands\' own short links among ordinary links', () => {
    expect(hits(id, { links: [{ text: 'Docs', href: 'https://aka.ms/mfasetup' }, { text: 'Site', href: 'https://www.reyesplumbing.com/' }] })).toEqual([]);
  });
  it('does not count Outlook\'s lone mobile-signature link as hiding every link', () => {
    expect(hits(id, { links: [{ text: 'Get Outlook for Android', href: 'https://aka.ms/AAb9ysg' }] })).toEqual([]);
  });
  it('weighs more when every link is a short link, brands\' too', () => {
    expect(hits(id, { links: [{ text: 'Claim', href: 'https://t.co/AbC123' }, { text: 'Stop', href: 'https://bit.ly/x1' }] })).toEqual([`${id}.all`]);
  });
});
