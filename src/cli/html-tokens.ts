// A lean HTML tokenizer for the scan command: start tags (with only the attributes asked for),
// end tags and text, following the HTML standard's tokenizer where it matters for reading
// mail: comments, <!…> and <?…> sections, raw-text elements (script, style…) whose content is
// not markup, quoted attribute values that may hold ">", and entities decoded by the
// `entities` package (the decoder htmlparser2 uses) in text and in attribute values.
//
// Why not htmlparser2's tokenizer: it walks every character in JavaScript (about 30 MB/s here),
// and HTML bodies were the largest share of the scan's time. This one finds each "<", quote and
// ">" with indexOf and regular expressions, which run in native code. Tree building is left to
// the caller (html-extract.ts), which needs only a stack of open elements.
import { decodeHTML, decodeHTMLAttribute } from 'entities';

export interface TokenSink {
  /**
   * A start tag, name in lower case; `attrs` holds the first value of each wanted attribute;
   * `selfClosing` when it ends "/>" (which counts only in SVG and MathML).
   */
  open(name: string, attrs: Record<string, string>, selfClosing: boolean): void;
  /** An end tag, name in lower case. */
  close(name: string): void;
  /** Text, entities decoded. */
  text(text: string): void;
  /** Asked between tokens; true stops the scan (the caller has all it will use). */
  done(): boolean;
}

/** Elements whose content is text up to their own end tag; RCDATA ones decode entities. */
const RAW_TEXT = new Set(['script', 'style', 'xmp', 'iframe', 'noembed', 'noframes']);
const RCDATA = new Set(['title', 'textarea']);

const endOf = new Map<string, RegExp>();

function endTagOf(name: string): RegExp {
  let re = endOf.get(name);
  if (!re) endOf.set(name, (re = new RegExp(`</${name}[\\t\\n\\f\\r />]`, 'gi')));
  return re;
}

// Character tests by code, in plain loops: V8 compiles these to tight native code, where a
// regular expression per attribute would allocate a match each time.
const isSpace = (c: number) => c === 0x20 || c === 0x0a || c === 0x09 || c === 0x0d || c === 0x0c;
const isLetter = (c: number) => (c | 0x20) >= 0x61 && (c | 0x20) <= 0x7a;

function skipSpace(html: string, at: number): number {
  while (at < html.length && isSpace(html.charCodeAt(at))) at++;
  return at;
}

/** End of a tag name starting at `at`: the next space, "/" or ">". */
function nameEnd(html: string, at: number): number {
  for (let c = html.charCodeAt(at); at < html.length && !isSpace(c) && c !== 0x2f && c !== 0x3e; c = html.charCodeAt(++at));
  return at;
}

function decodeText(s: string): string {
  return s.indexOf('&') < 0 ? s : decodeHTML(s);
}

/** Whether the tag readAttributes last read ended "/>" (a "/" outside any attribute value). */
let selfClosing = false;

/**
 * Reads the attributes of a tag from `at` (just after its name) to its ">". Returns the index
 * after the ">", or -1 when the input ends inside the tag (the standard drops such a tag).
 */
