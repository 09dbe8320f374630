// Mass scam mailings add random codes to the sender's name or the subject ("Notificacao de
// Credito-HDvRHTDRqwS7abE", "Volgen63493") so that every copy looks different to spam filters.
// People and companies do not name themselves with ten-digit codes or case-scrambled strings.
import { INVISIBLE_RE, quote } from '../lib/text';
import { finding, type Rule, type RuleFinding } from '../rule';

/** A token mixing case at random: "maHSkh0WLRUIpDf6t" yes; "iPhone", "MacBookPro", "1Z999AA1012" no. */
export function isScrambled(token: string): boolean {
  if (token.length < 10 || !/[a-z]/.test(token) || !/[A-Z]/.test(token)) return false;
  const lowerToUpper = (token.match(/[a-z][A-Z]/g) ?? []).length;
  const upperRuns = (token.match(/[A-Z]{2,}/g) ?? []).length;
  const digitSwitches = (token.match(/[a-zA-Z]\d|\d[a-zA-Z]/g) ?? []).length;
  return lowerToUpper >= 2 && (upperRuns >= 1 || digitSwitches >= 2);
}

function scrambledToken(text: string): string | null {
  for (const token of text.replace(INVISIBLE_RE, '').split(/[^A-Za-z0-9]+/)) if (isScrambled(token)) return token;
  return null;
}

const rule: Rule = {
  id: 'random-codes',
  family: 'identity',
  summary: 'Random codes in the sender\'s name or the subject (long digit runs in the name, case-scrambled strings).',
  run(m) {
    const out: RuleFinding[] = [];
    const nameCode = /\d{5,}/.exec(m.sender.name)?.[0] ?? scrambledToken(m.sender.name);
    if (nameCode) out.push(finding(rule, 'random-codes.name', 2, { code: quote(nameCode, 24) }, { evidence: m.sender.name }));
    // A scrambled tag on a free-mail mailbox ("name+NMwGO8qDiD8HKv6Ryvt@gmail.com") marks a mass
    // mailing too. Companies' mail systems put such tokens in addresses for bounce tracking: not counted.
    const local = m.sender.address.split('@')[0] ?? '';
    const tag = m.sender.isFreemail ? local.split('+')[1] : undefined;
    // Random capitals in a short mailbox name ("nOsuPjv@", "JiUQpKEBH@"): people and mail systems
    // write mailbox names in one case; mass-mailing tools generate these.
    const noisyCase =
      /^[A-Za-z]{6,20}$/.test(local) &&
      (local.match(/[a-z][A-Z]/g) ?? []).length >= 2 &&
      !/^([A-Z][a-z]+){2,}$/.test(local) && // CamelCase words: "OneStopPlus"
      !m.sender.domain.includes(local.toLowerCase())
        ? local
        : null;
    const addressCode = nameCode ? null : (tag ? scrambledToken(tag) : null) ?? noisyCase;
    if (addressCode) out.push(finding(rule, 'random-codes.address', 2, { code: quote(addressCode, 24) }, { evidence: m.sender.address }));
    const subjectCode = scrambledToken(m.subject);
    if (subjectCode) out.push(finding(rule, 'random-codes.subject', 2, { code: quote(subjectCode, 24) }, { evidence: m.subject }));
    return out;
  },
};
export default rule;
