// Gmail adapter: finds the expanded messages of the open conversation and reads each one's facts
// from inside its own container (never document-wide: Gmail keeps stale views in the page).
import { MAX_ATTACHMENTS, MAX_RECIPIENTS } from '../../engine/lib/limits';
import type { Address, Attachment, MessageFacts } from '../../engine/types';
import { boundFacts } from '../bound';
import { all, allWhere, closestAny, collectLinks, first, firstWhere, inside, parseSize, squash, textOutside, visibleText } from '../dom';
import { findNotices } from '../notices';
import type { IsVisible, OpenMessage, WebmailAdapter } from '../types';
import { GMAIL, GMAIL_NOTICES } from './selectors';

/** Print view, "show original" and raw downloads are other documents, not the mail view. */
const NOT_MAIL_VIEW = /[?&]view=(om|pt|att|lg|cm)\b/;

const SELF_NAMES = new Set(['me', 'yo', 'ich', 'moi', 'eu', 'io']);

function isCollapsed(message: Element): boolean {
  const item = closestAny(message, GMAIL.listItem);
  if (!item) return false;
  if (item.getAttribute('aria-expanded') === 'false') return true;
  return GMAIL.collapsedClasses.some((c) => item.classList.contains(c));
}

function messageKey(message: Element, index: number): string {
  const id = message.getAttribute('data-message-id') ?? message.getAttribute('data-legacy-message-id');
  return id ? id.replace(/^#/, '') : `gmail-position-${index}`;
}

function addressOf(el: Element): Address {
  const address = (el.getAttribute('email') ?? el.getAttribute('jid') ?? '').trim().toLowerCase();
  const name = squash(el.getAttribute('name') ?? el.getAttribute('data-name') ?? el.textContent ?? '');
  // Gmail writes "me" (localized) for the account itself; that is not a name anyone chose.
  return { name: name === address || SELF_NAMES.has(name.toLowerCase()) ? '' : name, address };
}

function attachmentOf(card: Element): Attachment | null {
  // download_url="<mime>:<file name>:<url>" (Chrome only).
  const download = card.getAttribute('download_url') ?? '';
  const [mime, fileFromUrl] = download ? [download.slice(0, download.indexOf(':')), download.split(':')[1] ?? ''] : ['', ''];
  let name = squash(first(card, GMAIL.attachmentName)?.textContent ?? '');
  if (!name) name = squash(first(card, GMAIL.attachmentPreviewText)?.textContent ?? '').replace(/^Preview attachment\s+/i, '');
  if (!name) name = squash(first(card, GMAIL.attachmentDownload)?.getAttribute('aria-label') ?? '').replace(/^Download attachment\s+/i, '');
  if (!name) name = fileFromUrl;
  if (!name) return null;
  const out: Attachment = { name };
  if (mime.includes('/')) out.mimeType = mime;
  const size = parseSize(first(card, GMAIL.attachmentSize)?.textContent ?? '');
  if (size !== undefined) out.size = size;
  return out;
}

/** Gmail's warnings and "via" line: read from the container minus the body and attachments. */
function providerNotices(container: Element, exclude: Element[], line: Element | null): string[] {
  const header = textOutside(container, exclude);
  const attributes = Array.from(container.querySelectorAll('[data-tooltip], [aria-label]'))
    .filter((el) => !exclude.some((x) => x.contains(el)))
    .map((el) => `${el.getAttribute('data-tooltip') ?? ''} ${el.getAttribute('aria-label') ?? ''}`)
    .join(' ');
  const notices = findNotices(`${header} ${attributes}`, GMAIL_NOTICES);
  const via = line ? /\bvia\s+([a-z0-9-]+(?:\.[a-z0-9-]+)+)/i.exec(squash(line.textContent ?? '')) : null;
  if (via) notices.push(`Sent via ${via[1]!.toLowerCase()}`);
  return notices;
}

/**
 * Does the hash name a conversation? "#inbox/FMfcgzQcqlBLwLspwKpJHSKfdDPZsRhN" (long mixed-case
 * token) or a 16-hex legacy id (reference §2.1: gmail.js treats /[0-9a-zA-Z]{16,}$/ as an email
 * page); a list ("#inbox", "#label/Billing") or a search word does not.
 */
function isMailView(location: { pathname: string; search: string }): boolean {
  return location.pathname.startsWith('/mail') && !NOT_MAIL_VIEW.test(location.search);
}

export function namesConversation(hash: string): boolean {
  const token = /^#[^?]+\/([A-Za-z0-9]{16,})$/.exec(hash)?.[1];
  if (!token) return false;
  return /^[0-9a-f]{16}$/.test(token) || (token.length >= 20 && /[a-z]/.test(token) && /[A-Z]/.test(token));
}

export const gmailAdapter: WebmailAdapter = {
  source: 'gmail',

  account(doc) {
    // Gmail's title: "Inbox (3) - name@example.com - Gmail" (the last part may be the org's name).
    const match = /\s-\s([^\s@]+@[^\s@]+\.[^\s@]+)\s-\s[^-]*$/.exec(doc.title);
    return match ? match[1]!.toLowerCase() : null;
  },

  isMailView,

  findOpenMessages(doc: Document, isVisible: IsVisible): OpenMessage[] {
    const scopes = all(doc, GMAIL.main).filter(isVisible);
    const messages = (scopes.length > 0 ? scopes : [doc.body]).flatMap((scope) => (scope ? all(scope, GMAIL.message) : []));
    const open: OpenMessage[] = [];
    messages.forEach((container, index) => {
      if (!isVisible(container) || isCollapsed(container)) return;
      const body = first(container, GMAIL.body);
      if (!body || !isVisible(body) || closestAny(body, GMAIL.editor)) return;
      // Elements of an HTML page; checked by tag rather than instanceof, which differs per realm.
      open.push({ container: container as HTMLElement, body: body as HTMLElement, key: messageKey(container, index) });
    });
    return open;
  },

  drift(doc, location, isVisible) {
    if (!isMailView(location) || !namesConversation(location.hash)) return [];
    const scopes = all(doc, GMAIL.main).filter(isVisible);
    const messages = (scopes.length > 0 ? scopes : [doc.body]).flatMap((scope) => (scope ? all(scope, GMAIL.message) : [])).filter(isVisible);
    if (messages.length === 0) return ['message'];
    // Expanded messages whose body cannot be found; all collapsed is a reader's choice, not drift.
    return messages.some((m) => !isCollapsed(m) && !first(m, GMAIL.body)) ? ['body'] : [];
  },

  extract({ container, body, key }: OpenMessage): MessageFacts {
    const missing: string[] = [];
    // Header fields come from Gmail's header, never from a body: a body is the sender's HTML (it
    // may copy Gmail's markup), and another message's body may hold quoted headers.
    const thread = closestAny(container, GMAIL.thread) ?? closestAny(container, GMAIL.main);
    const bodies = [body, ...all(thread ?? container, GMAIL.body)];
    const header = (el: Element) => !inside(el, bodies) && closestAny(el, GMAIL.detailsPopup) === null;

    const senderEl = firstWhere(container, GMAIL.sender, header) ?? firstWhere(container, GMAIL.senderAvatar, header);
    const from: Address = senderEl ? addressOf(senderEl) : { name: '', address: '' };
    if (!from.name && !from.address) missing.push('from');
    else if (!from.address) missing.push('from.address');

    const to = allWhere(container, GMAIL.recipients, header).slice(0, MAX_RECIPIENTS).map(addressOf);
    if (to.length === 0) missing.push('to');

    // The subject belongs to the conversation, above the messages.
    const subjectEl = thread ? firstWhere(thread, GMAIL.subject, header) : null;
    const subject = squash(subjectEl?.textContent ?? '');
    if (!subject) missing.push('subject');

    const dateEl = firstWhere(container, GMAIL.date, header);
    const date = squash(dateEl?.getAttribute('title') || dateEl?.textContent || '');
    if (!date) missing.push('date');

    const skip = [...GMAIL.quote, ...GMAIL.editor];
    const text = visibleText(body, { skip });
    const links = collectLinks(body, { quote: GMAIL.quote, skip: GMAIL.editor });
    if (!text && links.length === 0) missing.push('body');

    const area = firstWhere(container, GMAIL.attachmentArea, header);
    const cards = area ? allWhere(area, GMAIL.attachment, header).slice(0, MAX_ATTACHMENTS) : [];
    const attachments = cards.map(attachmentOf).filter((a): a is Attachment => a !== null);
    const line = firstWhere(container, GMAIL.senderLine, header);

    const facts: MessageFacts = {
      source: 'gmail',
      id: key,
      from,
      to,
      cc: [],
      subject,
      text,
      links,
      attachments,
      providerNotices: providerNotices(container, area ? [...bodies, area] : bodies, line),
      missing,
    };
    if (date) facts.date = date;
    return boundFacts(facts);
  },
};
