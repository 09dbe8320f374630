// B4: a link to a bare IP address on the public internet. Private ranges (printers, on-site
// servers) are normal in a practice and never count.
import { quote } from '../lib/text';
import { finding, type Rule } from '../rule';

function isPrivate(ip: string): boolean {
  if (ip.includes(':')) return /^(\[)?(::1|f[cd]|fe80)/i.test(ip);
  const [a = -1, b = -1] = ip.split('.').map(Number);
  return a === 10 || a === 127 || (a === 172 && b >= 16 && b <= 31) || (a === 192 && b === 168) || (a === 169 && b === 254) || a === 0;
}

const rule: Rule = {
  id: 'link-ip-address',
  family: 'links',
  summary: 'A link goes to a public IP address instead of a named site.',
  run(m) {
    for (const link of m.links) {
      const host = link.final?.host;
      if (link.inQuote || !host?.isIp || isPrivate(host.host)) continue;
      return [finding(rule, 'link-ip-address', 4, { ip: quote(host.host) }, { evidence: link.href })];
    }
    return [];
  },
};
export default rule;
