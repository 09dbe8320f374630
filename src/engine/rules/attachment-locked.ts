// C4: password-protected archives and documents cannot be scanned. Known when the parser saw the
// encryption flag, or when an archive arrives with the password written in the message.
import { ARCHIVE_EXTENSIONS } from '../data/extensions';
import { extensions } from '../lib/file-names';
import { quote } from '../lib/text';
import { finding, type Rule } from '../rule';

const PASSWORD_GIVEN = /\b(password|passcode|pwd|senha|passwort|wachtwoord|mot de passe|contrase(n|ñ)a)\s*(is|:|=|-)\s*\S{3,}/;

const rule: Rule = {
  id: 'attachment-locked',
  family: 'attachments',
  summary: 'Password-protected archives (flagged by the parser, or an archive with the password in the text).',
  run(m) {
    // The password search runs over up to 12,000 characters: only once an archive asks for it,
    // not for every message (most have no attachment at all).
    let passwordInText: boolean | undefined;
    for (const a of m.attachments) {
      const [last] = extensions(a.name);
      if (a.encrypted === true || (last && ARCHIVE_EXTENSIONS.has(last) && (passwordInText ??= PASSWORD_GIVEN.test(m.textFolded)))) {
        const points = m.sender.isOrg || m.sender.isTrusted ? 1 : 4;
        return [finding(rule, 'attachment-locked', points, { file: quote(a.name, 50) }, { evidence: a.name })];
      }
    }
    return [];
  },
};
export default rule;
