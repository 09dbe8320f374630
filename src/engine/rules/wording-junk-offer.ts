// Classic junk-mail offers that scam mailings dress up: gambling bonuses, pills without a
// prescription, adult and dating bait, miracle health products, get-rich and loan offers,
// "answer a survey and get a prize". The categories spam filters have used for decades; in a
// practice's inbox they are at best junk and often lead to card theft. Wording only.
import { phraseFinding } from '../lib/wording';
import type { Rule } from '../rule';

// Exported for the phrase-index tests (test/engine/regex-starts.test.ts).
export const PATTERNS: readonly RegExp[] = [
  /\b(free spins|gratis ?spins|freispiele|giros gratis|casino|welcome bonus|deposit bonus|jackpot|sportwetten|betting bonus)\b/,
  /\b(viagra|cialis|levitra|without (a )?prescription|no prescription needed|online pharmacy|sem receita|ohne rezept|sans ordonnance|erektion|erection|aphrodisia\w*|potenz\w*|ozempic|semaglutide|tirzepatide|glp-1)\b/,
  /\b((hot|lonely|sexy|horny|local) (singles|women|girls|moms|wives)|meet (hot|local|lonely|sexy|horny) (women|singles|girls)|naked|nude photos?|sex ?(date|dates|partner|contacts?|friend)|neuken|naaktfoto|sexkontakte?|seitensprung|rencontres? (coquines?|sexy)|putaria|encontros? (casuais|quentes))\b/,
  /\b(keto|weight ?loss|lose (\d+ )?(pounds|lbs|weight|belly fat)|fat burn(ing|er)?|diet (pills?|gummies)|abnehmen|afvallen|gewichtsverlust|emagrecer|perder peso|maigrir|tinnitus|blood sugar|joint pain|doctors (hate|are stunned)|miracle (cure|pill)|wundermittel)\b/,
  /\b((earn|make) (money|\$ ?\d[\d,]*|millions|cash)( \w+){0,3} (from home|online|per (day|week|month)|in your spare time|daily)|work from home|cash offer|we buy houses|personal loans?|bad credit|debt relief|credit repair|stop overpaying|compare (insurance )?(rates|quotes)|(get|request) (a|your) free quote)\b/,
  /\b(survey|questionnaire|umfrage|enquete|pesquisa|encuesta|sondage)\b.{0,80}\b(ends today|expires today|last chance|limited|receive|get|win|gewinnen|winnen|ganhe|gana|gagnez|reward|prize)\b/,
  /\b(win a brand new|(gagnez|gewinnen sie|win|ganhe|gana|winnen)\b.{0,80}\b(survey|sondage|umfrage|enquete|pesquisa|encuesta|questions|fragen|vragen))\b/,
];

const rule: Rule = {
  id: 'wording-junk-offer',
  family: 'wording',
  summary: 'Gambling bonuses, pills without prescription, adult or dating bait, miracle health products, get-rich and loan offers, survey prizes.',
  run(m) {
    return phraseFinding(rule, m, PATTERNS, { one: 2, several: 3 }, { skipOwnSenders: true });
  },
};
export default rule;
