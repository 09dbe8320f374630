// A8: replies silently go somewhere else. Only where the Reply-To is known (raw message, or a
// webmail that shows it). Newsletters and help desks set Reply-To to their own other domain,
// so a free-mail Reply-To on company mail, or any outside Reply-To on "internal" mail, weighs most.
import { FREEMAIL_DOMAINS } from '../data/freemail';
import { addressDomain, hostInfo, inDomainSet, sameSite } from '../lib/domains';
import { quote } from '../lib/text';
import { finding, type Rule } from '../rule';

const rule: Rule = {
  id: 'reply-to-mismatch',
  family: 'identity',
  summary: 'Reply-To goes to a different organization than the sender.',
  run(m) {
    const { sender } = m;
    if (!sender.host || m.replyTo.length === 0) return [];
    // E-signature and notification services (DocuSign, banks) set Reply-To to the person behind them.
    if (sender.brand) return [];
    // Mailing lists rewrite From to "Alice via List" <list@...> and point Reply-To back at Alice.
    if (/\bvia\b/i.test(sender.name) || 'list-id' in m.headers) return [];
    for (const r of m.replyTo) {
      const host = hostInfo(addressDomain(r.address));
      if (!host) continue;
      if (sameSite(host, sender.host)) {
        // Another personal mailbox at the same free-mail provider: the reply goes to someone else.
        if (sender.isFreemail && r.address.toLowerCase() !== sender.address.toLowerCase()) {
          return [finding(rule, 'reply-to-mismatch', 3, { replyTo: quote(r.address), from: quote(sender.address) }, { evidence: r.address })];
        }
        continue;
      }
      if (m.recipients.includes(r.address.toLowerCase())) continue; // contact forms reply to the filler
      const replyFree = inDomainSet(host, FREEMAIL_DOMAINS);
      let points = 2;
      if (replyFree && !sender.isFreemail) points = 5;
      else if (sender.isOrg) points = 6;
      else if (replyFree && sender.isFreemail) points = 4;
      else if (m.isBulk) points = 1;
      return [finding(rule, 'reply-to-mismatch', points, { replyTo: quote(r.address), from: quote(sender.address) }, { evidence: r.address })];
    }
    return [];
  },
};
export default rule;
