// A3: the sender's name claims a well-known company (Microsoft, DocuSign, UnitedHealthcare...)
// but the address is not one of that company's domains.
import { brandClaimedBy, brandOwns } from '../lib/brand-claims';
import { quote } from '../lib/text';
import { finding, type Rule } from '../rule';

const rule: Rule = {
  id: 'brand-impersonation',
  family: 'identity',
  summary: 'The display name names a known brand, but the sender\'s domain does not belong to it.',
  run(m) {
    const { sender } = m;
    if (!sender.host || sender.isOrg || sender.isTrusted) return [];
    const brand = brandClaimedBy(sender.nameFolded);
    if (!brand || brandOwns(brand, sender.host)) return [];
    // A mailing list or forwarder rewriting "Name via List" is not a brand claim by the sender.
    if (/\bvia\b/i.test(sender.name) && m.isBulk) return [];
    const params = { brand: brand.name, domain: quote(sender.host.site) };
    if (sender.isFreemail) return [finding(rule, 'brand-impersonation.freemail', 7, params, { evidence: sender.address })];
    return [finding(rule, 'brand-impersonation.name', 6, params, { evidence: sender.host.site })];
  },
};
export default rule;
