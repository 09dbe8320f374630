// DOM reading shared by the adapters: ordered selector candidates, visible text and links of a
// body, attachment-size parsing. Text comes from textContent (jsdom has no innerText) and is
// bounded, so a huge message costs the page little.
import { MAX_LINK_TEXT_CHARS, MAX_LINKS, MAX_TEXT_CHARS } from '../engine/lib/limits';
import type { Link } from '../engine/types';

/** First element matched by the first candidate that matches anything. */
export function first(root: ParentNode, candidates: readonly string[]): Element | null {
  for (const selector of candidates) {
    const el = safeQuery(root, selector);
    if (el) return el;
  }
  return null;
}

/** All elements of the first candidate that matches anything, outermost only. */
export function all(root: ParentNode, candidates: readonly string[]): Element[] {
  for (const selector of candidates) {
    const found = safeQueryAll(root, selector);
    if (found.length > 0) return outermost(found);
  }
  return [];
}

/** First element of the first candidate that has an element passing `accept`. */
export function firstWhere(root: ParentNode, candidates: readonly string[], accept: (el: Element) => boolean): Element | null {
  for (const selector of candidates) {
    const found = safeQueryAll(root, selector).find(accept);
    if (found) return found;
  }
  return null;
}

/** All elements passing `accept` of the first candidate that has any, outermost only. */
export function allWhere(root: ParentNode, candidates: readonly string[], accept: (el: Element) => boolean): Element[] {
  for (const selector of candidates) {
    const found = safeQueryAll(root, selector).filter(accept);
    if (found.length > 0) return outermost(found);
  }
  return [];
}

/** Is el one of the roots or inside one? */
export const inside = (el: Element, roots: readonly (Element | null)[]): boolean => roots.some((r) => r !== null && (r === el || r.contains(el)));

function safeQuery(root: ParentNode, selector: string): Element | null {
  try {
    return root.querySelector(selector);
  } catch {
    return null; // a selector this browser cannot parse counts as "no match"
  }
}

function safeQueryAll(root: ParentNode, selector: string): Element[] {
  try {
    return Array.from(root.querySelectorAll(selector));
  } catch {
    return [];
  }
}

/** Drop elements nested inside another element of the list (a union of selectors double-counts). */
export function outermost(elements: Element[]): Element[] {
  const set = new Set(elements);
  return elements.filter((el) => {
    for (let p = el.parentElement; p; p = p.parentElement) if (set.has(p)) return false;
    return true;
  });
}

export function matchesAny(el: Element, selectors: readonly string[]): boolean {
  return selectors.some((s) => {
    try {
      return el.matches(s);
    } catch {
      return false;
    }
  });
}

export function closestAny(el: Element, selectors: readonly string[]): Element | null {
  for (const s of selectors) {
    try {
      const found = el.closest(s);
      if (found) return found;
    } catch {
      /* unsupported selector */
    }
  }
  return null;
}

export const squash = (s: string): string => s.replace(/\s+/g, ' ').trim();

const SKIP_TAGS = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'HEAD', 'TITLE', 'SVG']);
const BLOCK_TAGS = new Set(['P', 'DIV', 'BR', 'LI', 'TR', 'TD', 'TH', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'TABLE', 'BLOCKQUOTE', 'HR', 'SECTION', 'ARTICLE', 'HEADER', 'FOOTER', 'UL', 'OL', 'PRE', 'CENTER']);

/** Hidden by the sender (display:none, hidden attribute): text a reader does not see. */
function hiddenBySender(el: Element): boolean {
  if (el.hasAttribute('hidden')) return true;
  const style = el.getAttribute('style');
  return style !== null && /display\s*:\s*none|visibility\s*:\s*hidden/i.test(style);
}

export interface TextOptions {
  /** Subtrees to leave out (quoted history, reply editor). */
  skip?: readonly string[];
  max?: number;
}

/** The visible text of a subtree, whitespace squashed, block boundaries as line breaks. */
export function visibleText(root: Element, options: TextOptions = {}): string {
  const max = options.max ?? MAX_TEXT_CHARS;
  const parts: string[] = [];
  let length = 0;
  const walk = (node: Node): void => {
    if (length >= max) return;
    if (node.nodeType === 3) {
      const value = node.nodeValue ?? '';
      parts.push(value);
      length += value.length;
      return;
    }
    if (node.nodeType !== 1) return;
    const el = node as Element;
    if (SKIP_TAGS.has(el.tagName.toUpperCase()) || hiddenBySender(el)) return;
    if (options.skip && el !== root && matchesAny(el, options.skip)) return;
    const block = BLOCK_TAGS.has(el.tagName.toUpperCase());
    if (block) parts.push('\n');
    for (let child = el.firstChild; child; child = child.nextSibling) walk(child);
    if (block) parts.push('\n');
  };
  walk(root);
  return parts
    .join('')
    .split('\n')
    .map((line) => line.replace(/[ \t\r\f\v\u00a0]+/g, ' ').trim())
    .filter(Boolean)
    .join('\n')
    .slice(0, max);
}

