// The brand look-ups by host are indexed; they must answer exactly as checking every brand's
// own lists in table order would.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { BRANDS } from '../../src/engine/data/brands';
import { brandClaimedBy, brandClaimedByScan, brandOwning, brandOwns, brandSite, brandsWithSite, ROLE_WORDS } from '../../src/engine/lib/brand-claims';
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

// Names made of brand names and aliases, cut, glued, split, misspelt, with role words, digits
// and people's names: the indexed claim search must name the brand the full scan names.
const aliases = BRANDS.flatMap((b) => [b.name.toLowerCase(), ...b.aliases]);
const aliasVariant = fc.tuple(fc.constantFrom(...aliases), fc.nat(), fc.constantFrom('as is', 'cut', 'split', 'typo', 'extra', 'glued', 'drop'))
  .map(([a, at, how]) => {
    const i = at % (a.length + 1);
    if (how === 'cut') return a.slice(0, i);
    if (how === 'split') return `${a.slice(0, i)} ${a.slice(i)}`;
    if (how === 'typo') return `${a.slice(0, i)}x${a.slice(i + 1)}`;
    if (how === 'extra') return `${a.slice(0, i)}e${a.slice(i)}`;
    if (how === 'glued') return `${a}${['team', '2024', 'support', 'x', 'online'][at % 5]}`;
    if (how === 'drop') return a.slice(0, i) + a.slice(i + 1);
    return a;
  });
const nameWord = fc.oneof(aliasVariant, fc.constantFrom(...ROLE_WORDS), fc.constantFrom('maria', 'chase', 'miller', 'dr', '12345', 'the', 'of', 'p'));
const name = fc.array(nameWord, { minLength: 1, maxLength: 6 }).map((ws) => ws.join(' '));

describe('brand claimed by a name', () => {
  it('names the brand going through every alias in order would', () => {
    fc.assert(
      fc.property(name, (n) => {
        expect(brandClaimedBy(n)?.name ?? null, n).toBe(brandClaimedByScan(n)?.name ?? null);
      }),
      { numRuns: 5000 },
    );
  });
});
