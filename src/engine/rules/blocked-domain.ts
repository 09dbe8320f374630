// Policy blocklist: IT listed this domain as bad. Decisive for the sender or any link.
import { inDomainSet } from '../lib/domains';
import { finding, type Rule } from '../rule';

const rule: Rule = {
  id: 'blocked-domain',
  family: 'identity',
  summary: 'The sender or a link is on the policy\'s blockedDomains list.',
  run(m) {
    if (m.blocked.size === 0) return [];
    if (m.sender.host && inDomainSet(m.sender.host, m.blocked)) {
      return [finding(rule, 'blocked-domain', 10, { domain: m.sender.host.site }, { decisive: true, evidence: m.sender.address })];
    }
    for (const link of m.links) {
      const host = link.final?.host;
      if (host && inDomainSet(host, m.blocked)) {
        return [finding(rule, 'blocked-domain', 10, { domain: host.site }, { decisive: true, evidence: link.href })];
      }
    }
    return [];
  },
};
export default rule;
