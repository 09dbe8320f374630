// C1: programs, scripts, shortcuts and disk images. A front desk never needs to open these
// from email, and they are how ransomware gets in. Decisive.
import { EXECUTABLE_EXTENSIONS } from '../data/extensions';
import { extensions } from '../lib/file-names';
import { quote } from '../lib/text';
import { finding, type Rule } from '../rule';

const rule: Rule = {
  id: 'attachment-executable',
  family: 'attachments',
  summary: 'Executable, script, shortcut or disk-image attachments.',
  run(m) {
    for (const a of m.attachments) {
      const [last] = extensions(a.name);
      if (last && EXECUTABLE_EXTENSIONS.has(last)) {
        return [finding(rule, 'attachment-executable', 9, { file: quote(a.name, 50) }, { decisive: true, evidence: a.name })];
      }
    }
    return [];
  },
};
export default rule;
