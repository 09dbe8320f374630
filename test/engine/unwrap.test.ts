import { describe, expect, it } from 'vitest';
import { parseUrl, unwrap } from '../../src/engine/lib/unwrap';
import { shownHost } from '../../src/engine/lib/shown-domain';

const final = (href: string) => {
  const u = unwrap(parseUrl(href)!);
  return { host: u.host?.host, opaque: u.opaque, via: u.via };
};

describe('unwrap', () => {
  it('Outlook Safe Links, nested', () => {
    const inner = 'https://nam02.safelinks.protection.outlook.com/?url=' + encodeURIComponent('https://evil.example.net/login') + '&data=x';
    expect(final(inner).host).toBe('evil.example.net');
    const twice = 'https://eur01.safelinks.protection.outlook.com/?url=' + encodeURIComponent(inner) + '&reserved=0';
    expect(final(twice)).toMatchObject({ host: 'evil.example.net', via: ['Safe Links', 'Safe Links'] });
  });
  it('Google redirect', () => {
    expect(final('https://www.google.com/url?q=https://portal.example.org/a&sa=D').host).toBe('portal.example.org');
  });
  it('Proofpoint v2 and v3', () => {
    expect(final('https://urldefense.proofpoint.com/v2/url?u=https-3A__www.example.org_path&d=DwMF').host).toBe('www.example.org');
    expect(final('https://urldefense.com/v3/__https://login.example.com/x__;!!abc$').host).toBe('login.example.com');
  });
  it('abstains on opaque wrappers', () => {
    expect(final('https://protect-us.mimecast.com/s/AbCdEf').opaque).toBe(true);
    expect(final('https://mandrillapp.com/track/click/123/abc').opaque).toBe(true);
  });
  it('leaves ordinary links alone', () => {
    expect(final('https://www.questdiagnostics.com/results')).toEqual({ host: 'www.questdiagnostics.com', opaque: false, via: [] });
  });
});

describe('shown host', () => {
  it.each([
    ['https://www.paypal.com/signin', 'www.paypal.com'],
    ['www.chase.com', 'www.chase.com'],
    ['chase.com', 'chase.com'],
    ['HTTPS://LOGIN.MICROSOFTONLINE.COM/', 'login.microsoftonline.com'],
  ])('%s shows %s', (text, host) => expect(shownHost(text)?.host).toBe(host));
  it.each(['Click here', 'Visit chase.com today', 'invoice.pdf', 'report.zip', 'me@example.com', 'Sign in'])('%s shows no site', (text) => {
    expect(shownHost(text)).toBeNull();
  });
});
