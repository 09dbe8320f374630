// The last step of every adapter's extract: every string cut to the engine's bounds. The
// background refuses facts whose strings are longer than its generous limits (validate.ts), so
// without this a message with a 20,000-character subject or sender name would never be judged.
import { MAX_ADDRESS_CHARS, MAX_HREF_CHARS, MAX_LINK_TEXT_CHARS, MAX_NAME_CHARS, MAX_SUBJECT_CHARS } from '../engine/lib/limits';
import type { Address, MessageFacts } from '../engine/types';

const MAX_DATE_CHARS = 200;
const MAX_ID_CHARS = 500;
const MAX_NOTICE_CHARS = 500;
const MAX_NOTICES = 50;

const clip = (s: string, max: number): string => (s.length > max ? s.slice(0, max) : s);
const address = (a: Address): Address => ({ name: clip(a.name, MAX_NAME_CHARS), address: clip(a.address, MAX_ADDRESS_CHARS) });

export function bounded(facts: MessageFacts): MessageFacts {
  const out: MessageFacts = {
    ...facts,
    from: address(facts.from),
    to: facts.to.map(address),
    cc: facts.cc.map(address),
    subject: clip(facts.subject, MAX_SUBJECT_CHARS),
    links: facts.links.map((l) => ({ ...l, href: clip(l.href, MAX_HREF_CHARS), text: clip(l.text, MAX_LINK_TEXT_CHARS) })),
    attachments: facts.attachments.map((a) => ({ ...a, name: clip(a.name, MAX_NAME_CHARS), ...(a.mimeType === undefined ? {} : { mimeType: clip(a.mimeType, MAX_NAME_CHARS) }) })),
    providerNotices: facts.providerNotices.slice(0, MAX_NOTICES).map((n) => clip(n, MAX_NOTICE_CHARS)),
  };
  if (facts.id !== undefined) out.id = clip(facts.id, MAX_ID_CHARS);
  if (facts.date !== undefined) out.date = clip(facts.date, MAX_DATE_CHARS);
  return out;
}
