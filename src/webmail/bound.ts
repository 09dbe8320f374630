// Cuts every field an adapter read at the engine's bounds before the facts leave the page. The
// background refuses facts with a field past its own (larger) limits (src/messaging/validate.ts),
// so without this a sender could avoid being judged at all by writing a 100 kB display name,
// subject or link address: the request would be refused and no banner shown. The engine reads no
// further than these bounds anyway (src/engine/prepare.ts), so nothing it uses is lost.
import * as L from '../engine/lib/limits';
import { clip } from '../engine/lib/text';
import type { Address, Attachment, Link, MessageFacts } from '../engine/types';

const DATE_CHARS = 200;
const ID_CHARS = 500;
const TYPE_CHARS = 200;
/** How much of a long file name's end is kept: the real type and any decoy type before it. */
const NAME_TAIL_CHARS = 100;

/** A long file name keeps its start and its end ("Invoice…pdf.exe"), so its type is still judged. */
export function clipMiddle(s: string, max: number, tail = NAME_TAIL_CHARS): string {
  if (s.length <= max) return s;
  let start = max - tail - 1;
  if (/[\uD800-\uDBFF]/.test(s.charAt(start - 1))) start -= 1;
  let from = s.length - tail;
  if (/[\uDC00-\uDFFF]/.test(s.charAt(from))) from += 1;
  return `${s.slice(0, start)}…${s.slice(from)}`;
}

const address = (a: Address): Address => ({ name: clip(a.name, L.MAX_NAME_CHARS), address: clip(a.address, L.MAX_ADDRESS_CHARS) });

function link(l: Link): Link {
  const out: Link = { href: clip(l.href, L.MAX_HREF_CHARS), text: clip(l.text, L.MAX_LINK_TEXT_CHARS) };
  if (l.inQuote) out.inQuote = true;
  return out;
}

function attachment(a: Attachment): Attachment {
  const out: Attachment = { ...a, name: clipMiddle(a.name, L.MAX_ATTACHMENT_NAME_CHARS) };
  if (a.mimeType !== undefined) out.mimeType = clip(a.mimeType, TYPE_CHARS);
  return out;
}

export function boundFacts(facts: MessageFacts): MessageFacts {
  const out: MessageFacts = {
    ...facts,
    from: address(facts.from),
    to: facts.to.slice(0, L.MAX_RECIPIENTS).map(address),
    cc: facts.cc.slice(0, L.MAX_RECIPIENTS).map(address),
    subject: clip(facts.subject, L.MAX_SUBJECT_CHARS),
    text: clip(facts.text, L.MAX_TEXT_CHARS),
    links: facts.links.slice(0, L.MAX_LINKS).map(link),
    attachments: facts.attachments.slice(0, L.MAX_ATTACHMENTS).map(attachment),
    providerNotices: facts.providerNotices.slice(0, L.MAX_NOTICES).map((n) => clip(n, L.MAX_NOTICE_CHARS)),
  };
  if (facts.replyTo) out.replyTo = facts.replyTo.slice(0, 10).map(address);
  if (facts.id !== undefined) out.id = clip(facts.id, ID_CHARS);
  if (facts.date !== undefined) out.date = clip(facts.date, DATE_CHARS);
  return out;
}
