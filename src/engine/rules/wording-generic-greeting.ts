// "Dear customer", "Dear user", "Prezado cliente": mass phishing does not know your name, while
// the bank, payer or colleague who really writes to you usually does. Wording only.
import { phraseFinding } from '../lib/wording';
import type { Rule } from '../rule';

// Exported for the phrase-index tests (test/engine/regex-starts.test.ts).
export const PATTERNS: readonly RegExp[] = [
  /\b(dear|hello|hi) (valued |valuable )?(customer|client|user|member|account (holder|owner)|email (user|owner)|beneficiary|sir\/madam|sir or madam|friend)\b/,
  /\b(prezado|prezada|caro|cara|estimado|estimada|querido) (cliente|usuario|utilizador|membro|associado)\b|\b(sehr geehrter|liebe[rs]?) (kunde|kundin|nutzer|mitglied)\b|\b(beste|geachte) (klant|gebruiker|lid)\b|\b(cher|chere) (client|cliente|utilisateur|membre)\b/,
];

const rule: Rule = {
  id: 'wording-generic-greeting',
  family: 'wording',
  summary: 'A generic greeting ("Dear customer", "Prezado cliente") instead of the reader\'s name.',
  run(m) {
    return phraseFinding(rule, m, PATTERNS, { one: 2, several: 2 }, { skipOwnSenders: true });
  },
};
export default rule;
