// B8: links to sites anyone can create for free (web.app, workers.dev, IPFS...) or to shared
// files and forms (Google Docs, Dropbox, Jotform). Used legitimately all the time, so small
// weights that only add up with other signs; IPFS gateways are rarely legitimate in mail.
import { FILE_SHARE_AND_FORM_HOSTS, FREE_SUBDOMAIN_HOSTS, IPFS_GATEWAY_HINTS } from '../data/hosting';
import { inDomainSet, sameSite } from '../lib/domains';
import { finding, type Rule, type RuleFinding } from '../rule';

const rule: Rule = {
  id: 'link-free-hosting',
  family: 'links',
  summary: 'Links to free hosting, file-share or form-builder sites often used for fake sign-in pages.',
  run(m) {
    if (m.sender.isOrg || m.sender.isTrusted) return [];
    let best: RuleFinding | null = null;
    for (const link of m.links) {
      const host = link.final?.host;
      if (link.inQuote || !host) continue;
      if (m.sender.host && sameSite(host, m.sender.host)) continue;
      // The sender's own page on a platform: national-nordic-museum.mailchimpsites.com from nordicmuseum.org
      const senderLabel = m.sender.host?.label ?? '';
      if (senderLabel.length >= 4 && !m.sender.isFreemail && host.host.replace(/[.-]/g, '').includes(senderLabel)) continue;
      const path = link.final?.url.pathname ?? '';
      if (IPFS_GATEWAY_HINTS.some((h) => host.host.includes(h)) || /\/ipfs\/[a-z0-9]{40,}/i.test(path)) {
        return [finding(rule, 'link-free-hosting', 5, { domain: host.host }, { evidence: link.href })];
      }
      if (!best && inDomainSet(host, FREE_SUBDOMAIN_HOSTS)) {
        best = finding(rule, 'link-free-hosting', 3, { domain: host.host }, { evidence: link.href });
      } else if (!best && inDomainSet(host, FILE_SHARE_AND_FORM_HOSTS)) {
        best = finding(rule, 'link-file-share', 2, { domain: host.host }, { evidence: link.href });
      }
    }
    return best ? [best] : [];
  },
};
export default rule;
