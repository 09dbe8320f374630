// The scan command's HTML reading as it was built on htmlparser2's Parser, kept for tests only:
// src/cli/html-extract.ts (on the lean tokenizer of html-tokens.ts) must read mail the same way.
import { Parser } from 'htmlparser2';
import { MAX_LINKS } from '../../src/engine/lib/limits';
import type { Link } from '../../src/engine/types';

const HIDDEN_TAGS = new Set(['script', 'style', 'head', 'title', 'template', 'noscript', 'svg', 'xml']);
const BLOCK_TAGS = new Set(['p', 'div', 'br', 'tr', 'li', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'table', 'td', 'blockquote', 'section', 'article', 'hr']);
/** Markers webmail clients put around quoted history. */
const QUOTE_CLASS = /\b(gmail_quote|yahoo_quoted|moz-cite-prefix|OutlookMessageHeader)\b/i;
const QUOTE_ID = /^(divRplyFwdMsg|appendonsend|mail-editor-reference-message-container)$/i;
const DISPLAY_NONE = /display\s*:\s*none/i;

export function referenceExtractHtml(html: string, maxText: number): { text: string; links: Link[] } {
  const links: Link[] = [];
  const textParts: string[] = [];
  let textLength = 0;
  let hiddenDepth = 0;
  const stack: { name: string; quote: boolean; hidden: boolean }[] = [];
  let quoteDepth = 0;
  // A nested <a> closes the open link (htmlparser2 does as browsers do), so links never nest.
  let open: { href: string; text: string; inQuote: boolean } | null = null;

  const parser = new Parser(
    {
      onopentag(name, attrs) {
        // Attributes are looked at only when present: most tags carry no style, class or id.
        const { style, class: cls, id } = attrs;
        const hidden = HIDDEN_TAGS.has(name) || (style !== undefined && DISPLAY_NONE.test(style));
        const quote = name === 'blockquote' || (cls !== undefined && QUOTE_CLASS.test(cls)) || (id !== undefined && QUOTE_ID.test(id));
        if (!VOID.has(name)) {
          stack.push({ name, quote, hidden });
          if (hidden) hiddenDepth++;
          if (quote) quoteDepth++;
        }
        if (BLOCK_TAGS.has(name)) textParts.push('\n');
        if (name === 'a' && attrs.href !== undefined && hiddenDepth === 0) {
          if (open) links.push(open);
          open = { href: attrs.href, text: '', inQuote: quoteDepth > 0 };
        }
        if (name === 'img' && open && attrs.alt) open.text += ` ${attrs.alt}`;
      },
      ontext(data) {
        if (hiddenDepth > 0) return;
        if (open && open.text.length < 1000) open.text += data;
        if (quoteDepth === 0 && textLength < maxText) {
          textParts.push(data);
          textLength += data.length;
        }
      },
      onclosetag(name) {
        if (name === 'a' && open) {
          links.push(open);
          open = null;
        }
        if (VOID.has(name)) return;
        // Pop to the matching tag; tolerate broken nesting.
        let at = stack.length - 1;
        while (at >= 0 && stack[at]!.name !== name) at--;
        if (at >= 0) {
          for (let i = at; i < stack.length; i++) {
            if (stack[i]!.hidden) hiddenDepth--;
            if (stack[i]!.quote) quoteDepth--;
          }
          stack.length = at;
        }
        if (BLOCK_TAGS.has(name)) textParts.push('\n');
      },
    },
    { decodeEntities: true, lowerCaseTags: true, lowerCaseAttributeNames: true },
  );
  // Feed in slices and stop once the engine has all it will look at (bounded text and links):
  // the rest of a huge message cannot change the verdict, only the time it takes.
  const SLICE = 64 * 1024;
  for (let at = 0; at < html.length; at += SLICE) {
    parser.write(html.slice(at, at + SLICE));
    if (textLength >= maxText && links.length >= MAX_LINKS) break;
  }
  parser.end();
  if (open) links.push(open);
  const text = textParts.join('').replace(/[ \t\u00a0]+/g, ' ').replace(/\s*\n\s*/g, '\n').trim();
  return {
    text: text.slice(0, maxText),
    links: links.map((l) => ({ href: l.href.trim(), text: l.text.replace(/\s+/g, ' ').trim(), inQuote: l.inQuote })),
  };
}

const VOID = new Set(['area', 'base', 'basefont', 'br', 'col', 'command', 'embed', 'frame', 'hr', 'img', 'input', 'isindex', 'keygen', 'link', 'meta', 'param', 'source', 'track', 'wbr']);
