// The mailbox destination: a ready-to-send message to IT's phishing mailbox, opened in the same
// webmail's compose view by URL, so it leaves from the person's own account like any email.
import type { ReportDocument } from './types';

/** Compose URLs are read by the browser and the webmail; keep them well within safe lengths. */
const MAX_BODY = { gmail: 6_000, outlook: 1_800 } as const;

const LEVEL_WORDS = { danger: 'Looks like a scam', caution: 'Be careful', safe: 'No warning' } as const;

export function mailSubject(doc: ReportDocument): string {
  const subject = doc.message.subject || '(no subject)';
  if (doc.kind === 'false-positive') return `Second Look warning looks wrong: ${subject}`;
  return `${doc.simulation ? 'Suspected phishing (training)' : 'Suspected phishing'}: ${subject}`;
}

const person = (a: { name: string; address: string }) => (a.name && a.address ? `${a.name} <${a.address}>` : a.name || a.address || '(not shown)');

/** A plain-text summary IT can act on; the raw headers go last, as they are the longest part. */
export function mailBody(doc: ReportDocument, webmail: 'gmail' | 'outlook'): string {
  const m = doc.message;
  const lines = [
    doc.kind === 'false-positive'
      ? 'A staff member thinks this Second Look warning is wrong (a false alarm).'
      : 'A staff member reported this message as suspected phishing with Second Look.',
    doc.simulation ? 'This matches the practice\'s phishing-training markers.' : '',
    '',
    `From: ${person(m.from)}`,
    m.replyTo.length ? `Reply-To: ${m.replyTo.map(person).join(', ')}` : '',
    `To: ${m.to.map(person).join(', ') || '(not shown)'}`,
    m.cc.length ? `Cc: ${m.cc.map(person).join(', ')}` : '',
    `Subject: ${m.subject}`,
    `Date: ${m.date ?? '(not shown)'}`,
    '',
    `Second Look: ${LEVEL_WORDS[doc.verdict.level]}`,
    ...doc.verdict.findings.map((f) => `- ${f.title}`),
    '',
    m.links.length ? 'Links (where they really go):' : 'Links: none',
    ...m.links.filter((l) => !l.inQuote).slice(0, 15).map((l) => `- ${l.text.slice(0, 80)} -> ${l.destination}`),
    m.attachments.length ? 'Attachments:' : 'Attachments: none',
    ...m.attachments.map((a) => `- ${a.name}${a.mimeType ? ` (${a.mimeType})` : ''}`),
    '',
    `Report id: ${doc.reportId}`,
    `Reported by: ${doc.reporter.account ?? '(this account)'} at ${doc.createdAt}`,
    m.body !== null ? `\nMessage text:\n${m.body}` : '',
    m.headers ? `\nOriginal headers:\n${m.headers}` : m.headersNote ? `\n${m.headersNote}` : '',
  ];
  const text = lines.filter((l, i, all) => l !== '' || (all[i - 1] ?? '') !== '').join('\n');
  const max = MAX_BODY[webmail];
  return text.length <= max ? text : `${text.slice(0, max - 40)}\n[cut here to fit the email link]`;
}

/** Gmail and Outlook open a filled-in compose window from these addresses. */
export function composeUrl(webmail: 'gmail' | 'outlook', tabUrl: string, to: string, subject: string, body: string): string {
  const page = new URL(tabUrl);
  if (webmail === 'gmail') {
    // Stay in the same signed-in account: /mail/u/<n>/.
    const account = /^\/mail\/u\/(\d+)\//.exec(page.pathname)?.[1] ?? '0';
    const url = new URL(`https://mail.google.com/mail/u/${account}/`);
    url.search = new URLSearchParams({ view: 'cm', fs: '1', tf: '1', to, su: subject, body }).toString();
    return url.href;
  }
  const url = new URL(`${page.origin}/mail/deeplink/compose`);
  url.search = new URLSearchParams({ to, subject, body }).toString();
  return url.href;
}
