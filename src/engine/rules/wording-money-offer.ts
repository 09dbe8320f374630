// Prize, reward, lottery, inheritance and "business proposal" offers (advance-fee fraud), and
// crypto giveaways: scams that use no link tricks at all, only the promise of money.
import { phraseFinding } from '../lib/wording';
import type { Rule } from '../rule';

// Exported for the phrase-index tests (test/engine/regex-starts.test.ts).
export const PATTERNS: readonly RegExp[] = [
  /\b(you have (been selected|won)|you('ve| have) been chosen|congratulations[!,.]* (you|your)|you('re| are) (a|the|our) winner|claim your (prize|reward|gift|bonus|refund)|free (gift|reward|iphone|airpods)|exclusive reward|loyalty (reward|program) (gift|bonus))\b/,
  /\b(lottery|jackpot|inheritance|next of kin|beneficiary|unclaimed (funds|fund|inheritance)|business proposal|sum of (us)?\$?\s?\d|million (us )?dollars|usd ?\d[\d,.]* ?(million|m)\b|compensation fund|atm card)\b/,
  /\b(survey|questionnaire)\b.{0,80}\b(reward|gift|prize|\$\d+)|\b(reward|prize|gift)\b.{0,60}\b(survey|questions)\b/,
  /\b(airdrop|claim (your )?(tokens|eth|btc|crypto)|staking rewards?|wallet (has been|will be) (suspended|disconnected)|seed phrase|recovery phrase)\b/,
  /\b(parabens[!,.]* (voce|seu)|voce ganhou|ganhador|sie haben gewonnen|gewinner sind sie|gefeliciteerd[!,.]* (u|je)|u heeft gewonnen|je hebt gewonnen|felicitations[!,.]* (vous|votre)|vous avez gagne|felicidades[!,.]* (usted|has|ha)|has ganado|ganaste)\b/,
  // Points and vouchers about to expire, prizes for a survey: de, pt, nl, fr, es, it
  /\b(pontos|points|punkte|punten|puntos)\b.{0,60}\b(expir|vencer|venc|resgat|verfallen|verlopen|canjear|riscatt|redeem)|\b(resgate|resgatar)\b.{0,40}\b(pontos|premio|beneficio|valor)/,
  /\b(you('ve| have) been selected|(sie wurden|du wurdest)\b.{0,40}\bausgewahlt|auserwahlten?|(je|u) bent (geselecteerd|uitgekozen)|vous avez ete (selectionne|choisi)|voce foi (selecionad|escolhid)|has sido (seleccionad|elegid)|du er blevet udvalgt|sei stato selezionato)/,
  /\b(gutschein|einkaufsgutschein|geschenkkarte|cadeaukaart|cadeaubon|waardebon|bon d'achat|carte cadeau|cheque cadeau|vale[- ]presente|cartao presente|tarjeta regalo|buono regalo)\b.{0,80}\b(\d|gratis|kostenlos|gewinnen|winnen|gagner|ganhe|ganar|vincere|wert|waarde|valeur|valor)/,
  /\b(gewinnspiel|verlosung|sorteio|sorteo|tirage au sort|prijsvraag|concorso)\b|\b(umfrage|enquete|sondage|pesquisa|encuesta|sondaggio)\b.{0,80}\b(belohnung|gewinn|beloning|prijs|recompense|cadeau|recompensa|brinde|premio|regalo)/,
  // Crypto: balances to withdraw, giveaways, wallet "verification"
  /\b(bitcoin|btc|ethereum|eth|usdt|crypto(currency|currencies)?|wallet|token)s?\b.{0,80}\b(withdraw|claim|receive|received|balance|giveaway|giving away|verify|verification|unlock|staking|reward)/,
  // Famous people "giving away" money or backing an investment; donation funds; refunds waiting
  /\b(elon musk|jeff bezos|bezos|bill gates|warren buffett|mark zuckerberg|mackenzie scott)\b.{0,120}\b(giv\w*|donat\w*|fund|invest\w*|crypto\w*|bitcoin|sav\w*|money|profit)|\bdonation (fund|of|grant)\b|\bdear (email|account|mailbox) owner\b/,
  /\b(tax refund|refund (is )?(ready|available|pending|approved)|reembolso|restituicao|steuererstattung|remboursement (d'impot|disponible)|belastingteruggave)\b/,
  /\b(stake|staking) (your|rewards?|feature|pool|program)\b|\b(airdrop|token allocation|claim (your )?tokens)\b/,
  // Loans and investments offered out of the blue
  /\b(loan offer|guaranteed (returns?|profit|income)|passive income|investment opportunit(y|ies)|(loan|debt) funding|brokerage firm|emprestimo|financiamento facil|prestamo|darlehen|lening)\b/,
];

const rule: Rule = {
  id: 'wording-money-offer',
  family: 'wording',
  summary: 'Prizes, rewards, lotteries, inheritances and crypto giveaways.',
  run(m) {
    return phraseFinding(rule, m, PATTERNS, { one: 2, several: 3 }, { skipOwnSenders: true });
  },
};
export default rule;
