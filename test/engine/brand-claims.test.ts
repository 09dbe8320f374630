// The brand look-ups by host are indexed; they must answer exactly as checking every brand's
// own lists in table order would.
import { describe, expect, it } from 'vitest';
import { BRANDS } from '../../src/engine/data/brands';
import { brandOwning, brandOwns, brandSite, brandsWithSite } from '../../src/engine/lib/brand-claims';
import { hostInfo, type HostInfo } from '../../src/engine/lib/domains';

const hosts: HostInfo[] = [
  ...BRANDS.flatMap((b) => [...b.domains, ...(b.sharedDomains ?? [])].flatMap((d) => [d, `mail.${d}`, `a.b.${d}`, `${d}.evil.top`])),
  'example.com', 'outlook.com', 'sub.sharepoint.com', 'evil.web.app', 'paypal.com.br', '192.168.0.1',
]
  .map((h) => hostInfo(h))
  .filter((h): h is HostInfo => h !== null);

describe('brand look-ups by host', () => {
  it('brandsWithSite lists the brands brandSite accepts, in table order', () => {
    for (const host of hosts) expect(brandsWithSite(host), host.host).toEqual(BRANDS.filter((b) => brandSite(b, host)));
  });

  it('brandOwning is the first brand brandOwns accepts', () => {
    for (const host of hosts) expect(brandOwning(host), host.host).toBe(BRANDS.find((b) => brandOwns(b, host)) ?? null);
  });

  it('finds brands for their own hosts and none for unrelated ones', () => {
    expect(brandsWithSite(hostInfo('example.com')!)).toEqual([]);
    expect(brandOwning(hostInfo('mail.google.com')!)?.name).toBeDefined();
  });
});
