// A4 (history part): a name the user has had mail from before, now from an address never used
// with that name. Needs the background's sender history; silent without it.
import { quote } from '../lib/text';
import { finding, type Rule } from '../rule';

const rule: Rule = {
  id: 'known-name-new-address',
  family: 'identity',
  summary: 'A display name seen before, now from an address never used with it.',
  run(m) {
    const { sender, history } = m;
    if (!history || sender.isOrg || !sender.address || !/\s/.test(sender.name.trim())) return [];
    if (!history.nameSeenWithOtherAddress(sender.name, sender.address)) return [];
    return [finding(rule, 'known-name-new-address', 5, { name: quote(sender.name, 40), address: quote(sender.address) }, { evidence: sender.address })];
  },
};
export default rule;
