import { describe, expect, it } from 'vitest';
import { hits } from '../helpers';

const id = 'link-shortener';
describe(id, () => {
  it('notes public shorteners', () => {
    expect(hits(id, { links: [{ text: 'View', href: 'https://bit.ly/3abcXYZ' }] })).toEqual([id]);
  });
  it('accepts brands\' own short links', () => {
    expect(hits(id, { links: [{ text: 'Docs', href: 'https://aka.ms/mfasetup' }] })).toEqual([]);
  });
});
