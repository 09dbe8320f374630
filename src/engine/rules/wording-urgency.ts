// D2: deadlines and threats that rush the reader ("within 24 hours", "final notice").
import { phraseFinding } from '../lib/wording';
import type { Rule } from '../rule';

// Exported for the phrase-index tests (test/engine/regex-starts.test.ts).
export const PATTERNS: readonly RegExp[] = [
  /\b(urgent|urgently|immediately|asap|right away|final (notice|warning|reminder)|last (chance|warning|notice|reminder)|act now)\b/,
  /\bwithin\s+(24|48|72|12|the next \d+)\s*(hours?|hrs?|h)\b|\b(expires?|expiring|deadline)\s+(today|tomorrow|soon|in \d+)|\btime[- ]sensitive\b|\baction required\b/,
  /\b(failure to|if you (do not|don't|fail to))\s+\w+.{0,60}\b(suspend|terminat|clos|delet|los|cancel|disabl)/,
  /\b(urgente|inmediato|inmediatamente|ultimo aviso|ultima oportunidad|imediatamente|ultima chance|ultimo aviso|dringend|sofort|letzte (mahnung|warnung|chance|erinnerung)|innerhalb von \d+|laatste (kans|herinnering|waarschuwing)|direct actie|dernier (avis|rappel)|derniere chance|immediatement)\b/,
  /\b(expira(m|ra|rao)? (hoje|amanha|em)|vence(m)? (hoje|amanha)|caduca (hoy|manana)|lauft (heute|morgen|bald) ab|verloopt (vandaag|morgen|binnenkort)|expire (aujourd'hui|demain|bientot)|nur noch heute|alleen vandaag|seulement aujourd'hui|so hoje|solo hoy)\b|\b(em|en|in|within|binnen|dans les) (24|48|72) ?(horas|hours|stunden|uur|heures|h)\b/,
];

const rule: Rule = {
  id: 'wording-urgency',
  family: 'wording',
  summary: 'Urgency, deadlines and threats of loss.',
  run(m) {
    return phraseFinding(rule, m, PATTERNS, { one: 2, several: 3 });
  },
};
export default rule;
