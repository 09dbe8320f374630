// B5: https://www.aetna.com@evil.top/ — the part before "@" is not where the link goes.
import { hostToUnicode } from '../lib/punycode';
import { quote } from '../lib/text';
import { finding, type Rule } from '../rule';

const rule: Rule = {
  id: 'link-userinfo',
  family: 'links',
  summary: 'A web link with a user name part ("site.com@other.host") that hides the real host.',
  run(m) {
    for (const link of m.links) {
      const url = link.url;
      if (link.inQuote || link.scheme !== 'http' || !url || (!url.username && !url.password)) continue;
      let fake = url.username;
      try {
        fake = decodeURIComponent(url.username);
      } catch {
        /* keep raw */
      }
      const looksLikeSite = /\.[a-z]{2,}/i.test(fake);
      return [finding(rule, 'link-userinfo', looksLikeSite ? 6 : 4, { fake: quote(fake, 40), actual: quote(hostToUnicode(url.hostname)) }, { evidence: link.href })];
    }
    return [];
  },
};
export default rule;
