// B12: links that run code (javascript:, vbscript:), carry a whole page inline (data:) or open
// local files (file:). No real email needs these.
import { finding, type Rule } from '../rule';

const rule: Rule = {
  id: 'link-dangerous-scheme',
  family: 'links',
  summary: 'javascript:, vbscript:, data: or file: links.',
  run(m) {
    for (const link of m.links) {
      if (link.inQuote) continue;
      if (link.scheme === 'javascript' || (link.scheme === 'data' && /^\s*data:\s*(text\/html|application|image\/svg)/i.test(link.href))) {
        return [finding(rule, 'link-dangerous-scheme', 8, {}, { decisive: true, evidence: link.href.slice(0, 80) })];
      }
      if (link.scheme === 'data' || link.scheme === 'file') {
        return [finding(rule, 'link-dangerous-scheme', 4, {}, { evidence: link.href.slice(0, 80) })];
      }
    }
    return [];
  },
};
export default rule;