function readAttributes(html: string, at: number, wanted: ReadonlySet<string> | null, longestWanted: number, attrs: Record<string, string>): number {
  const n = html.length;
  let slashAt = -1;
  selfClosing = false;
  for (;;) {
    at = skipSpace(html, at);
    if (at >= n) return -1;
    let c = html.charCodeAt(at);
    if (c === 0x3e /* > */) {
      selfClosing = html.charCodeAt(at - 1) === 0x2f && slashAt === at - 1;
      return at + 1;
    }
    if (c === 0x2f /* / */) {
      slashAt = at++;
      continue;
    }
    // A name runs to a space, "/", ">" or "=" (a first "=" belongs to the name).
    const nameStart = at;
    for (c = html.charCodeAt(++at); at < n && !isSpace(c) && c !== 0x2f && c !== 0x3e && c !== 0x3d; c = html.charCodeAt(++at));
    const nameStop = at;
    at = skipSpace(html, at);
    let valueStart = at;
    let valueStop = at;
    if (html.charCodeAt(at) === 0x3d /* = */) {
      at = skipSpace(html, at + 1);
      const q = html.charCodeAt(at);
      if (q === 0x22 || q === 0x27) {
        const close = html.indexOf(q === 0x22 ? '"' : "'", at + 1);
        if (close < 0) return -1;
        valueStart = at + 1;
        valueStop = close;
        at = close + 1;
      } else {
        valueStart = at;
        for (c = html.charCodeAt(at); at < n && !isSpace(c) && c !== 0x3e; c = html.charCodeAt(++at));
        valueStop = at;
      }
    }
    // Names longer than any wanted one (most: width, cellpadding, bgcolor…) are not even cut out.
    if (wanted && nameStop - nameStart <= longestWanted) {
      const name = html.slice(nameStart, nameStop).toLowerCase();
      if (wanted.has(name) && !(name in attrs)) {
        const value = html.slice(valueStart, valueStop);
        attrs[name] = value.indexOf('&') < 0 ? value : decodeHTMLAttribute(value);
      }
    }
  }
}

/** Tokenizes `html` into `sink`. `wanted`: the attribute names (lower case) to hand over. */
export function tokenize(html: string, sink: TokenSink, wanted: ReadonlySet<string>): void {
  const n = html.length;
  let longestWanted = 0;
  for (const w of wanted) longestWanted = Math.max(longestWanted, w.length);
  let at = 0;
  while (at < n) {
    const lt = html.indexOf('<', at);
    if (lt < 0) {
      sink.text(decodeText(html.slice(at)));
      return;
    }
    if (lt > at) sink.text(decodeText(html.slice(at, lt)));
    if (sink.done()) return;
    at = lt;
    const next = html.charCodeAt(at + 1);
    if (next === 0x21 /* ! */) {
      // A comment runs to "-->" ("<!-->" is an empty one); any other "<!…>" to the next ">".
      if (html.startsWith('--', at + 2)) {
        const end = html.indexOf('-->', at + 2);
        if (end < 0) return;
        at = end + 3;
      } else {
        const end = html.indexOf('>', at + 2);
        if (end < 0) return;
        at = end + 1;
      }
      continue;
    }
    if (next === 0x3f /* ? */) {
      const end = html.indexOf('>', at + 2);
      if (end < 0) return;
      at = end + 1;
      continue;
    }
    const isEnd = next === 0x2f; /* / */
    const nameStart = at + (isEnd ? 2 : 1);
    if (!isLetter(html.charCodeAt(nameStart))) {
      if (isEnd && html.charCodeAt(at + 2) === 0x3e) {
        at += 3; // "</>" is dropped
      } else if (isEnd) {
        const end = html.indexOf('>', at + 2); // "</ …>" is a comment
        if (end < 0) return;
        at = end + 1;
      } else {
        sink.text('<'); // a "<" that starts no tag is text
        at++;
      }
      continue;
    }
    const stop = nameEnd(html, nameStart);
    let name = html.slice(nameStart, stop).toLowerCase();
    if (name === 'image' && !isEnd) name = 'img'; // as the standard's tree builder reads it
    const attrs: Record<string, string> = {};
    at = readAttributes(html, stop, isEnd ? null : wanted, longestWanted, attrs);
    if (at < 0) return;
    if (isEnd) {
      sink.close(name);
      continue;
    }
    sink.open(name, attrs, selfClosing);
    if (RAW_TEXT.has(name) || RCDATA.has(name)) {
      const endTag = endTagOf(name);
      endTag.lastIndex = at;
      const m = endTag.exec(html);
      const end = m ? m.index : n;
      if (end > at) sink.text(RCDATA.has(name) ? decodeText(html.slice(at, end)) : html.slice(at, end));
      at = end; // the end tag is read as usual on the next turn
    } else if (name === 'plaintext') {
      sink.text(html.slice(at));
      return;
    }
  }
}
