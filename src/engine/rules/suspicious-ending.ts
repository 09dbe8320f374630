// B11: web and mail addresses ending in top-level domains that are mostly abuse. The narrow list
// (free .tk, .ml...) and the broad one (cheap .top, .xyz, .click...) both weigh little: they only
// tip the balance with other signs. Checks the sender's domain and every link.
import { SUSPICIOUS_TLDS_BROAD, SUSPICIOUS_TLDS_NARROW } from '../data/tlds';
import type { HostInfo } from '../lib/domains';
import { finding, type Rule } from '../rule';

function ending(host: HostInfo | null | undefined): 'narrow' | 'broad' | null {
  if (!host || host.isIp) return null;
  const tld = host.suffix.split('.').pop() ?? '';
  return SUSPICIOUS_TLDS_NARROW.has(tld) ? 'narrow' : SUSPICIOUS_TLDS_BROAD.has(tld) ? 'broad' : null;
}

const rule: Rule = {
  id: 'suspicious-ending',
  family: 'links',
  summary: 'The sender\'s or a link\'s domain ends in a top-level domain mostly used for abuse.',
  run(m) {
    const sender = m.sender.host;
    if (sender && !m.sender.isOrg && !m.sender.isTrusted && ending(sender)) {
      return [finding(rule, 'suspicious-ending.sender', 2, { domain: sender.site }, { evidence: m.sender.address })];
    }
    for (const link of m.links) {
      const host = link.final?.host;
      if (!link.inQuote && ending(host)) return [finding(rule, 'suspicious-ending', 2, { domain: host!.site }, { evidence: host!.host })];
    }
    return [];
  },
};
export default rule;
