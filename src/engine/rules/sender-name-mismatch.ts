// The sender's name presents an organisation ("Stellar Foundation Support", "Rewards Team")
// that has nothing in common with the address it comes from (noreply@paediatrics-clinic.au).
// Companies send from their own domain or a subdomain of it; the built-in brand table cannot list
// every company, so this catches the rest with a smaller weight than brand-impersonation.
import { brandClaimedBy } from '../lib/brand-claims';
import { withinOneEdit } from '../lib/edit-distance';
import { quote, words } from '../lib/text';
import { finding, type Rule } from '../rule';

/** Words that make a display name an organisation rather than a person (several languages). */
const ORG_WORDS = new Set([
  'team', 'support', 'service', 'services', 'customer', 'care', 'security', 'department', 'dept', 'bank', 'banking',
  'rewards', 'reward', 'foundation', 'official', 'ltd', 'inc', 'llc', 'gmbh', 'corp', 'corporation', 'company',
  'notification', 'notifications', 'notice', 'alert', 'alerts', 'account', 'accounts', 'billing', 'helpdesk', 'admin',
  'administrator', 'center', 'centre', 'office', 'club', 'shop', 'store', 'news', 'newsletter', 'delivery', 'logistics',
  'wallet', 'exchange', 'trading', 'finance', 'financial', 'insurance', 'pharmacy', 'promotions', 'promo', 'offers',
  'giveaway', 'survey', 'loyalty', 'program', 'programme', 'membership', 'gutschein', 'kundenservice', 'klantenservice',
  'atendimento', 'suporte', 'servicio', 'cliente', 'clientes', 'equipe', 'equipo', 'beveiliging', 'sicherheit',
  'verification', 'verify', 'secure', 'protection', 'mailbox', 'postmaster', 'webmaster', 'it', 'hr', 'payroll',
]);

const CONNECTORS = new Set(['the', 'and', 'of', 'for', 'by', 'de', 'da', 'do', 'der', 'die', 'het', 'la', 'le', 'el', 'your', 'my', 'our', 'via']);

const rule: Rule = {
  id: 'sender-name-mismatch',
  family: 'identity',
  summary: 'The display name shares nothing with the sender\'s address: 3 points when it presents an organization, 1 otherwise.',
  run(m) {
    const { sender } = m;
    if (!sender.host || sender.isOrg || sender.isTrusted || /\bvia\b/i.test(sender.name)) return [];
    // Someone the user already gets mail from: how their name matches their address is settled.
    if (m.history?.knowsAddress(sender.address) === true) return [];
    if (brandClaimedBy(sender.nameFolded)) return []; // brand-impersonation judges named brands
    const nameWords = words(sender.nameFolded);
    if (nameWords.length === 0 || nameWords.length > 12) return [];
    const orgLike = nameWords.some((w) => ORG_WORDS.has(w));
    const distinctive = nameWords.filter((w) => w.length >= 3 && !ORG_WORDS.has(w) && !CONNECTORS.has(w) && !/^\d+$/.test(w));
    if (distinctive.length === 0) return [];
    const addressText = `${sender.local}${sender.host.host}`.replace(/[^\p{L}\p{N}]/gu, '');
    const local = sender.local.replace(/[^a-z]/g, '');
    const squashedName = nameWords.join('');
    // Sites the message links to, by name: "cnet" for shopper.cnet.com (not "mailserver1-ripple").
    // Looked at last, and only then: most names relate to the address before the links are needed.
    const linksTo = (w: string) => m.links.some((l) => l.final?.host?.label === w);
    // Related when a word of the name is in the address ("Acme Support" <help@acmeinc.com>),
    // a name starts the mailbox ("Jordan Reyes" <jreyes@...> via "reye"), the domain's name is in
    // the display name, they are one typo apart, or a newsletter links to the named site.
    const initials = nameWords.filter((w) => !CONNECTORS.has(w)).map((w) => w[0]).join('');
    const related =
      (initials.length >= 2 && local.startsWith(initials)) ||
      distinctive.some((w) => addressText.includes(w) || (w.length >= 4 && local.includes(w.slice(0, 4)))) ||
      distinctive.some((w) => w.length >= 5 && withinOneEdit(w, sender.host!.label)) ||
      (sender.host.label.length >= 3 && squashedName.includes(sender.host.label)) ||
      distinctive.some((w) => w.length >= 4 && linksTo(w));
    if (related) return [];
    const params = { name: quote(sender.name, 40), domain: quote(sender.host.site), address: quote(sender.address) };
    if (orgLike && !sender.isFreemail) return [finding(rule, 'sender-name-mismatch', 3, params, { evidence: sender.address })];
    return [finding(rule, 'sender-name-mismatch.loose', 2, params, { evidence: sender.address })];
  },
};
export default rule;
