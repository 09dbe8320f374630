// Macro-enabled Office files (.docm, .xlsm) can run code when editing is enabled.
import { MACRO_DOC_EXTENSIONS } from '../data/extensions';
import { extensions } from '../lib/file-names';
import { quote } from '../lib/text';
import { finding, type Rule } from '../rule';

const rule: Rule = {
  id: 'attachment-macro',
  family: 'attachments',
  summary: 'Macro-enabled Office documents.',
  run(m) {
    for (const a of m.attachments) {
      const [last] = extensions(a.name);
      if (last && MACRO_DOC_EXTENSIONS.has(last)) {
        const points = m.sender.isOrg || m.sender.isTrusted ? 1 : 4;
        return [finding(rule, 'attachment-macro', points, { file: quote(a.name, 50) }, { evidence: a.name })];
      }
    }
    return [];
  },
};
export default rule;
