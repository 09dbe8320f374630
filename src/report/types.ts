// The report IT receives. Versioned: receivers key on `schema`, and a change that breaks them
// gets a new version. Documented, with an example, in docs/report-schema.md.
import type { Attachment, Finding, Level } from '../engine/types';

export const REPORT_SCHEMA = 'second-look.report/1';

export type ReportKind = 'suspected-phishing' | 'false-positive';

export interface ReportedLink {
  /** What the link showed. */
  text: string;
  /** The link as written in the message (reporter's own address redacted). */
  href: string;
  /** Where it really goes after known wrappers (Safe Links, Google, Proofpoint) are removed. */
  destination: string;
  inQuote?: boolean;
}

export interface ReportDocument {
  schema: typeof REPORT_SCHEMA;
  /** Unique per reported message and kind; also the idempotency key: a retry repeats it. */
  reportId: string;
  kind: ReportKind;
  /** ISO time the report was made. */
  createdAt: string;
  /** True when policy marks the message as the practice's own phishing-training mail. */
  simulation: boolean;
  reporter: { account: string | null };
  client: { extensionVersion: string; rulesVersion: string; browser: string; webmail: 'gmail' | 'outlook' };
  message: {
    webmailId: string | null;
    from: { name: string; address: string };
    replyTo: { name: string; address: string }[];
    to: { name: string; address: string }[];
    cc: { name: string; address: string }[];
    subject: string;
    date: string | null;
    links: ReportedLink[];
    attachments: Attachment[];
    /** Raw headers when the webmail lets the extension read them (Gmail "show original"). */
    headers: string | null;
    /** Why headers are absent, in words for IT. */
    headersNote: string | null;
    /** Only when policy sets reportIncludeBody. */
    body: string | null;
    /** The webmail's own warnings shown with the message. */
    webmailWarnings: string[];
  };
  verdict: { level: Level; score: number; findings: Pick<Finding, 'id' | 'severity' | 'points' | 'title' | 'evidence'>[] };
}

/** Where a report goes, as the popup shows it. */
export type Destination = { kind: 'webhook'; host: string } | { kind: 'mailbox'; address: string } | { kind: 'none' };

/** What happened to a message's report, as the popup and banner show it. */
export type ReportStatus =
  | { state: 'none' }
  | { state: 'sent'; at: string; simulation: boolean }
  | { state: 'queued'; at: string; simulation: boolean; lastError: string | null }
  | { state: 'mailbox-opened'; at: string; simulation: boolean }
  | { state: 'failed'; error: string };

/** Exactly what the Report button will send: the JSON document, or the email IT will get. */
export type ReportPreview =
  | { kind: 'webhook'; document: ReportDocument }
  | { kind: 'mailbox'; to: string; subject: string; body: string }
  | { kind: 'none' };
