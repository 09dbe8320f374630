// A4 (policy part): a staff member's or doctor's name, as IT listed it, on mail from outside the
// practice. The payroll-diversion and gift-card scams start this way.
import { fold, quote, words } from '../lib/text';
import { finding, type Rule } from '../rule';

/** Name words without titles, so "Dr. Anita Patel, MD" matches "Anita Patel". */
function nameWords(name: string): string[] {
  return words(fold(name)).filter((w) => !/^(dr|doctor|md|do|np|pa|rn|mr|mrs|ms|miss|prof|phd|dds|jr|sr)$/.test(w));
}

function matches(display: string[], protectedName: string[]): boolean {
  if (protectedName.length === 0) return false;
  if (protectedName.length === 1) return protectedName[0]!.length >= 4 && display.length <= 3 && display.includes(protectedName[0]!);
  // All parts present in order ("Anita Patel", "Patel, Anita" is also common)
  return protectedName.every((w) => display.includes(w));
}

const rule: Rule = {
  id: 'protected-name-outside',
  family: 'identity',
  summary: 'A staff name from policy (protectedNames) on mail from outside the organization.',
  run(m) {
    const { sender } = m;
    if (sender.isOrg || !sender.host || m.policy.protectedNames.length === 0) return [];
    const display = nameWords(sender.name);
    if (display.length === 0) return [];
    // Also the address itself: "anita.patel.md@gmail.com" with a bland name.
    const local = words(sender.local.replace(/[._-]/g, ' '));
    for (const name of m.policy.protectedNames.slice(0, 500)) {
      const pn = nameWords(name);
      if (!matches(display, pn) && !(pn.length >= 2 && matches(local, pn))) continue;
      const params = { name: quote(name), domain: quote(sender.host.site) };
      if (sender.isFreemail) return [finding(rule, 'protected-name-outside.freemail', 7, params, { evidence: sender.address })];
      return [finding(rule, 'protected-name-outside', 6, params, { evidence: sender.address })];
    }
    return [];
  },
};
export default rule;
