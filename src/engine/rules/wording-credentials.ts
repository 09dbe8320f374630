// D1: asks to sign in, verify, or warns the account/mailbox/password is about to stop working.
// English plus the languages most common in phishing (es, pt, de, nl, fr).
import { phraseFinding } from '../lib/wording';
import type { Rule } from '../rule';

// Exported for the phrase-index tests (test/engine/regex-starts.test.ts).
export const PATTERNS: readonly RegExp[] = [
  /\b(verify|confirm|update|validate|re-?activate|unlock|restore)\s+(your|the)\s+(account|identity|login|mailbox|e-?mail|password|information|details|access|profile|payment)/,
  /\b(account|mailbox|access|e-?mail)\s+(has been|was|will be|is)\s+(temporarily\s+)?(suspended|locked|blocked|disabled|restricted|closed|deactivated|terminated|on hold)/,
  /\bpassword\s+(expires?|is expiring|will expire|has expired|is due|reset required|update required)|\b(unusual|suspicious|unauthori[sz]ed)\s+(sign-?in|log-?in|activity|access)/,
  /\bmail ?box\s+(is\s+(almost\s+)?full|quota|storage)|\b(storage|quota)\s+(is\s+)?(full|exceeded|limit)|(pending|held|undelivered)\s+(messages|e-?mails)/,
  /\b(sign|log)\s?-?in\s+(now|here|below|to (view|access|continue|confirm|restore|keep))|\bclick (here|below) to (verify|confirm|log ?in|sign ?in|keep|restore|update)/,
  // es / pt
  /\b(verifi|confirm|actualiz|atualiz|valid)\w*\s+(su|sus|tu|seu|sua|seus|os|a|o)\s+(cuenta|conta|datos|dados|cadastro|identidad|identidade|acceso|acesso|informac)/,
  /\b(cuenta|conta|acesso|acceso|senha|contrasena)\s+(\w+\s+)?(suspendid|bloquead|desactivad|desativad|cancelad|expir)/,
  // de / nl / fr
  /\b(konto|zugang|passwort|postfach)\s+(\w+\s+){0,3}(gesperrt|eingeschrankt|deaktiviert|verifizieren|bestatigen|aktualisieren|lauft ab)/,
  /\b(bestatigen|verifizieren|aktualisieren) sie (ihr|ihre|ihren)\b/,
  /\b(account|rekening|gegevens|wachtwoord)\s+(\w+\s+){0,3}(geblokkeerd|opgeschort|verifieren|bevestigen|bijwerken|verlopen)/,
  /\b(compte|acces|mot de passe)\s+(\w+\s+){0,3}(suspendu|bloque|desactive|expire|verifier|confirmer)|\b(verifiez|confirmez|mettez a jour) (votre|vos)\b/,
  // "New / suspicious access to your account", "we blocked": pt, es, de, nl, fr, en
  /\b(novo|nuevo) acesso\b|\bacesso suspeito\b|\bacceso sospechoso\b|\b(bloqueamos|bloqueado|bloqueada|bloqueio)\b.{0,60}\b(conta|cartao|acesso|cuenta|tarjeta|valor)|\bdesbloque(ar|io|e)\b/,
  /\b(atualiz|regulariz|actualic|confirm)\w*\s+(seu|sua|seus|suas|su|sus)\s+(cadastro|dados|datos|informac|conta|cuenta)|\bpendencia\b/,
  /\b(neue anmeldung|verdachtige (anmeldung|aktivitat)|sicherheitsuberprufung|konto (wurde )?(gesperrt|eingeschrankt))\b|\b(verifieer|bevestig) (uw|je)\b|\bverdachte (activiteit|inlogpoging)\b/,
  /\b(activite suspecte|connexion inhabituelle)\b|\b(verifique|actualice|confirme) (su|sus)\b|\bsu cuenta (ha sido|sera|fue)\b/,
  /\b(your )?(wallet|account|card|subscription|membership)\b.{0,40}\b(has been|was|will be|is) (temporarily )?(suspended|locked|blocked|disabled|on hold|expired|restricted|compromised)/,
];

const rule: Rule = {
  id: 'wording-credentials',
  family: 'wording',
  summary: 'Asks to sign in, verify the account, or threatens account/mailbox/password loss.',
  run(m) {
    return phraseFinding(rule, m, PATTERNS, { one: 2, several: 3 });
  },
};
export default rule;
