// The sample messages' HTML, made safe to put into the replica webmail pages: DOMPurify (on a
// jsdom window) removes scripts, event handlers, javascript: links, forms and frames, then the
// sender's ids and classes are renamed the way the webmails do it (Gmail drops ids and prefixes
// classes, Outlook prefixes both with x_), so nothing in a message can pose as the webmail's own
// markup. Remote images are not fetched: their alt text shows instead.
import createDOMPurify, { type Config } from 'dompurify';
import { JSDOM } from 'jsdom';

export type Webmail = 'gmail' | 'outlook';

const purify = createDOMPurify(new JSDOM().window);

const CONFIG: Config = {
  FORBID_TAGS: ['style', 'form', 'input', 'button', 'textarea', 'select', 'option', 'iframe', 'frame', 'frameset', 'object', 'embed', 'link', 'meta', 'base', 'video', 'audio', 'source', 'track', 'svg', 'math', 'template', 'dialog'],
  FORBID_ATTR: ['srcset', 'action', 'formaction', 'ping', 'background', 'contenteditable', 'autofocus', 'tabindex', 'accesskey', 'role', 'name'],
  // data-* and aria-* in a message could imitate the webmail's own markup (data-message-id,
  // aria-label="Message body"); the webmails strip them too.
  ALLOW_DATA_ATTR: false,
  ALLOW_ARIA_ATTR: false,
  ADD_ATTR: ['target'],
};

let current: Webmail = 'gmail';

purify.addHook('afterSanitizeAttributes', (node) => {
  const id = node.getAttribute('id');
  if (id !== null) {
    if (current === 'outlook') node.setAttribute('id', `x_${id}`);
    else node.removeAttribute('id');
  }
  const cls = node.getAttribute('class');
  if (cls !== null) {
    const prefix = current === 'outlook' ? 'x_' : 'm_';
    const renamed = cls.split(/\s+/).filter(Boolean).map((c) => prefix + c).join(' ');
    if (renamed) node.setAttribute('class', renamed);
    else node.removeAttribute('class');
  }
  const tag = node.nodeName.toLowerCase();
  if (tag === 'a' && node.hasAttribute('href')) {
    node.setAttribute('target', '_blank');
    node.setAttribute('rel', 'noopener noreferrer');
  } else if (node.hasAttribute('target')) {
    node.removeAttribute('target');
  }
  if (tag === 'img' && !/^(data|cid):/i.test(node.getAttribute('src') ?? '')) node.removeAttribute('src');
});

/** A message's HTML body, sanitized and rewritten for one webmail. */
export function sanitizeEmailHtml(html: string, webmail: Webmail): string {
  current = webmail;
  return purify.sanitize(html, CONFIG);
}

export function escapeHtml(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;');
}

/** Same pattern as the scan command's plain-text link reader (src/cli/html-extract.ts). */
const URL_IN_TEXT = /\b(?:https?:\/\/|www\.)[^\s<>"'()]+/gi;

/** A plain-text body as the webmails show it: escaped, line breaks kept, web addresses linked. */
export function plainTextToHtml(text: string): string {
  const out: string[] = [];
  let last = 0;
  for (const m of text.matchAll(URL_IN_TEXT)) {
    const raw = m[0].replace(/[.,;:!?]+$/, '');
    out.push(escapeHtml(text.slice(last, m.index)));
    const href = raw.startsWith('www.') ? `http://${raw}` : raw;
    out.push(`<a href="${escapeHtml(href)}" target="_blank" rel="noopener noreferrer">${escapeHtml(raw)}</a>`);
    last = m.index + raw.length;
  }
  out.push(escapeHtml(text.slice(last)));
  return `<div dir="ltr">${out.join('').replace(/\r?\n/g, '<br>\n')}</div>`;
}
