// Gmail markup, as ordered candidates: most stable first (ids and data-*/semantic attributes,
// then Gmail's long-lived short classes, then ARIA). Sources and ages: shared reference
// webmail-dom.md §2 (gmail.js, InboxSDK, FlowCrypt, Mailvelope; real dumps 2016 and 2025).
// The content/header classes below are byte-identical in the 2016 and 2025 dumps; containers and
// buttons are what churn, so no button class is used.
import type { NoticePhrase } from '../notices';

export const GMAIL = {
  /** The current view; stale views stay in the page hidden. */
  main: ['[role="main"]'],
  /** Thread element (2023-11 layout), older layouts after it. */
  thread: ['.a98.iY', '.a98', '.PeIF1d', 'table.Bs > tbody > tr', '.if'],
  /** One message; data-message-id since 2018. */
  message: ['div.adn[data-message-id]', '[data-message-id]', 'div.adn.ads'],
  /** List item around a message: h7 expanded, kv/ky collapsed, kQ/kx hidden. */
  listItem: ['[role="listitem"]', '.h7, .kv, .ky, .kQ, .kx'],
  collapsedClasses: ['kv', 'ky', 'kQ', 'kx'],
  body: ['div.ii.gt div.a3s', 'div.a3s', 'div.ii.gt', '.adP'],
  subject: ['h2.hP', '.ha h2', '[data-thread-perm-id]'],
  /** The sender span carries the address and name as attributes. */
  sender: ['td.gF span[email]', 'span.gD[email]', 'h3.iw span[email]', '.gs .cf.ix span[email]', '[data-hovercard-id][email]'],
  senderAvatar: ['img.ajn[jid]', 'img[jid][data-name]'],
  /** The sender line, where "via <domain>" shows. */
  senderLine: ['td.gF', 'h3.iw'],
  recipients: ['.hb span[email]', 'span.g2[email]'],
  /** Gmail's hidden details pop-up repeats addresses; it is never read for recipients. */
  detailsPopup: ['.ajA', '.ajC'],
  date: ['span.g3[title]', '.gK .g3', 'span.g3'],
  attachmentArea: ['div.hq.gt', '.hq'],
  attachment: ['div.aQH > span.aZo', 'span.aZo', 'span.a5r', '.aQH > span'],
  attachmentName: ['span.aV3', '.aQA > span'],
  attachmentPreviewText: ['span.a3I'],
  attachmentDownload: ['[aria-label^="Download attachment"]'],
  attachmentSize: ['span.SaH2Ve', '.aYp span'],
  /** Quoted history inside a body: replies and forwards. */
  quote: ['.gmail_quote', 'blockquote', '.yj6qo', '.adL', '.gmail_extra'],
  /** Never part of the message: Gmail's inline reply editor. */
  editor: ['[contenteditable="true"]', '[contenteditable=""]'],
} as const;

/** Gmail's own warnings (Gmail Help 180707, 1311182, 1074268). */
export const GMAIL_NOTICES: readonly NoticePhrase[] = [
  { canonical: 'This message seems dangerous', phrases: ['This message seems dangerous', 'Este mensaje parece peligroso'] },
  { canonical: 'Be careful with this message', phrases: ['Be careful with this message', 'Ten cuidado con este mensaje'] },
  { canonical: 'This message could be a scam', phrases: ['This message could be a scam', 'Este mensaje podría ser una estafa'] },
  { canonical: "Gmail couldn't verify the sender", phrases: ["couldn't verify that", 'could not verify that', 'no ha podido verificar'] },
  { canonical: 'Why is this message in spam?', phrases: ['Why is this message in spam', '¿Por qué está este mensaje en spam'] },
];
