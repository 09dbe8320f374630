// A1: "billing@yourpractice.com" <x7@evil.top>: the name shows one address, the mail comes from another.
import { addressDomain, hostInfo, sameSite } from '../lib/domains';
import { quote } from '../lib/text';
import type { Prepared } from '../prepare';
import { finding, type Rule, type RuleFinding } from '../rule';

const EMAIL_IN_NAME = /[\p{L}\p{N}._%+-]+@[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)+/u;

const SITE_IN_NAME = /(?:^|[\s("'[])((?:[\p{L}\p{N}-]+\.)+[\p{L}]{2,})(?=$|[\s)"'\],:|-])/u;

/** "Blockchain.com" <x@eneco.be>: the name shows a web address that is not the sender's. */
function siteInName(m: Prepared): RuleFinding[] {
  const site = SITE_IN_NAME.exec(m.sender.name.toLowerCase())?.[1];
  if (!site || !m.sender.host) return [];
  const shown = hostInfo(site);
  if (!shown || shown.isIp || sameSite(shown, m.sender.host)) return [];
  // Only real endings count: "Dr. J. Smith" and "v2.0" are not web addresses.
  if (shown.suffix.length < 2 || /^\d/.test(shown.label) || shown.label.length < 3) return [];
  if (m.links.some((l) => l.final?.host && sameSite(l.final.host, shown))) return [];
  return [finding(rule, 'display-name-address.site', 3, { shown: quote(shown.host), actual: quote(m.sender.host.site) }, { evidence: m.sender.name })];
}

const rule: Rule = {
  id: 'display-name-address',
  family: 'identity',
  summary: 'The display name contains an email address that is not the sender\'s.',
  run(m) {
    const match = EMAIL_IN_NAME.exec(m.sender.name);
    if (!match) return siteInName(m);
    if (!m.sender.address) return [];
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
