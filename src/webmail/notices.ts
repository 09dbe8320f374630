// The webmails' own warnings, matched by their words in text that lies OUTSIDE the message body
// (an attacker can write any "banner" into the body, so body text is never a notice). Each entry
// lists the phrase in the languages staff use; the first is the canonical form reported.
export interface NoticePhrase {
  canonical: string;
  phrases: readonly string[];
}

export function findNotices(text: string, table: readonly NoticePhrase[]): string[] {
  const lower = text.toLowerCase();
  return table.filter((n) => n.phrases.some((p) => lower.includes(p.toLowerCase()))).map((n) => n.canonical);
}
