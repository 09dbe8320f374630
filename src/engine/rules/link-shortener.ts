// B7: a short link hides where it goes. Big companies' own shorteners (aka.ms, amzn.to) are
// fine; newsletters use bit.ly too, so this is a small weight that only adds to other signs.
import { BRAND_SHORTENERS, URL_SHORTENERS } from '../data/shorteners';
import { inDomainSet } from '../lib/domains';
import { finding, type Rule } from '../rule';

const rule: Rule = {
  id: 'link-shortener',
  family: 'links',
  summary: 'A link goes through a public URL shortener.',
  run(m) {
    for (const link of m.links) {
      const host = link.final?.host;
      if (link.inQuote || !host || inDomainSet(host, BRAND_SHORTENERS) || !inDomainSet(host, URL_SHORTENERS)) continue;
      return [finding(rule, 'link-shortener', m.isBulk ? 1 : 2, { domain: host.host }, { evidence: link.href })];
    }
    return [];
  },
};
export default rule;
