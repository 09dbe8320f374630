// C5: a right-to-left override character flips the end of the name: "invoice\u202Efdp.exe"
// shows as "invoiceexe.pdf". No honest file name contains one. Decisive.
import { BIDI_OVERRIDE_RE } from '../lib/text';
import { quote } from '../lib/text';
import { finding, type Rule } from '../rule';

const rule: Rule = {
  id: 'attachment-rtlo',
  family: 'attachments',
  summary: 'Attachment names with bidirectional override characters that fake the file type.',
  run(m) {
    for (const a of m.attachments) {
      if (BIDI_OVERRIDE_RE.test(a.name)) {
        return [finding(rule, 'attachment-rtlo', 9, { file: quote(a.name, 50) }, { decisive: true, evidence: a.name })];
      }
    }
    return [];
  },
};
export default rule;