/** What a link shows: its text, else an image's alt, else its aria-label. */
export function linkText(a: Element): string {
  const text = squash(a.textContent ?? '');
  if (text) return text.slice(0, MAX_LINK_TEXT_CHARS);
  const alt = a.querySelector('img[alt]')?.getAttribute('alt') ?? '';
  return squash(alt || a.getAttribute('aria-label') || '').slice(0, MAX_LINK_TEXT_CHARS);
}

export interface LinkOptions {
  /** Quoted history: links inside these are marked inQuote. */
  quote: readonly string[];
  /** Subtrees whose links are not the message's (a reply editor). */
  skip?: readonly string[];
  /** Which elements are links (Outlook also keeps the original in `originalsrc`). */
  selector?: string;
  /** The link's address as written; default the href attribute. */
  hrefOf?: (a: Element) => string | null;
  /** Leave out links the webmail itself put in (provider tips). */
  keep?: (a: Element, href: string) => boolean;
  /** Quoted by position rather than by container (Outlook: after the reply header). */
  quotedAlso?: (a: Element) => boolean;
}

/**
 * Every link in a body with its href as written (getAttribute, not .href, which would resolve
 * relative links against the webmail's own address) and whether it sits in quoted history.
 */
export function collectLinks(body: Element, options: LinkOptions): Link[] {
  const links: Link[] = [];
  const hrefOf = options.hrefOf ?? ((a: Element) => a.getAttribute('href'));
  for (const a of Array.from(body.querySelectorAll(options.selector ?? 'a[href], area[href]'))) {
    if (links.length >= MAX_LINKS) break;
    const href = hrefOf(a);
    if (!href || (options.skip && closestWithin(a, body, options.skip))) continue;
    if (options.keep && !options.keep(a, href)) continue;
    const link: Link = { href, text: linkText(a) };
    if (closestWithin(a, body, options.quote) || options.quotedAlso?.(a)) link.inQuote = true;
    links.push(link);
  }
  return links;
}

/** Nearest ancestor of el (up to and excluding root) that matches one of the selectors. */
export function closestWithin(el: Element, root: Element, selectors: readonly string[]): Element | null {
  for (let p: Element | null = el; p && p !== root; p = p.parentElement) if (matchesAny(p, selectors)) return p;
  return null;
}

/** "245 KB" → 250880. Webmails round; the engine only needs the order of magnitude. */
export function parseSize(text: string): number | undefined {
  const m = /(\d+(?:[.,]\d+)?)\s*(bytes?|[KMG]B)\b/i.exec(text);
  if (!m) return undefined;
  const n = Number(m[1]!.replace(',', '.'));
  const unit = m[2]!.toUpperCase();
  const factor = unit.startsWith('K') ? 1024 : unit.startsWith('M') ? 1024 ** 2 : unit.startsWith('G') ? 1024 ** 3 : 1;
  return Math.round(n * factor);
}

/** "Contoso Billing <billing@x.example>" → name and address; a bare address is an address. */
export function parseNameAddress(text: string): { name: string; address: string } {
  const s = squash(text);
  const angle = /^(.*?)\s*<\s*([^<>\s]+@[^<>\s]+)\s*>\s*$/.exec(s);
  if (angle) return { name: angle[1]!.replace(/^"(.*)"$/, '$1').trim(), address: angle[2]!.toLowerCase() };
  if (/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(s)) return { name: '', address: s.toLowerCase() };
  return { name: s, address: '' };
}

/** Text of an element with the given subtrees left out (header region without the body). */
export function textOutside(root: Element, exclude: readonly Element[], max = 4_000): string {
  const parts: string[] = [];
  let length = 0;
  const walk = (node: Node): void => {
    if (length >= max) return;
    if (node.nodeType === 3) {
      parts.push(node.nodeValue ?? '');
      length += (node.nodeValue ?? '').length;
      return;
    }
    if (node.nodeType !== 1 || exclude.includes(node as Element)) return;
    if (SKIP_TAGS.has((node as Element).tagName.toUpperCase())) return;
    for (let child = node.firstChild; child; child = child.nextSibling) walk(child);
    parts.push(' ');
  };
  walk(root);
  return squash(parts.join(''));
}
