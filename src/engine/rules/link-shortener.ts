// B7: a short link hides where it goes. Big companies' own shorteners (aka.ms, amzn.to) are
// fine one by one, and newsletters use bit.ly too, so a single short link is a small weight.
// When every link in the message is a short link, the sender is hiding all destinations:
// that is a pattern of mass scam mail, whoever runs the shortener.
import { BRAND_SHORTENERS, URL_SHORTENERS } from '../data/shorteners';
import { inDomainSet } from '../lib/domains';
import { finding, type Rule } from '../rule';

const rule: Rule = {
  id: 'link-shortener',
  family: 'links',
  summary: 'Links through public URL shorteners; more weight when every link is a short link.',
  run(m) {
    const web = m.links.filter((l) => !l.inQuote && l.final?.host);
    const short = web.filter((l) => inDomainSet(l.final!.host!, URL_SHORTENERS));
    if (short.length === 0) return [];
    const domain = short[0]!.final!.host!.host;
    const pub = short.find((l) => !inDomainSet(l.final!.host!, BRAND_SHORTENERS));
    // Every link short: more than one, or a public one (a lone aka.ms is Outlook's mobile signature).
    if (short.length === web.length && (pub || short.length > 1) && !m.sender.isOrg && !m.sender.isTrusted) {
      return [finding(rule, 'link-shortener.all', 3, { domain }, { evidence: short[0]!.href })];
    }
    if (!pub) return [];
    return [finding(rule, 'link-shortener', m.isBulk ? 1 : 2, { domain: pub.final!.host!.host }, { evidence: pub.href })];
  },
};
export default rule;
