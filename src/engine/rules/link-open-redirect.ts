// B2: a link the sender routed through someone else's open redirect (google.com/url?q=,
// youtube.com/redirect...) so filters see a famous site. Gmail and Outlook add their own wrappers
// outside the href or only for the whole tenant (Safe Links), so those are not counted here.
import { hostToUnicode } from '../lib/punycode';
import { quote } from '../lib/text';
import { finding, type Rule } from '../rule';

const rule: Rule = {
  id: 'link-open-redirect',
  family: 'links',
  summary: 'Links routed through a public open redirect (Google, YouTube, Facebook...) to another site.',
  run(m) {
    for (const link of m.links) {
      const final = link.final;
      if (link.inQuote || !final?.host || final.opaque || !link.host) continue;
      if (!final.via.some((v) => v === 'Google redirect' || v === 'redirect')) continue;
      if (m.sender.host && final.host.site === m.sender.host.site) continue;
      return [finding(rule, 'link-open-redirect', 2, { via: quote(link.host.site), actual: quote(hostToUnicode(final.host.site)) }, { evidence: link.href })];
    }
    return [];
  },
};
export default rule;
