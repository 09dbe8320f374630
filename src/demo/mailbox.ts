// The demo's sample mailbox: a small clinic's day, read from the project's own sample mail
// (samples/mail/*.eml, parsed with postal-mime) and written into replica Gmail and Outlook pages
// that the real adapters read. Bodies go through DOMPurify (sanitize.ts); every other string from
// a message is escaped as text.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import PostalMime, { type Email } from 'postal-mime';
import type { Address } from '../engine/types';
import { gmailPage } from './gmail-page';
import { outlookPage } from './outlook-page';
import { plainTextToHtml, sanitizeEmailHtml } from './sanitize';

export const ROOT = join(fileURLToPath(import.meta.url), '..', '..', '..');
export const SAMPLES = join(ROOT, 'samples');

/** The signed-in account of both replica webmails. */
export const ACCOUNT = { name: 'Front Desk', address: 'frontdesk@riversidefamilymed.org' };
export const PRACTICE = 'Riverside Family Medicine';

/**
 * The day in the demo inbox (12 of the 15 samples): the phishing kinds a practice sees most, one
 * that only deserves a yellow warning, and the genuine mail that must stay quiet. Left out: 07
 * (look-alike of the practice's domain), 08 (HIPAA audit) and 14 (DocuSign), which the table
 * demo and the tests still cover.
 */
export const DEMO_FILES = [
  '01-patient-portal-login.eml',
  '02-efax-notification.eml',
  '03-payroll-direct-deposit.eml',
  '04-gift-card-favor.eml',
  '05-m365-password-expiry.eml',
  '06-invoice-html-attachment.eml',
  '09-quest-lab-results.eml',
  '10-appointment-reminder.eml',
  '11-medical-society-newsletter.eml',
  '12-athenahealth-maintenance.eml',
  '13-staff-meeting-agenda.eml',
  '15-payer-callback.eml',
] as const;

export type Level = 'safe' | 'caution' | 'danger';

export interface DemoAttachment {
  name: string;
  mimeType: string;
  size: number;
}

export interface DemoMessage {
  /** The sample's file name, e.g. 03-payroll-direct-deposit.eml. */
  file: string;
  from: Address;
  to: Address[];
  cc: Address[];
  subject: string;
  date: Date | null;
  /** Sanitized body per webmail (ids and classes renamed the way each one does). */
  body: { gmail: string; outlook: string };
  /** First words of the body, for the inbox list. */
  preview: string;
  attachments: DemoAttachment[];
  /** What samples/expected.json says the message should get. */
  expected: Level | null;
  gmail: { threadId: string; messageId: string; legacyId: string };
  outlook: { itemId: string; key: string };
}

/** Stable ids from the file name, shaped like each webmail's own. */
function idsFor(file: string): Pick<DemoMessage, 'gmail' | 'outlook'> {
  const hash = createHash('sha256').update(file).digest();
  const letters = 'BCDFGHJKLMNPQRSTVWXZbcdfghjklmnpqrstvwxz';
  const threadId = 'FMfcgz' + Array.from(hash.subarray(0, 26), (b) => letters[b % letters.length]).join('');
  const digits = Array.from(hash.subarray(0, 17), (b) => String(b % 10)).join('');
  const itemId = 'AAQkADAwATM0MDAAMS1hZDdjLTQ2ZjYtMDACLTAwCgAQA' + hash.subarray(0, 24).toString('base64');
  return {
    gmail: { threadId, messageId: `msg-f:18${digits}`, legacyId: hash.subarray(0, 8).toString('hex') },
    outlook: { itemId, key: `AAkALg${hash.subarray(8, 20).toString('hex')}` },
  };
}

function address(a: { name?: string; address?: string } | undefined): Address {
  return { name: (a?.name ?? '').trim(), address: (a?.address ?? '').trim().toLowerCase() };
}

function addresses(list: Email['to']): Address[] {
  const out: Address[] = [];
  for (const item of list ?? []) {
    if ('group' in item && Array.isArray(item.group)) out.push(...item.group.map(address));
    else out.push(address(item));
  }
  return out.filter((a) => a.address || a.name);
}

function previewOf(email: Email): string {
  const text = email.text ?? (email.html ?? '').replace(/<style[\s\S]*?<\/style>/gi, ' ').replace(/<[^>]+>/g, ' ').replace(/&nbsp;/g, ' ').replace(/&amp;/g, '&');
  return text.replace(/\s+/g, ' ').trim().slice(0, 140);
}

function loadExpected(): Record<string, { level: Level }> {
  return JSON.parse(readFileSync(join(SAMPLES, 'expected.json'), 'utf8')) as Record<string, { level: Level }>;
}

/** One .eml file as a demo message. */
export async function readMessage(path: string, file: string, expected: Record<string, { level: Level }> = {}): Promise<DemoMessage> {
  const email = await PostalMime.parse(readFileSync(path), { attachmentEncoding: 'arraybuffer' });
  const body = (webmail: 'gmail' | 'outlook') => (email.html ? sanitizeEmailHtml(email.html, webmail) : plainTextToHtml(email.text ?? ''));
  const date = email.date ? new Date(email.date) : null;
  return {
    file,
    from: address(email.from),
    to: addresses(email.to),
    cc: addresses(email.cc),
    subject: email.subject ?? '',
    date: date && !Number.isNaN(date.getTime()) ? date : null,
    body: { gmail: body('gmail'), outlook: body('outlook') },
    preview: previewOf(email),
    attachments: email.attachments
      // Inline images are part of the body in webmail, not attachment chips.
      .filter((a) => !(a.related || (a.disposition === 'inline' && a.contentId && a.mimeType.startsWith('image/'))))
      .map((a) => ({ name: a.filename ?? 'attachment', mimeType: a.mimeType, size: a.content instanceof ArrayBuffer ? a.content.byteLength : String(a.content).length })),
    expected: expected[file]?.level ?? null,
    ...idsFor(file),
  };
}

/** The demo's messages, newest first. */
export async function loadMailbox(files: readonly string[] = DEMO_FILES, dir = join(SAMPLES, 'mail')): Promise<DemoMessage[]> {
  const expected = loadExpected();
  const messages = await Promise.all(files.map((f) => readMessage(join(dir, f), f, expected)));
  return messages.sort((a, b) => (b.date?.getTime() ?? 0) - (a.date?.getTime() ?? 0));
}

export interface Pages {
  gmail: string;
  outlook: string;
}

/** The replica Gmail and Outlook pages holding these messages. */
export function buildPages(messages: readonly DemoMessage[]): Pages {
  return { gmail: gmailPage(messages, ACCOUNT, PRACTICE), outlook: outlookPage(messages, ACCOUNT, PRACTICE) };
}

// Where the replicas are served, and the address of each message in them.
export const GMAIL_INBOX = 'https://mail.google.com/mail/u/0/';
export const OUTLOOK_INBOX = 'https://outlook.office.com/mail/inbox';
export const gmailUrl = (m: DemoMessage): string => `${GMAIL_INBOX}#inbox/${m.gmail.threadId}`;
export const outlookUrl = (m: DemoMessage): string => `${OUTLOOK_INBOX}/id/${encodeURIComponent(m.outlook.itemId)}`;
