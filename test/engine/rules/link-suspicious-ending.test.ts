import { describe, expect, it } from 'vitest';
import { finding, hits } from '../helpers';

const id = 'link-suspicious-ending';
describe(id, () => {
  it('weighs abuse-heavy endings more than cheap ones', () => {
    expect(finding(id, { links: [{ text: 'x', href: 'https://portal-login.tk/' }] })?.points).toBe(2);
    expect(finding(id, { links: [{ text: 'x', href: 'https://portal-login.top/' }] })?.points).toBe(1);
  });
  it('is silent for ordinary endings', () => {
    expect(hits(id, { links: [{ text: 'x', href: 'https://www.example.org/' }] })).toEqual([]);
  });
});
