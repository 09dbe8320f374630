// What an adapter should read back from a page that shows a hostile string, written out here
// rather than taken from the adapters: the browser's HTML parser drops NUL in text and turns it
// into U+FFFD in attributes, and turns CR and CRLF into LF; the adapters then squash whitespace
// and cut each field at the engine's bound.
import { clip } from '../../src/engine/lib/text';

export const squash = (s: string): string => s.replace(/\s+/g, ' ').trim();
export const asText = (s: string): string => s.replace(/\r\n?/g, '\n').replace(/\0/g, '');
export const asAttribute = (s: string): string => s.replace(/\r\n?/g, '\n').replace(/\0/g, '\uFFFD');

/** A field read from text, squashed and cut at max. */
export const textField = (s: string, max: number): string => clip(squash(asText(s)), max);
/** A field read from an attribute, squashed and cut at max. */
export const attributeField = (s: string, max: number): string => clip(squash(asAttribute(s)), max);

/**
 * Tags a hostile string would create if it were ever parsed as markup, and handler attributes.
 * The fixtures' own markup uses none of these inside the page body.
 */
export const INJECTED = [
  'script', 'iframe', 'img', 'svg', 'style', 'input', 'form', 'button[autofocus]', 'object', 'embed', 'meta[http-equiv]', 'base',
  'math', 'template', 'details', 'noscript', 'textarea', 'link',
  '[onerror]', '[onload]', '[onfocus]', '[ontoggle]', '[srcdoc]', '[shadowrootmode]',
].join(', ');
