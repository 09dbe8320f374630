// A5: a free-mail account (Gmail, Outlook.com...) whose name claims an office role or company.
// Free-mail alone is normal (patients, many small offices): it only counts with such a claim.
import { quote, words } from '../lib/text';
import { finding, type Rule } from '../rule';

const ROLE = /\b(hr|human resources|payroll|it|it support|help ?desk|tech support|billing|accounts? (payable|receivable)|admin|administrator|support|benefits|security|compliance|service desk|customer (service|care|support)|team|department|dept|office|management|bank|claims|office of|ceo|cfo|director|board|court|tribunal|police|policia|polizei|justice|justica|government|ministry|ministerio|tax office|receita federal|finanzamt|irs)\b/;

const rule: Rule = {
  id: 'freemail-claim',
  family: 'identity',
  summary: 'A free-mail sender whose display name claims an office role, department or company.',
  run(m) {
    const { sender } = m;
    if (!sender.isFreemail || !sender.host) return [];
    const name = words(sender.nameFolded).join(' ');
    if (!ROLE.test(name)) return [];
    return [finding(rule, 'freemail-claim', 4, { name: quote(sender.name, 40), domain: sender.host.site }, { evidence: sender.address })];
  },
};
export default rule;
