// D6: healthcare themes attackers use on practices: patient portal / EHR sign-in, HIPAA or OCR
// audits, Medicare and payer claims, benefits enrollment. A theme tag, not proof.
import { firstMatch, wordingText } from '../lib/wording';
import { finding, type Rule } from '../rule';

// Exported for the phrase-index tests (test/engine/regex-starts.test.ts).
export const THEMES: readonly (readonly [RegExp, string])[] = [
  [/\b(patient portal|mychart|ehr|epic|athena(health|net)?|eclinicalworks|cerner|nextgen)\b.{0,80}\b(password|log ?in|sign ?in|credential|verify|unusual|security update|expire)/, 'patient portal'],
  [/\bhipaa\b.{0,80}\b(audit|violation|complaint|breach|compliance review|investigation)|\b(ocr|office for civil rights)\b.{0,40}\baudit\b/, 'HIPAA audit'],
  [/\b(medicare|medicaid|cms|unitedhealthcare|uhc|optum|aetna|cigna|anthem|humana|blue cross|bcbs|availity)\b.{0,80}\b(claim (denied|denial|adjustment)|payment adjustment|remittance|eft|credentialing|re-?validation|reimbursement)/, 'insurance payment'],
  [/\b(open|benefits?|annual) enrol+ment\b|\b(coverage|benefits?)\b.{0,20}\b(expire|terminate|cancel)|\bdependent (coverage|verification)\b/, 'benefits'],
];

const rule: Rule = {
  id: 'wording-healthcare-lure',
  family: 'wording',
  summary: 'Healthcare lures: patient-portal sign-in, HIPAA audit, payer payments, benefits enrollment.',
  run(m) {
    if (m.sender.isOrg || m.sender.isTrusted) return [];
    const topic = firstMatch(wordingText(m), THEMES);
    return topic ? [finding(rule, 'wording-healthcare-lure', 2, { topic })] : [];
  },
};
export default rule;
