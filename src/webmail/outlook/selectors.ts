// Outlook on the web markup (the React UI under /mail/ on outlook.office.com, outlook.office365.com,
// outlook.live.com and outlook.cloud.microsoft), as ordered candidates: ids and data-* attributes
// first, then the few semantic classes OWA has kept across builds, then ARIA roles, then localized
// aria-labels through the locale table below. Outlook's hashed classes (OZZZK, JdFsz, XbIp4, BIZfh,
// aVla3, GjFKx, NNlvm, uSg02 …) churn with every build and are never used.
//
// Sources and ages are those of the shared reference webmail-dom.md §3 (S8 "DOM mapped on a live
// mailbox" 2026-07, S9 2026, S13 ~2021-2024, S10 2023 real markup in comments, S4 2016-2019, and the
// unnamed-repository OWA dumps of 2020-2026 listed in its §1). Nothing here was checked against a
// live page; what the reference marks UNVERIFIED is marked so here.
import type { NoticePhrase } from '../notices';

/**
 * Localized labels OWA writes into aria-labels. Only "Von:", "Lesebereich" and the Chinese
 * "Message body" (邮件正文) appear in public code (reference §1, §3.6); the other translations
 * are Microsoft's usual UI wording, UNVERIFIED on OWA itself. Matched case-insensitively.
 */
export const OUTLOOK_LABELS = {
  from: ['From:', 'De:', 'Von:'],
  to: ['To:', 'Para:', 'An:'],
  cc: ['Cc:'],
  attachments: ['Attachments', 'Datos adjuntos', 'Anlagen'],
  emailMessage: ['Email message', 'Mensaje de correo electrónico', 'E-Mail-Nachricht'],
  messageBody: ['Message body', 'Cuerpo del mensaje', 'Nachrichtentext', '邮件正文'],
  readingPane: ['Reading Pane', 'Panel de lectura', 'Lesebereich'],
  /** "<Sender> on behalf of <From>" in the From line (MS "Unverified sender" doc; es/de UNVERIFIED). */
  onBehalfOf: ['on behalf of', 'en nombre de', 'im Auftrag von'],
  /** "<address> via <domain>" in the From line (same doc; es/de UNVERIFIED). */
  via: ['via', 'a través de', 'über'],
} as const;

const labelIs = (labels: readonly string[]): string[] => labels.map((l) => `[aria-label="${l}" i]`);
const labelStarts = (labels: readonly string[]): string[] => labels.map((l) => `[aria-label^="${l}" i]`);

