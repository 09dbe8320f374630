// A9: first mail from this address. Never a warning alone (1 point); it tips the balance when
// other signs are present. Silent without sender history.
import { quote } from '../lib/text';
import { finding, type Rule } from '../rule';

const rule: Rule = {
  id: 'first-contact',
  family: 'identity',
  summary: 'The first message from this address (needs sender history).',
  run(m) {
    const { sender, history } = m;
    if (!history || sender.isOrg || sender.isTrusted || !sender.address) return [];
    if (history.knowsAddress(sender.address) !== false) return [];
    return [finding(rule, 'first-contact', 1, { address: quote(sender.address) }, { evidence: sender.address })];
  },
};
export default rule;
