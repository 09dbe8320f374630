// D4: gift-card requests and the "are you at your desk?" opener that precedes them.
import { phraseFinding } from '../lib/wording';
import type { Rule } from '../rule';

// Exported for the phrase-index tests (test/engine/regex-starts.test.ts).
export const PATTERNS: readonly RegExp[] = [
  // Asked to buy cards and send the codes: not a shop's terms ("excludes gift card purchases").
  /\b(buy|purchase|pick up|get me|grab)\b.{0,40}\b(gift ?cards?|(apple|google play|amazon|itunes|steam|visa|target|walmart|ebay) cards?)\b|\bgift ?cards?\b.{0,80}\b(send (me|them|the)|scratch|email me|text me|pictures?|photos?)\b/,
  /\bscratch (off )?the back\b|\bsend (me )?(the )?(codes|pictures of the cards?)\b/,
  /\b(are you (at your desk|available|around|free)|quick (favor|favour|task|request)|i need (you to|a favor|a favour)|discreet|keep (this|it) between us)\b/,
];

const rule: Rule = {
  id: 'wording-gift-card',
  family: 'wording',
  summary: 'Gift-card requests and "are you available / quick favor" openers.',
  run(m) {
    return phraseFinding(rule, m, PATTERNS, { one: 2, several: 4 });
  },
};
export default rule;
