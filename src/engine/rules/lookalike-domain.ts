// A6/B3: sender or link domains dressed up as the practice's own, a trusted partner's or a
// well-known brand's: look-alike letters, one typo, other ending, brand glued to other words.
import type { HostInfo } from '../lib/domains';
import { findLookalikeAny, protectedSet, type LookalikeMatch } from '../lib/lookalike';
import { hostToUnicode } from '../lib/punycode';
import { quote } from '../lib/text';
import type { MessageKey } from '../messages';
import { finding, type Rule, type RuleFinding } from '../rule';

const POINTS: Record<LookalikeMatch['how'], number> = { homoglyph: 9, typo: 7, cousin: 7, embedded: 7, combo: 5 };

function toFinding(where: 'sender' | 'link', host: HostInfo, match: LookalikeMatch): RuleFinding {
  const own = match.target.kind !== 'brand';
  // Look-alike letters, or a typo of the practice's own or a trusted domain, are decisive.
  const decisive = match.how === 'homoglyph' || (own && (match.how === 'typo' || match.how === 'cousin'));
  const points = own ? Math.max(POINTS[match.how], 7) : POINTS[match.how];
  const key = `lookalike-domain.${where}.${match.how}` as MessageKey;
  const shown = where === 'sender' ? host.site : host.host;
  return finding(
    rule,
    key,
    points,
    { domain: quote(hostToUnicode(shown)), target: match.target.domain, owner: match.target.owner },
    { decisive, evidence: host.host },
  );
}

const rule: Rule = {
  id: 'lookalike-domain',
  family: 'identity',
  summary: 'Sender or link domains that imitate organization, trusted or brand domains.',
  run(m) {
    const targets = protectedSet(m.org, m.trusted);
    const out: RuleFinding[] = [];
    if (m.sender.host && !m.sender.isOrg && !m.sender.isTrusted) {
      const match = findLookalikeAny(m.sender.host, targets);
      if (match) out.push(toFinding('sender', m.sender.host, match));
    }
    const seen = new Set<string>();
    for (const link of m.links) {
      const host = link.final?.host;
      if (!host || link.inQuote || link.final?.opaque || seen.has(host.host)) continue;
      seen.add(host.host);
      if (m.sender.host && host.site === m.sender.host.site) continue; // already judged as the sender
      const match = findLookalikeAny(host, targets);
      if (match) {
        out.push(toFinding('link', host, match));
        break; // one link is enough to say it; more would only repeat
      }
    }
    return out;
  },
};
export default rule;
