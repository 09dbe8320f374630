// Prize, reward, lottery, inheritance and "business proposal" offers (advance-fee fraud), and
// crypto giveaways: scams that use no link tricks at all, only the promise of money.
import { countMatches, wordingText } from '../lib/wording';
import { finding, type Rule } from '../rule';

const PATTERNS: readonly RegExp[] = [
  /\b(you have (been selected|won)|you('ve| have) been chosen|congratulations|winner|claim your (prize|reward|gift|bonus|refund)|free (gift|reward|iphone|airpods)|exclusive reward|loyalty (reward|program) (gift|bonus))\b/,
  /\b(lottery|jackpot|inheritance|next of kin|beneficiary|unclaimed (funds|fund|inheritance)|business proposal|sum of (us)?\$?\s?\d|million (us )?dollars|usd ?\d[\d,.]* ?(million|m)\b|compensation fund|atm card)\b/,
  /\b(survey|questionnaire)\b.{0,80}\b(reward|gift|prize|\$\d+)|\b(reward|prize|gift)\b.{0,60}\b(survey|questions)\b/,
  /\b(airdrop|claim (your )?(tokens|eth|btc|crypto)|staking rewards?|wallet (has been|will be) (suspended|disconnected)|seed phrase|recovery phrase)\b/,
  /\b(parabens|voce ganhou|premio|ganhador|gewonnen|gewinner|gefeliciteerd|u heeft gewonnen|felicitations|vous avez gagne|felicidades|has ganado|ganaste)\b/,
];

const rule: Rule = {
  id: 'wording-money-offer',
  family: 'wording',
  summary: 'Prizes, rewards, lotteries, inheritances and crypto giveaways.',
  run(m) {
    if (m.sender.isOrg || m.sender.isTrusted) return [];
    const n = countMatches(wordingText(m), PATTERNS);
    return n === 0 ? [] : [finding(rule, 'wording-money-offer', n >= 2 ? 3 : 2)];
  },
};
export default rule;
