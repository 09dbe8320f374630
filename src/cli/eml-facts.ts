// .eml file → MessageFacts, the same shape a webmail adapter produces, so the scan command
// judges mail with exactly the engine the extension runs.
import PostalMime, { type Email } from 'postal-mime';
import { MAX_TEXT_CHARS } from '../engine/lib/limits';
import type { Address, Attachment, MessageFacts } from '../engine/types';
import { Base64Sizer, PartSummary, useAttachmentSummaries } from './attachment-summary';
import { useFastBlob } from './fast-blob';
import { extractHtml, linksInPlainText, stripPlainQuotes } from './html-extract';
import { postalMimeBase64Decoder, useLineBatches, type LineTaker } from './line-batch';
import { BodyDecoder, useBodyDecoders } from './body-decoders';

useFastBlob();
useAttachmentSummaries();
useBodyDecoders();
// Body lines go to their part's decoder in runs: quoted-printable and plain parts to
// body-decoders.ts, base64 attachments to their summary, base64 text parts to postal-mime's
// own decoder (those two ignore line breaks; see postalMimeBase64Decoder).
const Base64Decoder = postalMimeBase64Decoder();
useLineBatches((decoder): LineTaker | null => {
  if (decoder instanceof Base64Sizer || decoder instanceof BodyDecoder) return decoder;
  if (Base64Decoder && decoder instanceof Base64Decoder) return { takeLines: (bytes) => decoder.update(bytes) };
  return null;
});

/** The fields postal-mime reads to describe a part (MimeNode) and to build what emlToFacts uses. */
const DOM_ONLY_HEADERS: ReadonlySet<string> = new Set([
  'content-type', 'content-transfer-encoding', 'content-disposition', 'content-id', 'content-description',
  'from', 'sender', 'to', 'cc', 'bcc', 'reply-to', 'subject', 'date', 'message-id', 'in-reply-to', 'references', 'delivered-to', 'return-path',
]);

export interface EmlOptions {
  /** Keep only what a webmail page shows: no raw headers, no Reply-To. */
  domOnly: boolean;
}

function addr(a: { name?: string; address?: string } | undefined): Address {
  return { name: (a?.name ?? '').trim(), address: (a?.address ?? '').trim() };
}

/** Flatten groups ("Undisclosed recipients:;") to plain addresses. */
function addrList(list: Email['to']): Address[] {
  const out: Address[] = [];
  for (const item of list ?? []) {
    if ('group' in item && Array.isArray(item.group)) out.push(...item.group.map(addr));
    else out.push(addr(item));
  }
  return out;
}

/** Content as postal-mime hands it over; base64 attachments arrive summarised (attachment-summary.ts). */
type Content = ArrayBuffer | PartSummary | Uint8Array | string | undefined;

function firstBytes(content: Content, n: number): Uint8Array | null {
  if (content instanceof PartSummary) return content.head.byteLength >= n ? content.head : null;
  return content instanceof ArrayBuffer && content.byteLength >= n ? new Uint8Array(content, 0, n) : null;
}

/** ZIP local file header: general-purpose flag bit 0 = encrypted. */
function zipIsEncrypted(content: Content): boolean {
  const b = firstBytes(content, 8);
  return b !== null && b[0] === 0x50 && b[1] === 0x4b && b[2] === 0x03 && b[3] === 0x04 && (b[6]! & 1) === 1;
}

function attachments(email: Email): Attachment[] {
  return email.attachments
    // Inline images are part of the body in webmail, not attachment chips.
    .filter((a) => !(a.related || (a.disposition === 'inline' && a.contentId && /^image\//.test(a.mimeType))))
    .map((a) => {
      const content = a.content as Content;
      const size = content instanceof ArrayBuffer || content instanceof PartSummary ? content.byteLength : typeof content === 'string' ? content.length : undefined;
      const out: Attachment = { name: a.filename ?? '', mimeType: a.mimeType };
      if (size !== undefined) out.size = size;
      if (zipIsEncrypted(content)) out.encrypted = true;
      return out;
    });
}

export async function emlToFacts(raw: Uint8Array | ArrayBuffer | string, options: EmlOptions): Promise<MessageFacts> {
  // postal-mime copies any typed-array view into a fresh buffer; a file read whole already has
  // its own buffer, so hand that over instead of paying for a copy of every message.
  const input = raw instanceof Uint8Array && raw.byteOffset === 0 && raw.byteLength === raw.buffer.byteLength ? (raw.buffer as ArrayBuffer) : raw;
  const limits = { maxNestingDepth: 50, maxHeadersSize: 2 * 1024 * 1024 };
  // DOM-only facts need none of the trace, signature and list fields that make up most of a
  // header: line-batch.ts leaves them out before postal-mime reads them.
  const email = await PostalMime.parse(input, options.domOnly ? ({ ...limits, onlyHeaders: DOM_ONLY_HEADERS } as typeof limits) : limits);
  let text: string;
  let links;
  if (email.html) {
    const extracted = extractHtml(email.html, MAX_TEXT_CHARS);
    text = extracted.text;
    links = extracted.links;
    if (!text && email.text) text = stripPlainQuotes(email.text).slice(0, MAX_TEXT_CHARS);
  } else {
    text = stripPlainQuotes(email.text ?? '').slice(0, MAX_TEXT_CHARS);
    links = linksInPlainText(text);
  }
  const facts: MessageFacts = {
    source: 'eml',
    from: addr(email.from),
    to: addrList(email.to),
    cc: addrList(email.cc),
    subject: email.subject ?? '',
    text,
    links,
    attachments: attachments(email),
    providerNotices: [],
    missing: email.from ? [] : ['from'],
  };
  if (email.messageId) facts.id = email.messageId;
  if (email.date) facts.date = email.date;
  if (!options.domOnly) {
    facts.replyTo = addrList(email.replyTo);
    const headers: Record<string, string[]> = {};
    for (const h of email.headers) (headers[h.key] ??= []).push(h.value);
    facts.headers = headers;
  }
  return facts;
}
