// D3: changing where money goes: direct deposit, payroll, vendor bank details, wire transfers.
// The business-email-compromise pattern behind payroll and ACH diversion in healthcare.
import { phraseFinding } from '../lib/wording';
import type { Rule } from '../rule';

// Exported for the phrase-index tests (test/engine/regex-starts.test.ts).
export const PATTERNS: readonly RegExp[] = [
  /\b(direct deposit|payroll|paycheck|pay ?stub|salary)\b.{0,80}\b(change|update|new|switch|details|account|bank)/,
  /\b(new|updated|change[ds]?|different)\s+(bank(ing)?|account|remittance|payment|wire)\s+(details|information|instructions|info|account)/,
  /\b(wire transfer|bank transfer|ach (transfer|payment|details)|routing number|iban|swift code)\b/,
  /\b(update|change|switch)\b.{0,30}\b(direct deposit|payroll|paycheck|bank(ing)? (details|info|information|account))\b/,
  /\b(dados bancarios|datos bancarios|cambio de cuenta|bankverbindung|bankgegevens|coordonnees bancaires|rib)\b/,
];

const rule: Rule = {
  id: 'wording-payment-change',
  family: 'wording',
  summary: 'Requests to change bank, payroll or payment details, or to wire money.',
  run(m) {
    return phraseFinding(rule, m, PATTERNS, { one: 3, several: 3 });
  },
};
export default rule;
