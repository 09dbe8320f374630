// B11: web addresses ending in the few top-level domains that are mostly abuse (free .tk, .ml...)
// weigh a little; the broad list of cheap endings (.top, .xyz) is only a tie-breaker.
import { SUSPICIOUS_TLDS_BROAD, SUSPICIOUS_TLDS_NARROW } from '../data/tlds';
import { finding, type Rule } from '../rule';

const rule: Rule = {
  id: 'link-suspicious-ending',
  family: 'links',
  summary: 'Link domains under top-level domains mostly used for abuse.',
  run(m) {
    const hosts = [...m.links.filter((l) => !l.inQuote).map((l) => l.final?.host)];
    let broad: string | null = null;
    for (const host of hosts) {
      if (!host || host.isIp) continue;
      const tld = host.suffix.split('.').pop() ?? '';
      if (SUSPICIOUS_TLDS_NARROW.has(tld)) return [finding(rule, 'link-suspicious-ending', 2, { domain: host.site }, { evidence: host.host })];
      if (!broad && SUSPICIOUS_TLDS_BROAD.has(tld)) broad = host.site;
    }
    return broad ? [finding(rule, 'link-suspicious-ending', 1, { domain: broad }, { evidence: broad })] : [];
  },
};
export default rule;
