import { describe, expect, it } from 'vitest';
import { hits, verdict } from '../helpers';

const id = 'link-dangerous-scheme';
describe(id, () => {
  it('flags script and inline-page links as decisive', () => {
    expect(hits(id, { links: [{ text: 'Open', href: 'javascript:alert(1)' }] })).toEqual([id]);
    expect(verdict({ links: [{ text: 'Open', href: 'data:text/html;base64,PHNjcmlwdD4=' }] }).level).toBe('danger');
  });
  it('ignores web, mail and phone links', () => {
    expect(hits(id, { links: [{ text: 'a', href: 'https://x.example/' }, { text: 'b', href: 'mailto:a@b.c' }, { text: 'c', href: 'tel:+15550104477' }] })).toEqual([]);
  });
});
