// C3: HTML and SVG files sent as attachments open a local web page: the usual way to deliver a
// fake sign-in form past link scanners. Some e-fax and secure-mail services send them too,
// so it weighs less from the practice's own or trusted senders.
import { HTML_EXTENSIONS } from '../data/extensions';
import { extensions } from '../lib/file-names';
import { quote } from '../lib/text';
import { finding, type Rule } from '../rule';

const rule: Rule = {
  id: 'attachment-html',
  family: 'attachments',
  summary: 'HTML or SVG attachments (local web pages).',
  run(m) {
    for (const a of m.attachments) {
      const [last] = extensions(a.name);
      const typed = /^(text\/html|image\/svg\+xml|application\/xhtml)/i.test(a.mimeType ?? '');
      if ((last && HTML_EXTENSIONS.has(last)) || (typed && !last)) {
        const points = m.sender.isOrg || m.sender.isTrusted ? 2 : 6;
        return [finding(rule, 'attachment-html', points, { file: quote(a.name, 50) }, { evidence: a.name })];
      }
    }
    return [];
  },
};
export default rule;
