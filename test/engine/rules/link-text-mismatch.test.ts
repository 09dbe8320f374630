import { describe, expect, it } from 'vitest';
import { facts, finding, hits } from '../helpers';

const id = 'link-text-mismatch';
const link = (text: string, href: string) => ({ links: [{ text, href }] });

describe(id, () => {
  it('flags a link showing a brand site but going elsewhere, naming both', () => {
    const f = finding(id, link('https://www.paypal.com/signin', 'https://paypa-verify.top/x'));
    expect(f?.title).toBe('A link shows www.paypal.com (PayPal), but it really goes to paypa-verify.top.');
    expect(f?.points).toBe(8);
  });
  it('flags a link showing any site but going to another, with less weight', () => {
    expect(finding(id, link('www.lakeviewdental.com', 'https://other-site.net/'))?.points).toBe(3);
  });
  it('unwraps Safe Links and Google redirects before comparing', () => {
    const safe = 'https://nam02.safelinks.protection.outlook.com/?url=' + encodeURIComponent('https://chase-alerts.top/') + '&data=1';
    expect(hits(id, link('www.chase.com', safe))).toEqual([`${id}.protected`]);
    const safeOk = 'https://nam02.safelinks.protection.outlook.com/?url=' + encodeURIComponent('https://www.chase.com/x') + '&data=1';
    expect(hits(id, link('www.chase.com', safeOk))).toEqual([]);
    expect(hits(id, link('www.chase.com', 'https://www.google.com/url?q=https://secure.chase.com/'))).toEqual([]);
  });
  it('accepts subdomains of the same site both ways', () => {
    expect(hits(id, link('chase.com', 'https://secure07.chase.com/login'))).toEqual([]);
    expect(hits(id, link('https://www.questdiagnostics.com', 'https://questdiagnostics.com/'))).toEqual([]);
  });
  it('abstains on newsletter click trackers and opaque wrappers', () => {
    const f = facts();
    expect(hits(id, { ...link('www.reyesplumbing.com', 'https://reyesplumbing.us1.list-manage.com/track/click?u=1'), text: f.text + '\nUnsubscribe' })).toEqual([]);
    expect(hits(id, link('www.chase.com', 'https://protect-us.mimecast.com/s/AbC'))).toEqual([]);
  });
  it('ignores text that is not a web address, and links in quoted history', () => {
    expect(hits(id, link('Click here to view', 'https://anything.example/'))).toEqual([]);
    expect(hits(id, { links: [{ text: 'www.chase.com', href: 'https://evil.example/', inQuote: true }] })).toEqual([]);
  });
});
