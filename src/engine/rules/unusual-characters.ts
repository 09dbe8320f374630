// A7: invisible characters, letters from other alphabets mixed into one word, or "fancy font"
// letters in the sender's name, address or the subject. Real names in one script (Greek,
// Cyrillic, Chinese) are fine: only mixing inside a word or disguised letters count.
import { INVISIBLE_RE, hasDisguisedLetters, hasMixedScriptWord, isAscii } from '../lib/text';
import { hostToUnicode } from '../lib/punycode';
import { finding, type Rule, type RuleFinding } from '../rule';

function hidden(s: string): boolean {
  if (isAscii(s)) return false;
  INVISIBLE_RE.lastIndex = 0;
  // Emoji sequences legitimately use U+200D and U+FE0F; strip them before looking.
  const withoutEmoji = s.replace(/\p{Extended_Pictographic}[\u200D\uFE0F\p{Extended_Pictographic}\p{EMod}]*/gu, '');
  return INVISIBLE_RE.test(withoutEmoji);
}

const rule: Rule = {
  id: 'unusual-characters',
  family: 'identity',
  summary: 'Hidden, mixed-alphabet or disguised letters in the sender\'s name or address, or the subject.',
  run(m) {
    const out: RuleFinding[] = [];
    const { name, address } = m.sender;
    if (/[^\x20-\x7e]/.test(address) && (hasMixedScriptWord(address) || hidden(address) || hasDisguisedLetters(address))) {
      out.push(finding(rule, 'unusual-characters.address', 6, {}, { evidence: address }));
    } else if (m.sender.host && /(^|\.)xn--/.test(m.sender.host.host) && hasMixedScriptWord(hostToUnicode(m.sender.host.host))) {
      // An address already written in punycode (xn--): judge the letters a person would see.
      out.push(finding(rule, 'unusual-characters.address', 6, {}, { evidence: address }));
    } else if (hidden(name) || hasMixedScriptWord(name) || hasDisguisedLetters(name)) {
      out.push(finding(rule, 'unusual-characters.name', 4, {}, { evidence: name }));
    }
    if (hidden(m.subject) || hasMixedScriptWord(m.subject) || hasDisguisedLetters(m.subject)) {
      out.push(finding(rule, 'unusual-characters.subject', 3, {}, { evidence: m.subject }));
    }
    return out;
  },
};
export default rule;
