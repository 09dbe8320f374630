// A1: "billing@yourpractice.com" <x7@evil.top>: the name shows one address, the mail comes from another.
import { addressDomain, hostInfo, sameSite } from '../lib/domains';
import { quote } from '../lib/text';
import { finding, type Rule } from '../rule';

const EMAIL_IN_NAME = /[\p{L}\p{N}._%+-]+@[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)+/u;

const rule: Rule = {
  id: 'display-name-address',
  family: 'identity',
  summary: 'The display name contains an email address that is not the sender\'s.',
  run(m) {
    const match = EMAIL_IN_NAME.exec(m.sender.name);
    if (!match || !m.sender.address) return [];
    const shown = match[0].toLowerCase();
    if (shown === m.sender.address.toLowerCase()) return [];
    const shownHost = hostInfo(addressDomain(shown));
    if (!shownHost) return [];
    if (m.sender.host && sameSite(shownHost, m.sender.host)) return [];
    const actual = quote(m.sender.address);
    if (m.recipients.includes(shown)) {
      return [finding(rule, 'display-name-address.recipient', 5, { actual }, { evidence: shown })];
    }
    // Mailing lists and ticket systems write "alice@example.com via List": a weaker sign.
    const viaList = /\bvia\b|\bon behalf of\b/i.test(m.sender.name);
    // Invoicing and ticket systems write "Company (billing@company.com)" <system@vendor.com>.
    const onBehalf = viaList || new RegExp(`\\S.*[([]\\s*${match[0].replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\s*[)\\]]`).test(m.sender.name);
    const points = m.org.has(shownHost.site) ? 8 : onBehalf ? 2 : 5;
    return [finding(rule, 'display-name-address', points, { shown: quote(shown), actual }, { evidence: shown })];
  },
};
export default rule;
