import { describe, expect, it } from 'vitest';
import { finding, hits } from '../helpers';

const id = 'link-open-redirect';
describe(id, () => {
  it('flags a link the sender routed through Google\'s redirect, naming the real destination', () => {
    const f = finding(id, { links: [{ text: 'Claim', href: 'https://www.google.co.uk/url?q=https://prize-claim.example-win.com/x&sa=D' }] });
    expect(f?.title).toBe('A link passes through google.co.uk to hide where it really goes (example-win.com).');
  });
  it('is silent for direct links, Safe Links, and redirects back to the sender\'s own site', () => {
    expect(hits(id, { links: [{ text: 'x', href: 'https://www.reyesplumbing.com/quote' }] })).toEqual([]);
    const safe = 'https://nam02.safelinks.protection.outlook.com/?url=' + encodeURIComponent('https://other.example-site.com/') + '&data=1';
    expect(hits(id, { links: [{ text: 'x', href: safe }] })).toEqual([]);
    expect(hits(id, { links: [{ text: 'x', href: 'https://www.google.com/url?q=https://www.reyesplumbing.com/' }] })).toEqual([]);
  });
});
