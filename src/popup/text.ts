// Every sentence the popup shows, in one table, so the i18n work can move them to _locales/
// without hunting through the components. Plain words for busy, non-technical staff: what
// Second Look found, what to do, and what happened when they pressed a button. Strings that
// come from an email (subject, sender, finding evidence) are never part of this table: the
// components render them as text next to these words.
import type { Level } from '../engine/types';

export type Webmail = 'gmail' | 'outlook';

const WEBMAIL_NAME: Record<Webmail, string> = { gmail: 'Gmail', outlook: 'Outlook' };

export const TEXT = {
  title: 'Second Look',

  loading: 'Checking this tab…',
  notWebmail: 'Second Look checks email in Gmail and Outlook on the web. Open a message there to see what it found.',
  noMessage: (webmail: Webmail | null) =>
    `No message is open. Open an email in ${webmail ? WEBMAIL_NAME[webmail] : 'Gmail or Outlook'} and Second Look will check it.`,
  unavailable: 'Second Look could not load its results for this tab.',
  unavailableAdvice: 'Close this window and open it again. If that does not help, restart the browser.',

  level: {
    danger: 'Looks like a scam',
    caution: 'Be careful',
    safe: 'No problems found',
  } satisfies Record<Level, string>,
  /** The level, said as a sentence for the compact list and for screen readers. */
  levelLabel: 'Result',
  safeReminder: 'If something about it still feels wrong, you can report it to IT.',

  from: 'From',
  subject: 'Subject',
  noSubject: '(no subject)',
  noName: '(no name shown)',
  addressHidden: '(address not shown by the webmail)',

  whyTitle: 'Why',
  evidence: 'Found:',

  reportTitle: 'Report',
  reportButton: 'Report to IT',
  reportBusy: 'Reporting…',
  reportHintWebhook: (host: string) => `Sends the details under “What will be sent” to your IT team (${host}).`,
  reportHintMailbox: (address: string) => `Opens an email to ${address}, ready to send.`,
  reported: 'Reported to IT — thank you.',
  queued: 'Saved — it will be sent to IT when the connection is back. Thank you for reporting it.',
  mailboxOpened: 'A report email is open in a new tab — press Send.',
  simulation: 'Well spotted — this was a training message from your IT team.',
  reportFailed: 'The report could not be sent. Please try again.',
  failureReason: 'Reason:',
  noDestination: 'Your IT team has not set an address for reports, so Second Look cannot send this one.',
  noDestinationAdvice: 'If you are worried, call or email IT.',
  noDestinationNoContact: 'If you are worried about it, ask the person who looks after your computers.',

  markSafeButton: 'This looks safe to me',
  markSafeBusy: 'Sending…',
  markSafeHint: 'Tells IT and hides the warning for this message.',
  markedSafe: 'Thanks — IT will take a look. The warning is hidden for this message.',
  markedSafeLocal: 'The warning is hidden for this message.',
  markedSafeQueued: 'Thanks — your note will be sent to IT when the connection is back. The warning is hidden for this message.',
  markedSafeMailbox: 'The warning is hidden for this message. A note to IT is open in a new tab — press Send.',
  markSafeFailed: 'Your note to IT could not be sent. Please try again.',

  previewTitle: 'What will be sent',
  previewTitleSent: 'What was sent',
  previewTo: 'Sent to',
  previewFields: 'What IT will get:',
  previewSender: 'Sender',
  previewReplyTo: 'Reply-to address',
  previewRecipients: 'Recipients',
  previewSubject: 'Subject',
  previewDate: 'Date',
  previewDateUnknown: 'not known',
  previewLinks: (n: number) => (n === 0 ? 'Links: none' : n === 1 ? 'Links: 1, with where it really goes' : `Links: ${n}, with where each really goes`),
  previewLinkGoesTo: 'goes to',
  previewAttachments: 'Attachment names and types',
  previewNone: 'none',
  previewFindings: 'What Second Look found',
  previewHeaders: 'Technical headers',
  previewHeadersIncluded: 'included',
  previewHeadersMissing: 'not included',
  previewBodyIncluded: 'Message text: included',
  previewBodyExcluded: 'Message text: not included',
  previewAccount: 'Your email account',
  previewAccountUnknown: 'not known',
  previewJson: 'The report, exactly as it will be sent:',
  previewMailTo: 'To',
  previewMailSubject: 'Subject',
  previewMailBody: 'Message:',

  contactTitle: 'Your IT contact',
  contactPhone: 'Phone',
  contactEmail: 'Email',
  contactWebsite: 'Website',

  othersTitle: 'Other open messages',
  actionError: 'Something went wrong. Please try again.',
} as const;

/** "Be careful: Invoice overdue — from Jane <jane@example.com>", for the compact list. */
export function senderLine(from: { name: string; address: string }): string {
  const name = from.name.trim();
  const address = from.address.trim();
  if (name && address && name.toLowerCase() !== address.toLowerCase()) return `${name} <${address}>`;
  return name || address || TEXT.noName;
}
