// What a webmail page would show of an HTML body: the visible text and every link with its
// visible text, and whether it sits in quoted history. Tokens come from html-tokens.ts; this
// file keeps the stack of open elements, closing them as htmlparser2 and browsers do where
// that changes what is hidden, quoted or linked. Nothing is rendered or run.
import { MAX_LINKS } from '../engine/lib/limits';
import type { Link } from '../engine/types';
import { tokenize } from './html-tokens';

const HIDDEN_TAGS = new Set(['script', 'style', 'head', 'title', 'template', 'noscript', 'svg', 'xml']);
const BLOCK_TAGS = new Set(['p', 'div', 'br', 'tr', 'li', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'table', 'td', 'blockquote', 'section', 'article', 'hr']);
/** Markers webmail clients put around quoted history. */
const QUOTE_CLASS = /\b(gmail_quote|yahoo_quoted|moz-cite-prefix|OutlookMessageHeader)\b/i;
const QUOTE_ID = /^(divRplyFwdMsg|appendonsend|mail-editor-reference-message-container)$/i;
const DISPLAY_NONE = /display\s*:\s*none/i;
const WANTED = new Set(['href', 'style', 'class', 'id', 'alt']);

/** Opening one of these closes the open elements named, while they are innermost (htmlparser2's table). */
const P = new Set(['p']);
const HEADINGS = new Set(['h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'p']);
const FORM = new Set(['input', 'option', 'optgroup', 'select', 'button', 'datalist', 'textarea']);
const IMPLIES_CLOSE = new Map<string, ReadonlySet<string>>([
  ['tr', new Set(['tr', 'th', 'td'])], ['th', new Set(['th'])], ['td', new Set(['thead', 'th', 'td'])],
  ['body', new Set(['head', 'link', 'script'])], ['a', new Set(['a'])], ['li', new Set(['li'])],
  ['h1', HEADINGS], ['h2', HEADINGS], ['h3', HEADINGS], ['h4', HEADINGS], ['h5', HEADINGS], ['h6', HEADINGS],
  ['select', FORM], ['input', FORM], ['output', FORM], ['button', FORM], ['datalist', FORM], ['textarea', FORM],
  ['option', new Set(['option'])], ['optgroup', new Set(['optgroup', 'option'])],
  ['dd', new Set(['dd', 'dt'])], ['dt', new Set(['dd', 'dt'])], ['rt', new Set(['rt', 'rp'])], ['rp', new Set(['rt', 'rp'])],
  ['tbody', new Set(['thead', 'tbody'])], ['tfoot', new Set(['thead', 'tbody'])],
  ...['p', 'address', 'article', 'aside', 'blockquote', 'details', 'div', 'dl', 'fieldset', 'figcaption', 'figure', 'footer', 'form', 'header', 'hr', 'main', 'nav', 'ol', 'pre', 'section', 'table', 'ul'].map((t) => [t, P] as const),
]);

export interface ExtractedHtml {
  text: string;
  links: Link[];
}

interface Open {
  name: string;
  quote: boolean;
  hidden: boolean;
}

export function extractHtml(html: string, maxText: number): ExtractedHtml {
  const links: Link[] = [];
  const textParts: string[] = [];
  let textLength = 0;
  let hiddenDepth = 0;
  let quoteDepth = 0;
  let foreignDepth = 0;
  const stack: Open[] = [];
  // Links never nest: a new <a> ends the open one, as in browsers.
  let link: { href: string; text: string; inQuote: boolean } | null = null;

  const endLink = () => {
    if (link) links.push(link);
    link = null;
  };
  /** Closes the innermost open elements down to (and including) index `at`, innermost first. */
  const closeFrom = (at: number) => {
    for (let i = stack.length - 1; i >= at; i--) {
      const el = stack[i]!;
      if (el.hidden) hiddenDepth--;
      if (el.quote) quoteDepth--;
      if (el.name === 'a') endLink();
      if (el.name === 'svg' || el.name === 'math') foreignDepth--;
      if (BLOCK_TAGS.has(el.name)) textParts.push('\n');
    }
    stack.length = at;
  };

  tokenize(
    html,
    {
      open(name, attrs, selfClosing) {
        const implied = IMPLIES_CLOSE.get(name);
        if (implied) {
          let at = stack.length;
          while (at > 0 && implied.has(stack[at - 1]!.name)) at--;
          if (at < stack.length) closeFrom(at);
        }
        if (BLOCK_TAGS.has(name)) textParts.push('\n');
        if (VOID.has(name)) {
          if (name === 'img' && link && attrs.alt) link.text += ` ${attrs.alt}`;
          return;
        }
        const { style, class: cls, id } = attrs;
        const hidden = HIDDEN_TAGS.has(name) || (style !== undefined && DISPLAY_NONE.test(style));
        const quote = name === 'blockquote' || (cls !== undefined && QUOTE_CLASS.test(cls)) || (id !== undefined && QUOTE_ID.test(id));
        // In SVG and MathML "<x/>" is a whole element (elsewhere the "/" means nothing).
        if (selfClosing && (name === 'svg' || name === 'math' || foreignDepth > 0)) return;
        stack.push({ name, quote, hidden });
        if (hidden) hiddenDepth++;
        if (quote) quoteDepth++;
        if (name === 'svg' || name === 'math') foreignDepth++;
        if (name === 'a' && attrs.href !== undefined && hiddenDepth === 0) {
          endLink();
          link = { href: attrs.href, text: '', inQuote: quoteDepth > 0 };
        }
      },
      close(name) {
        if (VOID.has(name)) {
          if (name === 'br') textParts.push('\n'); // "</br>" is read as <br>
          return;
        }
        let at = stack.length - 1;
        while (at >= 0 && stack[at]!.name !== name) at--;
        if (at >= 0) closeFrom(at);
        else if (name === 'p') textParts.push('\n'); // "</p>" alone is an empty paragraph
      },
      text(data) {
        if (hiddenDepth > 0) return;
        if (link && link.text.length < 1000) link.text += data;
        if (quoteDepth === 0 && textLength < maxText) {
          textParts.push(data);
          textLength += data.length;
        }
      },
      // Stop once the engine has all it will look at (bounded text and links): the rest of a
      // huge message cannot change the verdict, only the time it takes.
      done: () => textLength >= maxText && links.length >= MAX_LINKS,
    },
    WANTED,
  );
  closeFrom(0);
  // Each whitespace run becomes one line break if it holds one, else its spaces, tabs and
  // no-break spaces one space. Each pattern tries a run once: the old "\s*\n\s*" tried again
  // from every character of a long run without a line break (60,000 em spaces took 4 s). The
  // look-behind lets the second start only where a run starts.
  const text = textParts
    .join('')
    .replace(/[ \t\u00a0]+/g, ' ')
    .replace(/(?<![^\S\n])[^\S\n]+(?=\n)/g, '')
    .replace(/\n\s*/g, '\n')
    .trim();
  return {
    text: text.slice(0, maxText),
    links: links.map((l) => ({ href: l.href.trim(), text: l.text.replace(/\s+/g, ' ').trim(), inQuote: l.inQuote })),
  };
}

const VOID = new Set(['area', 'base', 'basefont', 'br', 'col', 'command', 'embed', 'frame', 'hr', 'img', 'input', 'isindex', 'keygen', 'link', 'meta', 'param', 'source', 'track', 'wbr']);

/** Plain-text bodies: webmail turns bare web addresses into links whose text is the address. */
export function linksInPlainText(text: string): Link[] {
  const out: Link[] = [];
  const re = /\b(?:https?:\/\/|www\.)[^\s<>"'()]+/gi;
  for (let m = re.exec(text); m && out.length < 500; m = re.exec(text)) {
    const raw = m[0].replace(/[.,;:!?]+$/, '');
    out.push({ href: raw.startsWith('www.') ? `http://${raw}` : raw, text: raw });
  }
  return out;
}

/** Plain-text quoted history: lines starting with ">" and everything after "On ... wrote:". */
export function stripPlainQuotes(text: string): string {
  const lines = text.split('\n');
  const kept: string[] = [];
  for (const line of lines) {
    const trimmed = line.trim();
    if (/^(On .{5,120} wrote:|-{2,} ?(Original Message|Forwarded message) ?-{2,})$/i.test(trimmed)) break;
    // An Outlook-style "From: x@y" header block starts history only after the writer's own words.
    if (/^From: .+@.+$/i.test(trimmed) && kept.some((k) => k.trim() !== '')) break;
    if (!line.startsWith('>')) kept.push(line);
  }
  return kept.join('\n');
}
