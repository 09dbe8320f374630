// The sender's domain looks machine-generated (7w25j09ixkm7v8an9bwpr1.com) or is not a real
// domain at all. Throwaway domains registered by the thousand look like this; companies pick
// names people can read and type.
import { quote } from '../lib/text';
import { finding, type Rule } from '../rule';

/** Rough "no human chose this" test on a domain label. */
export function looksGenerated(label: string): boolean {
  const l = label.toLowerCase();
  if (l.length < 8 || l.startsWith('xn--')) return false;
  const letters = l.replace(/[^a-z]/g, '');
  const digits = l.replace(/[^0-9]/g, '').length;
  // Letters and digits switching back and forth many times: a7k2m9...
  const switches = (l.match(/[a-z][0-9]|[0-9][a-z]/g) ?? []).length;
  if (switches >= 4 && digits >= 3) return true;
  // Long runs of consonants that no language writes (y counts as a vowel here).
  if (/[bcdfghjklmnpqrstvwxz]{7,}/.test(letters)) return true;
  const vowels = letters.replace(/[^aeiouy]/g, '').length;
  return letters.length >= 12 && vowels / letters.length < 0.18;
}

const rule: Rule = {
  id: 'sender-made-up',
  family: 'identity',
  summary: 'The sender\'s domain looks machine-generated or is not a valid domain.',
  run(m) {
    const { sender } = m;
    // A raw message whose From has no address at all (webmail pages may hide it, so only .eml).
    if (m.source === 'eml' && !sender.address.includes('@')) return [finding(rule, 'sender-made-up.missing', 4, {}, { evidence: sender.name })];
    if (!sender.address.includes('@') || !sender.domain) return [];
    if (!sender.host || /[^\p{L}\p{N}.-]/u.test(sender.domain)) {
      // Shown address has no real domain ending: "bradesco@campaign0698" cannot be a company's.
      return [finding(rule, 'sender-made-up', 4, { domain: quote(sender.domain) }, { evidence: sender.address })];
    }
    if (sender.host.isIp) return [finding(rule, 'sender-made-up', 4, { domain: quote(sender.domain) }, { evidence: sender.address })];
    if (looksGenerated(sender.host.label)) return [finding(rule, 'sender-made-up', 4, { domain: quote(sender.host.site) }, { evidence: sender.address })];
    // Machine-made subdomains in front of the domain: "xvcbnhjhgngbfd78.marocnational.live",
    // "a.d.b.u.d.b.n.h.y.z.h.m.11.wizqa.sa.com". Mail systems use one or two short labels.
    const subLabels = sender.host.host.split('.').slice(0, -sender.host.site.split('.').length);
    if (subLabels.length >= 6 || subLabels.some((l) => looksGenerated(l.replace(/\d+$/, '')))) {
      return [finding(rule, 'sender-made-up', 4, { domain: quote(sender.host.host) }, { evidence: sender.address })];
    }
    // Keyboard-mash mailbox names on free-mail ("lkjhgfdsertyu@outlook.com"). Companies' mail
    // systems use machine-made mailbox names legitimately (bounce tracking), so only free-mail.
    const local = sender.local.split('+')[0]!.replace(/[._-]/g, '');
    if (sender.isFreemail && local.length >= 10 && looksGenerated(local.replace(/\d+$/, ''))) {
      return [finding(rule, 'sender-made-up.local', 2, { address: quote(sender.address) }, { evidence: sender.address })];
    }
    return [];
  },
};
export default rule;