export const OUTLOOK = {
  /**
   * Reading-pane roots; each is queried on its own and the innermost one holding a body wins
   * (the nesting of role=main and #ReadingPaneContainerId differs between shells, §3.1).
   */
  pane: [
    '#ConversationReadingPaneContainer', // conversation view (S8 2026, S9 2026, S13 ~2024) A
    '#ItemReadingPaneContainer', // single item, deeplink/pop-out, junk (S8 2026) B
    '[data-app-section="ConversationContainer"]', // messages block (unnamed repo 2025/26, S9) B
    '[data-app-section="MailReadCompose"]', // reading pane section (PhishLens 2026, German fixture) B
    '#ReadingPaneContainerId', // outer pane (S8, S13) B
    ...labelIs(OUTLOOK_LABELS.readingPane).map((s) => `[role="main"]${s}`), // localized (German fixture) B
    '[role="main"]',
  ],
  /** The messages block of a conversation; one child (or grandchild) per message (unnamed repo 2025/26). */
  conversation: ['[data-app-section="ConversationContainer"]'],
  /** One expanded message, labelled (localized; unnamed repos 2025/26). */
  message: labelIs(OUTLOOK_LABELS.emailMessage),
  /** A collapsed conversation item (two unnamed repos, 2025/26). */
  collapsed: ['[aria-expanded="false"]'],
  /**
   * The message body. Variant A (Nov 2024 dump): id + aria-label on div.allowTextSelection, no
   * role; variant B (2025 dumps): div.allowTextSelection > div[role=document][id=UniqueMessageBody_N].
   */
  body: [
    '[id^="UniqueMessageBody"]', // all OWA sources, 2019-2026 A
    ...labelIs(OUTLOOK_LABELS.messageBody).map((s) => `[role="document"]${s}`), // S9 2026 B
    '.allowTextSelection[role="document"]', // semantic class kept across builds (§3.5) B
    ...labelIs(OUTLOOK_LABELS.messageBody).map((s) => `div${s}`), // S9 2026 (compose editors are skipped) B
    '.wide-content-host', // S6 2019-2023, older builds C
  ],
  /** The body's wrapper in variant B, used when the id element itself is empty. */
  bodyWrapper: ['.allowTextSelection'],
  /** A message's sender header, MSG_<id>_FROM: its id carries the message key (two unnamed repos 2025/26). */
  header: ['[id^="MSG_"][id$="_FROM"]'],
  /** Sender: the MSG_<id>_FROM header, then the localized label, then persona pills. */
  from: [
    '[id^="MSG_"][id$="_FROM"]',
    ...labelStarts(OUTLOOK_LABELS.from),
    '[data-lpc-hover-target-id]', // live persona card target (unnamed repo 2025/26) B
    '.lpc-hoverTarget', // since 2016 (S4), still in 2025 dumps B
    '[title*="@"]', // C
  ],
  /** Where the From element's "From: Name <addr>" label sits (itself or a child). */
  fromLabel: labelStarts(OUTLOOK_LABELS.from),
  /** Recipient wells, aria-readonly (two unnamed repos 2025/26; one notes the label truncates at 5+). */
  to: [
    ...labelStarts(OUTLOOK_LABELS.to).map((s) => `[data-testid="RecipientWell"]${s}`),
    ...labelStarts(OUTLOOK_LABELS.to),
    '[data-testid="RecipientWell"]',
  ],
  cc: labelStarts(OUTLOOK_LABELS.cc),
  /** One recipient in a well. */
  recipient: ['[data-lpc-hover-target-id]', '.lpc-hoverTarget'],
  /**
   * Subject: per-message MSG_<id>_SUBJECT (read mode) or the conversation's CONV_<id>_SUBJECT;
   * the `title` holds the full subject. A compose form's subject input carries MSG_<draft>_SUBJECT.
   */
  messageSubject: ['[id^="MSG_"][id$="_SUBJECT"]:not(input):not(textarea)'], // unnamed repo 2025/26 B
  paneSubject: [
    '[id^="CONV_"][id$="_SUBJECT"]', // PhishLens 2026 B
    '[id$="_SUBJECT"]:not(input):not(textarea)', // B
    '[role="heading"][aria-level="2"]', // S13 newer, ~2024 B
  ],
  /** Sent/received time: `title` then text, locale-formatted (unnamed repos; S10 2023). */
  date: ['[data-testid="SentReceivedSavedTime"]'],
  /** The attachment well, localized (unnamed repo; markup UNVERIFIED beyond label + items). */
  attachments: labelIs(OUTLOOK_LABELS.attachments),
  attachmentItem: ['[role="option"]', '[role="listitem"]', '[data-testid="AttachmentCard"]', 'button'],
  /**
   * Where quoted history starts inside a body: the Outlook reply header (x_-prefixed once OWA
   * rewrites the email's ids) and the append-on-send marker placed just above it. That element and
   * everything after it in the body is quoted (unnamed repos 2024-26, §10.3).
   */
  quoteStart: ['#x_divRplyFwdMsg', '#divRplyFwdMsg', '#x_appendonsend', '#appendonsend'],
  /** Quoted subtrees: blockquotes and Gmail-written replies rendered by OWA (x_ prefix; general knowledge). */
  quote: ['blockquote', '.x_gmail_quote', '.gmail_quote'],
  /** Never a received message: compose editors and drafts (S8, unnamed repo). */
  editor: ['[contenteditable="true"]', '[contenteditable=""]'],
  /** OWA info bars. Markup UNVERIFIED (§3.3, §11.3): roles first, then Fluent v8/v9 message bars. */
  infoBar: ['[role="alert"]', '[role="status"]', '.ms-MessageBar', '.fui-MessageBar'],
} as const;

/** Links Exchange itself writes into bodies (first-contact safety tip), not the sender's. */
export const OUTLOOK_PROVIDER_LINKS: readonly RegExp[] = [/^https?:\/\/aka\.ms\/LearnAboutSenderIdentification\b/i];

/** Every class the selectors above name: the only ones a class-stripped test run keeps. */
export const OUTLOOK_SEMANTIC_CLASSES = ['allowTextSelection', 'lpc-hoverTarget', 'wide-content-host', 'x_gmail_quote', 'gmail_quote', 'ms-MessageBar', 'fui-MessageBar'] as const;

/**
 * OWA's own warnings, matched as phrases in text OUTSIDE the message body (§3.3). The English
 * texts come from public captures and Microsoft docs; Spanish and German are UNVERIFIED, and the
 * junk notice's wording was not captured at all (its phrases are Outlook's usual wording).
 */
export const OUTLOOK_NOTICES: readonly NoticePhrase[] = [
  {
    canonical: "We can't verify that this email came from the sender",
    phrases: [
      "can't verify that this email came from the sender",
      'can’t verify that this email came from the sender',
      'cannot verify that this email came from the sender',
      'No podemos comprobar que este correo',
      'No podemos verificar que este correo',
      'Wir können nicht überprüfen, ob diese E-Mail',
    ],
  },
  {
    canonical: 'The sender failed our fraud detection checks',
    phrases: ['failed our fraud detection checks', 'comprobaciones de detección de fraude', 'Betrugserkennung'],
  },
  {
    canonical: 'This message was identified as junk',
    phrases: ['identified as junk', 'marked as junk', 'identificado como correo no deseado', 'marcado como correo no deseado', 'als Junk-E-Mail'],
  },
];

/**
 * Tags OWA shows next to the sender or subject. One word, so matched as the whole text (or
 * aria-label/title) of one element outside the body, never as a substring ("External Affairs").
 * Tenant setting Set-ExternalInOutlook (Microsoft365DSC doc); markup UNVERIFIED (§11.3).
 */
export const OUTLOOK_TAGS: readonly NoticePhrase[] = [
  { canonical: 'External sender', phrases: ['External', 'Externo', 'Extern', 'Externe'] },
];
