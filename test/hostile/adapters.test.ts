// @vitest-environment jsdom
// Every hostile payload, written into a Gmail and an Outlook page the way the webmail writes it
// (escaped text, attribute values), read back by the real adapter: the facts carry the literal
// text (or its bounded cut), nothing in the page was parsed as markup, and the facts are within
// what the background accepts, so a huge field cannot get a message refused instead of judged.
import { describe, expect, it } from 'vitest';
import { MAX_ADDRESS_CHARS, MAX_HREF_CHARS, MAX_LINK_TEXT_CHARS, MAX_NAME_CHARS, MAX_SUBJECT_CHARS } from '../../src/engine/lib/limits';
import type { MessageFacts } from '../../src/engine/types';
import { isMessageFacts } from '../../src/messaging/validate';
import { gmailAdapter } from '../../src/webmail/gmail/adapter';
import { outlookAdapter } from '../../src/webmail/outlook/adapter';
import type { WebmailAdapter } from '../../src/webmail/types';
import { allMessages, type HostileMessage } from '../fixtures/hostile/messages';
import { gmailPage, outlookPage } from '../fixtures/hostile/pages';
import { PAYLOADS } from '../fixtures/hostile/payloads';
import { visibleInFixture } from '../webmail/fixture';
import { asAttribute, attributeField, INJECTED, textField } from './expect';

const MESSAGES = allMessages();

/** An address Outlook can show as "Name <address>": no spaces, angle brackets or separators. */
const PLAIN_ADDRESS = /^[^\s<>()@,;:"]+@[^\s<>()@,;:"]+$/;

const WEBMAILS: { name: string; adapter: WebmailAdapter; page: (m: HostileMessage) => string; key: (m: HostileMessage) => string }[] = [
  { name: 'Gmail', adapter: gmailAdapter, page: gmailPage, key: (m) => `msg-f:${m.key}` },
  { name: 'Outlook', adapter: outlookAdapter, page: outlookPage, key: (m) => m.key },
];

/** Equal strings, reported by length and first difference (the strings may be 100 kB). */
function same(got: string, want: string): void {
  if (got === want) return;
  let i = 0;
  while (i < got.length && got[i] === want[i]) i++;
  expect.fail(`differ at ${i} (lengths ${got.length}, ${want.length}): got ${JSON.stringify(got.slice(i, i + 40))}, want ${JSON.stringify(want.slice(i, i + 40))}`);
}

it('places every payload of the corpus in some message', () => {
  const carried = new Set(MESSAGES.flatMap((m) => m.carries));
  expect(PAYLOADS.filter((p) => !carried.has(p.id)).map((p) => p.id)).toEqual([]);
});

describe.each(WEBMAILS)('$name adapter on hostile pages', ({ adapter, page, key }) => {
  describe.each(MESSAGES.map((m) => ({ key: m.key, m })))('$key', ({ m }) => {
    const doc = new DOMParser().parseFromString(page(m), 'text/html');
    const open = adapter.findOpenMessages(doc, visibleInFixture);

    it('finds the one message, and no payload became an element', () => {
      expect(open.map((o) => o.key)).toEqual([key(m)]);
      expect(doc.body.querySelectorAll(INJECTED)).toHaveLength(0);
    });

    const facts: MessageFacts = adapter.extract(open[0]!);

    it('reads the sender and subject as literal text, cut at the bounds', () => {
      same(facts.subject, attributeField(m.subject, MAX_SUBJECT_CHARS));
      const address = asAttribute(m.fromAddress).trim().toLowerCase();
      if (adapter === gmailAdapter || PLAIN_ADDRESS.test(m.fromAddress)) {
        same(facts.from.name, attributeField(m.fromName, MAX_NAME_CHARS));
        same(facts.from.address, address.slice(0, MAX_ADDRESS_CHARS));
      } else {
        // Outlook shows "Name <address>" as one string; an address with spaces or brackets
        // cannot be told apart from the name, so only text (never markup) is expected.
        expect(`${facts.from.name} ${facts.from.address}`.toLowerCase()).toContain(m.fromAddress.slice(0, 20).toLowerCase());
      }
    });

    it('reads every link: the address as written and the text as shown', () => {
      const expected = m.links.slice(0, 500).map((l) => ({ href: asAttribute(l.href).slice(0, MAX_HREF_CHARS), text: textField(l.text, MAX_LINK_TEXT_CHARS) }));
      expect(facts.links).toHaveLength(expected.length);
      facts.links.forEach((l, i) => {
        same(l.href, expected[i]!.href);
        same(l.text, expected[i]!.text);
      });
    });

    it('reads attachment names as text; a cut name keeps its start and its file type', () => {
      const names = facts.attachments.map((a) => a.name);
      expect(names).toHaveLength(m.attachments.length);
      m.attachments.forEach((name, i) => {
        const want = textField(name, Number.MAX_SAFE_INTEGER);
        const got = names[i]!;
        if (want.length <= 500) same(got, want);
        else {
          expect(got.length).toBeLessThanOrEqual(500);
          expect(want.startsWith(got.slice(0, 100))).toBe(true);
          expect(got.endsWith(want.slice(-50))).toBe(true);
        }
      });
    });

    it('keeps the body text literal', () => {
      expect(facts.text.includes(textField(m.body, 1_000))).toBe(true);
    });

    it('gives facts the background accepts', () => {
      expect(isMessageFacts(facts)).toBe(true);
    });
  });
});
