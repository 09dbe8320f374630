// A2: an outside sender whose display name uses the practice's own domain or name
// ("riversidefamilymed.org IT Support" <admin@other.tld>).
import { fold, quote } from '../lib/text';
import { finding, type Rule } from '../rule';

const rule: Rule = {
  id: 'org-name-claim',
  family: 'identity',
  summary: 'An outside sender\'s display name uses the organization\'s domain or name.',
  run(m) {
    const { sender } = m;
    if (sender.isOrg || sender.isTrusted || !sender.host || m.org.size === 0) return [];
    const squashed = fold(sender.name).replace(/[^\p{L}\p{N}.]+/gu, '');
    for (const domain of m.org) {
      const label = domain.split('.')[0] ?? '';
      if (label.length < 5) continue;
      if (squashed.includes(domain) || squashed.includes(label)) {
        return [finding(rule, 'org-name-claim', 6, { claim: quote(domain), domain: quote(sender.host.site) }, { evidence: sender.address })];
      }
    }
    return [];
  },
};
export default rule;
