// D5: "you have a new fax / voicemail / shared document / secure message / document to sign".
// The real services send these too, so it is only wording weight, never a warning alone.
import { firstMatch, wordingText } from '../lib/wording';
import { finding, type Rule } from '../rule';

// Exported for the phrase-index tests (test/engine/regex-starts.test.ts).
export const LURES: readonly (readonly [RegExp, string])[] = [
  [/\b(new|incoming|received|pending)\s+(e-?)?fax\b|\bfax (received|message|document|id)\b|\be-?fax\b.{0,40}\b(view|open|download)/, 'fax'],
  [/\b(new |missed )?(voice ?mail|voice message|audio message)\b.{0,60}\b(received|waiting|from|listen|play)|\bmissed call\b/, 'voicemail'],
  [/\b(document|file|contract|agreement)s?\b.{0,40}\b(ready|waiting|pending)\b.{0,20}\b(sign|signature|review)|\breview and sign\b|\bplease (docu)?sign\b/, 'document to sign'],
  [/\b(has shared|shared (a|an|the) (file|document|folder)|wants to share|shared with you|sent you (a|an) (file|document))\b/, 'shared file'],
  [/\b(secure|encrypted|protected) (message|document|file|email)\b.{0,60}\b(view|open|read|access|received)/, 'secure message'],
  [/\b(package|parcel|shipment|delivery|order|pacote|encomenda|entrega|pedido|paket|pakket|sendung|zustellung|bezorging|bestelling|colis|livraison|commande|paquete|envio|spedizione|pacco)\b.{0,80}\b(held|on hold|failed|unable|could not|couldn't|customs|fee|pending|retido|taxa|pendente|nao foi possivel|falha|bloquead|alfandeg|fehlgeschlagen|zoll|konnte nicht|mislukt|niet bezorgd|douane|bloque|echec|pendiente|retenido|aduana|no pudo|non consegnat|in giacenza)/, 'package'],
  [/\b(fatura|boleto|rechnung|factuur|facture|factura|fattura|invoice)\b.{0,60}\b(vencid|em aberto|pendente|overdue|past due|unpaid|offen|uberfallig|achterstallig|openstaand|impayee|en retard|pendiente|vencida|scadut)/, 'bill'],
];

const rule: Rule = {
  id: 'wording-notification-lure',
  family: 'wording',
  summary: 'Fax, voicemail, e-signature, shared-file, secure-message or held-parcel notices.',
  run(m) {
    if (m.sender.isOrg || m.sender.isTrusted) return [];
    const what = firstMatch(wordingText(m), LURES);
    return what ? [finding(rule, 'wording-notification-lure', 2, { what })] : [];
  },
};
export default rule;
