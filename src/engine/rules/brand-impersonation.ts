// A3: the sender's name claims a well-known company (Microsoft, DocuSign, UnitedHealthcare...)
// but the address is not one of that company's domains.
import { brandClaimedBy, brandOwns, brandSite } from '../lib/brand-claims';
import { quote, words } from '../lib/text';
import type { Prepared } from '../prepare';
import { finding, type Rule, type RuleFinding } from '../rule';

/**
 * The message opens by presenting itself as a brand ("Coinbase Transaction Notification") while
 * the sender is someone else and no link goes to the brand. Weaker than a name claim: resellers
 * and newsletters mention brands too, but rarely as the first words, with no link to them.
 */
function bodyClaim(m: Prepared): RuleFinding[] {
  const { sender } = m;
  if (!sender.host || m.isBulk) return [];
  // The first words of the body, where a brand's own notices put their name ("Coinbase
  // Transaction Notification"); a person writing about a brand starts otherwise.
  const opening = words(m.textFolded.slice(0, 60)).slice(0, 4).join(' ');
  const brand = brandClaimedBy(opening);
  if (!brand || brand.commonWord || brandOwns(brand, sender.host)) return [];
  if (m.links.some((l) => l.final?.host && brandSite(brand, l.final.host))) return [];
  return [finding(rule, 'brand-impersonation.body', 2, { brand: brand.name, domain: quote(sender.host.site) }, { evidence: sender.address })];
}

const rule: Rule = {
  id: 'brand-impersonation',
  family: 'identity',
  summary: 'The display name names a known brand, but the sender\'s domain does not belong to it.',
  run(m) {
    const { sender } = m;
    if (!sender.host || sender.isOrg || sender.isTrusted) return [];
    const brand = brandClaimedBy(sender.nameFolded);
    if (!brand) return bodyClaim(m);
    if (brandOwns(brand, sender.host)) return [];
    // A mailing list or forwarder rewriting "Name via List" is not a brand claim by the sender.
    if (/\bvia\b/i.test(sender.name) && m.isBulk) return [];
    const params = { brand: brand.name, domain: quote(sender.host.site) };
    if (sender.isFreemail) return [finding(rule, 'brand-impersonation.freemail', 7, params, { evidence: sender.address })];
    return [finding(rule, 'brand-impersonation.name', 6, params, { evidence: sender.host.site })];
  },
};
export default rule;
