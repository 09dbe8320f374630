// A short hash of what a message shows, so the same message is judged once, and a reused
// container now showing another message (Outlook's React keeps DOM nodes) is judged again.
import type { MessageFacts } from '../engine/types';

/** FNV-1a, 32 bits, over the facts that make up what the reader sees. Not for security. */
export function fingerprint(facts: MessageFacts): string {
  const parts = [
    facts.id ?? '',
    facts.from.name,
    facts.from.address,
    facts.subject,
    facts.date ?? '',
    facts.text,
    facts.links.map((l) => `${l.href} ${l.text} ${l.inQuote ? 1 : 0}`).join('\n'),
    facts.attachments.map((a) => a.name).join('\n'),
    facts.providerNotices.join('\n'),
  ].join('\u0000');
  let hash = 0x811c9dc5;
  for (let i = 0; i < parts.length; i++) {
    hash ^= parts.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return `${(hash >>> 0).toString(16)}:${parts.length}`;
}
