// B1: the link's visible text shows one web address, the link goes to another site.
// Compared by site (registrable domain), after unwrapping Safe Links, Proofpoint, Google and
// known redirectors. Abstains when a click tracker hides the destination.
import { brandsWithSite } from '../lib/brand-claims';
import { hostIsUnder, sameSite, type HostInfo } from '../lib/domains';
import { hostToUnicode } from '../lib/punycode';
import { shownHost } from '../lib/shown-domain';
import { quote } from '../lib/text';
import type { Prepared } from '../prepare';
import { finding, type Rule } from '../rule';

/** Who the shown address belongs to, if it is one we protect: the practice, a partner, a brand. */
function protectedOwner(shown: HostInfo, m: Prepared): string | null {
  if (m.org.has(shown.site)) return 'your practice';
  if (m.trusted.has(shown.site)) return shown.site;
  // Prefer the plain brand entry (Microsoft) over its everyday-word variant (Outlook).
  const brands = brandsWithSite(shown);
  const brand = brands.find((b) => !b.commonWord) ?? brands[0];
  return brand ? brand.name : null;
}

/** Both addresses belong to one brand (canadapost.ca shown, canadapost-postescanada.ca linked). */
function sameBrand(a: HostInfo, b: HostInfo): boolean {
  const ofB = brandsWithSite(b);
  return ofB.length > 0 && brandsWithSite(a).some((brand) => ofB.includes(brand));
}

/** Hosts of web addresses written inside a link (query or path): "…/go?dest=http%3A%2F%2Fwww.buy.com". */
function embeddedTargets(href: string): string[] {
  let text = href.slice(8, 2048);
  try {
    text = decodeURIComponent(text.replace(/\+/g, ' '));
  } catch {
    /* use as written */
  }
  const out: string[] = [];
  for (const m of text.matchAll(/https?:\/\/([a-z0-9.-]+)/gi)) if (out.length < 5) out.push(m[1]!.toLowerCase());
  return out;
}

const rule: Rule = {
  id: 'link-text-mismatch',
  family: 'links',
  summary: 'Link text shows one web address while the link goes to a different site.',
  run(m) {
    let best: ReturnType<typeof finding> | null = null;
    for (const link of m.links) {
      if (link.inQuote || !link.final || link.final.opaque || !link.final.host) continue;
      const shown = shownHost(link.text);
      if (!shown || shown.isIp) continue;
      const actual = link.final.host;
      if (sameSite(shown, actual) || hostIsUnder(actual.host, shown.site) || hostIsUnder(shown.host, actual.site)) continue;
      if (sameBrand(shown, actual)) continue;
      // Redirect with the shown site as its one embedded target (rspamd's wrapper exception).
      if (embeddedTargets(link.href).some((h) => hostIsUnder(h, shown.site))) continue;
      const owner = protectedOwner(shown, m);
      // A company linking its own site through its own tracking domain is normal.
      const fromSender = m.sender.host !== null && sameSite(shown, m.sender.host);
      if (fromSender && m.isBulk) continue;
      // Text naming some other site over a link to the sender's own site: the sender's own
      // tracker ("Pay later with affirm.com"). Not so when the text names a protected site.
      const toSender = m.sender.host !== null && sameSite(actual, m.sender.host);
      if (!owner && toSender) continue;
      const params = { shown: quote(hostToUnicode(shown.host)), actual: quote(hostToUnicode(actual.site)) };
      const f = owner
        ? finding(rule, 'link-text-mismatch.protected', 8, { ...params, owner }, { evidence: link.href })
        : finding(rule, 'link-text-mismatch', fromSender || m.isBulk ? 2 : 3, params, { evidence: link.href });
      if (!best || f.points > best.points) best = f;
      if (f.points >= 8) break;
    }
    return best ? [best] : [];
  },
};
export default rule;
