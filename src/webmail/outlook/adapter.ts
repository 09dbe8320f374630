// Outlook on the web adapter: finds the expanded messages in the reading pane by their bodies and
// reads each one's facts from inside its own container. Never document-wide for a message's
// fields (list rows carry data-convid too), never from the body for anything but body text and
// links (the body is the sender's HTML: a "verified" box there is the attacker's, not Outlook's).
import { MAX_ATTACHMENTS, MAX_RECIPIENTS } from '../../engine/lib/limits';
import type { Address, Attachment, Link, MessageFacts } from '../../engine/types';
import { boundFacts } from '../bound';
import { all, closestAny, collectLinks, matchesAny, outermost, parseNameAddress, parseSize, squash, textOutside, visibleText } from '../dom';
import { findNotices, type NoticePhrase } from '../notices';
import { driftOf, findOpen, paneMarkers } from './find';
import { attempt, documentOrder, firstWhere, FOLLOWING, inside, queryAll } from './query';
import type { IsVisible, OpenMessage, WebmailAdapter } from '../types';
import { OUTLOOK, OUTLOOK_LABELS, OUTLOOK_NOTICES, OUTLOOK_PROVIDER_LINKS, OUTLOOK_TAGS } from './selectors';

const escapeRegExp = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const prefixPattern = (labels: readonly string[]): RegExp => new RegExp(`^\\s*(?:${labels.map(escapeRegExp).join('|')})\\s*`, 'i');
const FROM_PREFIX = prefixPattern(OUTLOOK_LABELS.from);
const TO_PREFIX = prefixPattern(OUTLOOK_LABELS.to);
const CC_PREFIX = prefixPattern(OUTLOOK_LABELS.cc);
const ON_BEHALF = new RegExp(`^(.*?)\\s+(?:${OUTLOOK_LABELS.onBehalfOf.map(escapeRegExp).join('|')})\\s+(.+)$`, 'i');
const VIA = new RegExp(`\\s(?:${OUTLOOK_LABELS.via.map(escapeRegExp).join('|')})\\s+([a-z0-9-]+(?:\\.[a-z0-9-]+)+)`, 'i');
const EMAIL = /[^\s<>()@,;:"]+@[^\s<>()@,;:"]+\.[^\s<>()@,;:"]+/;

// ---------------------------------------------------------------------------------------------
// Reading one message

interface Parts {
  container: Element;
  body: Element;
  /** Bodies in the container and the pane: never read for header fields. */
  bodies: Element[];
  /** Every message's marks in the pane (bodies, sender headers, dates), collapsed ones included. */
  marks: Element[];
}

/**
 * Does el, in a pane, belong to this message or to the whole pane (the subject header above the
 * conversation) rather than to another message, collapsed ones included? The smallest ancestor
 * holding any message's mark decides: it must hold this message's body.
 */
function belongsHere(el: Element, parts: Parts, scope: Element): boolean {
  if (inside(el, parts.bodies)) return false;
  for (let p: Element | null = el; p && p !== scope; p = p.parentElement) {
    if (parts.marks.some((m) => p.contains(m))) return p.contains(parts.body);
  }
  return true;
}

function stripSize(s: string): string {
  return squash(s.replace(/[\s,;·•(–-]*\d+(?:[.,]\d+)?\s*(?:bytes?|[KMGT]B)\)?\s*$/i, ''));
}

function parseRecipientText(text: string): Address | null {
  const cleaned = squash(text).replace(/[;,]+$/, '').trim();
  if (!cleaned) return null;
  const parsed = parseNameAddress(cleaned);
  if (!parsed.address) {
    const email = EMAIL.exec(cleaned)?.[0];
    if (email && squash(cleaned.replace(email, '').replace(/[<>()]/g, '')) === '') return { name: '', address: email.toLowerCase() };
  }
  return parsed;
}

function recipientsOf(well: Element, prefix: RegExp): Address[] {
  const pills = all(well, OUTLOOK.recipient);
  const out: Address[] = [];
  if (pills.length > 0) {
    for (const pill of pills) {
      const parsed = parseRecipientText(pill.textContent ?? '');
      if (!parsed) continue;
      if (!parsed.address) {
        const extra = `${pill.getAttribute('title') ?? ''} ${pill.getAttribute('aria-label') ?? ''}`;
        const email = EMAIL.exec(extra)?.[0];
        if (email) parsed.address = email.toLowerCase();
      }
      out.push(parsed);
    }
  } else {
    // No pills: the label (or text) lists the names; ";" when OWA uses it, else ", " (reference §3.2).
    const raw = squash(well.getAttribute('aria-label') || well.textContent || '').replace(prefix, '');
    const pieces = raw.includes(';') ? raw.split(/;\s*/) : raw.split(/,\s+/);
    for (const piece of pieces) {
      const parsed = parseRecipientText(piece);
      if (parsed) out.push(parsed);
    }
  }
  return out.filter((a) => a.name || a.address).slice(0, MAX_RECIPIENTS);
}

interface Sender {
  from: Address;
  notices: string[];
}

/** "Name <addr>" anywhere at the start of a From line (a tag or note may follow it). */
function looseNameAddress(text: string): Address {
  const s = squash(text);
  const angle = /^(.*?)\s*<\s*([^<>\s]+@[^<>\s]+)\s*>/.exec(s);
  if (angle) return { name: angle[1]!.replace(/^"(.*)"$/, '$1').trim(), address: angle[2]!.toLowerCase() };
  return parseNameAddress(s);
}

const shown = (a: Address): string => (a.name && a.address ? `${a.name} <${a.address}>` : a.name || a.address);

function parseSender(fromEl: Element, line: string): Sender {
  const labelEl = matchesAny(fromEl, OUTLOOK.fromLabel) ? fromEl : firstWhere(fromEl, OUTLOOK.fromLabel, () => true);
  const label = squash(labelEl?.getAttribute('aria-label') ?? '').replace(FROM_PREFIX, '');
  const text = squash(fromEl.textContent ?? '').replace(FROM_PREFIX, '');
  const notices: string[] = [];
  const texts = [label, text, line].filter(Boolean);

  // "<Sender> on behalf of <From>": the From header is the second one.
  const behalf = texts.map((t) => ON_BEHALF.exec(t)).find((m) => m !== null);
  if (behalf) {
    const sender = looseNameAddress(behalf[1]!);
    const from = looseNameAddress(behalf[2]!.replace(VIA, ' '));
    notices.push(`Sent by ${shown(sender)} on behalf of ${shown(from)}`);
    return { from, notices };
  }

  const via = texts.map((t) => VIA.exec(` ${t}`)).find((m) => m !== null);
  if (via) notices.push(`Sent via ${via[1]!.toLowerCase()}`);
  const clean = (t: string): string => squash(` ${t}`.replace(VIA, ' '));
  const fromLabel = looseNameAddress(clean(label));
  const fromText = looseNameAddress(clean(text));
  let address = fromLabel.address || fromText.address;
  if (!address) {
    const titled = [fromEl, ...queryAll(fromEl, '[title]')].map((el) => EMAIL.exec(el.getAttribute('title') ?? '')?.[0]).find(Boolean);
    if (titled) address = titled.toLowerCase();
  }
  let name = fromLabel.name || fromText.name;
  if (address && name.toLowerCase() === address) name = '';
  return { from: { name, address }, notices };
}

/** Exchange's own first-contact tip link, also when Safe Links wrapped it. */
function isProviderLink(href: string | null): boolean {
  if (!href) return false;
  if (OUTLOOK_PROVIDER_LINKS.some((re) => re.test(href.trim()))) return true;
  return attempt(() => {
    const url = new URL(href.trim());
    if (!/(^|\.)safelinks\.protection\.outlook\.com$/i.test(url.hostname)) return false;
    const inner = url.searchParams.get('url') ?? '';
    return OUTLOOK_PROVIDER_LINKS.some((re) => re.test(inner));
  }, false);
}

/** The first element where quoted history starts (it and all after it is quoted). */
function quoteStartOf(body: Element): Element | null {
  const starts = OUTLOOK.quoteStart.flatMap((s) => queryAll(body, s));
  return starts.sort(documentOrder)[0] ?? null;
}

function isAfter(start: Element | null, el: Element): boolean {
  return start !== null && (start === el || (start.compareDocumentPosition(el) & FOLLOWING) !== 0);
}

/**
 * A detached copy of what comes before `start` in root: the ancestors of start are copied without
 * their later children, so nothing after the quote start is ever copied.
 */
function copyBefore(root: Element, start: Element): Element {
  const copy = root.cloneNode(false) as Element;
  const chain: Element[] = [];
  for (let n: Element | null = start; n && n !== root; n = n.parentElement) chain.unshift(n);
  let source: Element = root;
  let target: Element = copy;
  for (const next of chain) {
    for (let c = source.firstChild; c && c !== next; c = c.nextSibling) target.appendChild(c.cloneNode(true));
    if (next === start) break;
    const shell = next.cloneNode(false) as Element;
    target.appendChild(shell);
    source = next;
    target = shell;
  }
  return copy;
}

/** Visible body text without quoted history (the quote start and all after it, blockquotes). */
function bodyText(body: Element, start: Element | null): string {
  const skip = [...OUTLOOK.quote, ...OUTLOOK.editor];
  return visibleText(start && start !== body ? copyBefore(body, start) : body, { skip });
}

function linksOf(body: Element, start: Element | null): Link[] {
  return collectLinks(body, {
    selector: 'a[href], a[originalsrc], area[href]',
    quote: OUTLOOK.quote,
    skip: OUTLOOK.editor,
    // Junk items may keep only the original address.
    hrefOf: (a) => a.getAttribute('href') || a.getAttribute('originalsrc'),
    keep: (a, href) => !isProviderLink(href) && !isProviderLink(a.getAttribute('originalsrc')),
    quotedAlso: (a) => isAfter(start, a),
  });
}

const FILE_NAME = /\.[a-z0-9]{1,8}$/i;

function attachmentOf(item: Element, strict: boolean): Attachment | null {
  // Title, then label, then text; the item's own before its children's ("More actions" buttons).
  const inner = [item, ...queryAll(item, '[title], [aria-label]')];
  const names = [
    ...inner.map((el) => el.getAttribute('title') ?? ''),
    ...inner.map((el) => el.getAttribute('aria-label') ?? ''),
    item.textContent ?? '',
  ].map(stripSize);
  const name = names.find((n) => FILE_NAME.test(n)) ?? names.find(Boolean);
  if (!name) return null;
  const sizes = [...inner.map((el) => el.getAttribute('aria-label') ?? ''), item.textContent ?? '', ...inner.map((el) => el.getAttribute('title') ?? '')];
  const size = sizes.map((s) => parseSize(s)).find((n) => n !== undefined);
  // A bare button ("Download all", "Show 3 more") is a file only if it looks like one.
  if (strict && size === undefined && !FILE_NAME.test(name)) return null;
  const out: Attachment = { name };
  if (size !== undefined) out.size = size;
  return out;
}

function attachmentsOf(well: Element): Attachment[] {
  for (const selector of OUTLOOK.attachmentItem) {
    const items = outermost(queryAll(well, selector));
    if (items.length === 0) continue;
    const strict = selector === 'button';
    return items.map((item) => attachmentOf(item, strict)).filter((a): a is Attachment => a !== null).slice(0, MAX_ATTACHMENTS);
  }
  return [];
}

/** Elements under root, outside the excluded subtrees, bounded (headers are small; bodies are skipped). */
function elementsOutside(root: Element, exclude: readonly Element[], max = 5_000): Element[] {
  const out: Element[] = [];
  const stack: Element[] = [root];
  while (stack.length > 0 && out.length < max) {
    const el = stack.pop()!;
    if (exclude.includes(el)) continue;
    out.push(el);
    for (let i = el.children.length - 1; i >= 0; i--) stack.push(el.children[i]!);
  }
  return out;
}

function tagsIn(elements: readonly Element[], table: readonly NoticePhrase[]): string[] {
  const found = new Set<string>();
  for (const el of elements) {
    const values = [el.children.length === 0 ? el.textContent ?? '' : '', el.getAttribute('aria-label') ?? '', el.getAttribute('title') ?? ''];
    for (const v of values.map(squash)) {
      const tag = table.find((t) => t.phrases.some((p) => p.toLowerCase() === v.toLowerCase()));
      if (tag) found.add(tag.canonical);
    }
  }
  return [...found];
}

function read({ container, body, key }: OpenMessage): MessageFacts {
  const missing: string[] = [];
  const panes: Element[] = [];
  for (let p = container.parentElement; p; p = p.parentElement) if (matchesAny(p, OUTLOOK.pane)) panes.push(p);
  const outer = panes[panes.length - 1] ?? container;
  const markers = attempt(() => paneMarkers(outer), { bodies: [], headers: [], dates: [] });
  const bodies = [...new Set([body, ...markers.bodies])];
  const parts: Parts = { container, body, bodies, marks: [...bodies, ...markers.headers, ...markers.dates] };
  const own = (el: Element) => !inside(el, bodies);

  const attachmentWell = attempt(() => firstWhere(container, OUTLOOK.attachments, own), null);
  const toWell = attempt(() => firstWhere(container, OUTLOOK.to, own), null);
  const ccWell = attempt(() => firstWhere(container, OUTLOOK.cc, (el) => own(el) && el !== toWell), null);
  const dateEl = attempt(() => firstWhere(container, OUTLOOK.date, own), null);
  const wells = [attachmentWell, toWell, ccWell].filter((w): w is Element => w !== null);

  // Sender; "via" and "on behalf of" may sit next to the From element, in its parent.
  // Never the subject or the date: their titles are the sender's words ("Invoice from a@b.com").
  const notSender = [...OUTLOOK.messageSubject, ...OUTLOOK.paneSubject];
  const fromEl = attempt(() => firstWhere(container, OUTLOOK.from, (el) => own(el) && !inside(el, wells) && el !== dateEl && !closestAny(el, notSender)), null);
  const fromLine = attempt(() => {
    const parent = fromEl?.parentElement;
    if (!parent || parent === container || !container.contains(parent) || parent.contains(body)) return '';
    return textOutside(parent, [...bodies, ...wells, ...(dateEl ? [dateEl] : [])], 1_000);
  }, '');
  const sender = fromEl ? attempt(() => parseSender(fromEl, fromLine), null) : null;
  const from = sender?.from ?? { name: '', address: '' };
  if (!from.name && !from.address) missing.push('from');
  else if (!from.address) missing.push('from.address');

  // Recipients.
  const to = toWell ? attempt(() => recipientsOf(toWell, TO_PREFIX), []) : [];
  if (to.length === 0) missing.push('to');
  const cc = ccWell ? attempt(() => recipientsOf(ccWell, CC_PREFIX), []) : [];

  // Subject: this message's own header, else the pane header above the conversation.
  const subjectEl = attempt(() => {
    const mine = firstWhere(container, OUTLOOK.messageSubject, (el) => own(el) && !closestAny(el, OUTLOOK.editor));
    if (mine) return mine;
    for (const pane of panes) {
      const found = firstWhere(pane, [...OUTLOOK.messageSubject, ...OUTLOOK.paneSubject], (el) => !closestAny(el, OUTLOOK.editor) && belongsHere(el, parts, pane));
      if (found) return found;
    }
    return null;
  }, null);
  const subject = attempt(
    () => squash(subjectEl?.getAttribute('title') || subjectEl?.querySelector('[title]')?.getAttribute('title') || subjectEl?.textContent || ''),
    '',
  );
  if (!subject) missing.push('subject');

  const date = attempt(() => squash(dateEl?.getAttribute('title') || dateEl?.textContent || ''), '');
  if (!date) missing.push('date');

  // Body: visible text without quoted history; every link, quoted ones marked.
  const start = attempt(() => quoteStartOf(body), null);
  const text = attempt(() => bodyText(body, start), '');
  const links = attempt(() => linksOf(body, start), []);
  if (!text && links.length === 0) missing.push('body');

  const attachments = attachmentWell ? attempt(() => attachmentsOf(attachmentWell), []) : [];

  // Outlook's own warnings: text and labels outside the body and outside the header fields the
  // sender writes (name, subject), in this message and in the pane above the conversation.
  const providerNotices = attempt(() => {
    const exclude = [...bodies, ...wells, fromEl, subjectEl, dateEl].filter((e): e is Element => e !== null);
    const inPane = outer === container ? [] : elementsOutside(outer, [...bodies, container]).filter((el) => belongsHere(el, parts, outer));
    const bars = inPane.filter((el) => matchesAny(el, OUTLOOK.infoBar) && !inside(el, exclude));
    const labelled = elementsOutside(container, exclude).filter((el) => el.hasAttribute('aria-label') || el.hasAttribute('title'));
    const words = [
      textOutside(container, exclude),
      ...bars.map((el) => textOutside(el, exclude, 1_000)),
      ...[...labelled, ...bars].map((el) => `${el.getAttribute('aria-label') ?? ''} ${el.getAttribute('title') ?? ''}`),
    ].join(' \n ');
    const notices = findNotices(words, OUTLOOK_NOTICES);
    // Tags: whole-element matches next to the sender (inside the From line too) or in the pane header.
    notices.push(...tagsIn([...elementsOutside(container, [...bodies, ...wells]), ...inPane], OUTLOOK_TAGS));
    notices.push(...(sender?.notices ?? []));
    return [...new Set(notices)];
  }, sender?.notices ?? []);

  const facts: MessageFacts = {
    source: 'outlook',
    id: key,
    from,
    to,
    cc,
    subject,
    text,
    links,
    attachments,
    providerNotices,
    missing,
  };
  if (date) facts.date = date;
  return facts; // cut to the engine's bounds by boundFacts in extract
}

function emptyFacts(key: string): MessageFacts {
  return {
    source: 'outlook',
    id: key,
    from: { name: '', address: '' },
    to: [],
    cc: [],
    subject: '',
    text: '',
    links: [],
    attachments: [],
    providerNotices: [],
    missing: ['from', 'to', 'subject', 'date', 'body'],
  };
}

export const outlookAdapter: WebmailAdapter = {
  source: 'outlook',

  // OWA hosts calendar, people and settings in the same app; the content script matches whole
  // hosts and reads only under /mail (reference §5.3).
  isMailView(location) {
    return /^\/mail(\/|$)/.test(location.pathname);
  },

  findOpenMessages(doc: Document, isVisible: IsVisible): OpenMessage[] {
    return attempt(() => findOpen(doc, isVisible), []);
  },

  drift(doc, location, isVisible) {
    return attempt(() => driftOf(doc, location.pathname, isVisible), []);
  },

  extract(message: OpenMessage): MessageFacts {
    return attempt(() => boundFacts(read(message)), emptyFacts(typeof message?.key === 'string' ? message.key : ''));
  },

  // The signed-in address: the account control's label or the top of the folder tree
  // (reference §3.2 "Account address"; consumer Outlook shows it only in the folder tree).
  account(doc: Document): string | null {
    return attempt(() => {
      const candidates = [
        doc.querySelector('#O365_MainLink_Me')?.getAttribute('aria-label'),
        doc.querySelector('#mectrl_currentAccount_secondary')?.textContent,
        doc.querySelector('[role="tree"] [role="treeitem"][title*="@"]')?.getAttribute('title'),
      ];
      for (const text of candidates) {
        const match = text ? /[^\s@<>()]+@[^\s@<>()]+\.[a-z]{2,}/i.exec(text) : null;
        if (match) return match[0].toLowerCase();
      }
      return null;
    }, null);
  },
};
