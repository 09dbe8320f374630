// Mail from a well-known company's own domain links to its own sites (or through a click
// tracker). When a message from bradesco.com.br or correios.com.br links only to unrelated
// sites, the sender address was most likely forged: the links show where it really leads.
import { brandSite, brandsWithSite } from '../lib/brand-claims';
import { sameSite } from '../lib/domains';
import { hostToUnicode } from '../lib/punycode';
import { quote } from '../lib/text';
import { finding, type Rule } from '../rule';

const rule: Rule = {
  id: 'links-off-brand',
  family: 'links',
  summary: 'Mail from a known brand\'s domain whose links all go to unrelated sites (a forged sender).',
  run(m) {
    const sender = m.sender.host;
    if (!sender || m.sender.isOrg || m.sender.isTrusted) return [];
    const brand = m.sender.brand;
    if (!brand) return [];
    const web = m.links.filter((l) => !l.inQuote && l.final?.host);
    if (web.length === 0 || web.some((l) => l.final!.opaque)) return [];
    const own = web.some((l) => brandSite(brand, l.final!.host!) || sameSite(l.final!.host!, sender));
    if (own) return [];
    const elsewhere = web.find((l) => brandsWithSite(l.final!.host!).length === 0);
    if (!elsewhere) return []; // links to other big brands (app stores, social media) only
    return [finding(rule, 'links-off-brand', 3, { brand: brand.name, site: quote(hostToUnicode(elsewhere.final!.host!.site)) }, { evidence: elsewhere.href })];
  },
};
export default rule;
