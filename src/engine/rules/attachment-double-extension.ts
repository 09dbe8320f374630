// C2: "Invoice.pdf.html", "scan.jpg.exe": a harmless-looking type in front of a risky one.
// Dates and versions ("report.2024.pdf", "v1.2.docx") are not double extensions.
import { ARCHIVE_EXTENSIONS, DOCUMENT_DECOY_EXTENSIONS, DOS_PROGRAM_EXTENSIONS, EXECUTABLE_EXTENSIONS, HTML_EXTENSIONS } from '../data/extensions';
import { extensions } from '../lib/file-names';
import { quote } from '../lib/text';
import { finding, type Rule } from '../rule';

const rule: Rule = {
  id: 'attachment-double-extension',
  family: 'attachments',
  summary: 'A document-looking extension followed by a risky one (invoice.pdf.html).',
  run(m) {
    for (const a of m.attachments) {
      const [real, decoy] = extensions(a.name);
      if (!real || !decoy || !DOCUMENT_DECOY_EXTENSIONS.has(decoy)) continue;
      if (EXECUTABLE_EXTENSIONS.has(real) || DOS_PROGRAM_EXTENSIONS.has(real) || HTML_EXTENSIONS.has(real) || ARCHIVE_EXTENSIONS.has(real)) {
        const decisive = !ARCHIVE_EXTENSIONS.has(real);
        return [finding(rule, 'attachment-double-extension', decisive ? 9 : 5, { file: quote(a.name, 50), decoy: decoy.toUpperCase(), real: real.toUpperCase() }, { decisive, evidence: a.name })];
      }
    }
    return [];
  },
};
export default rule;
