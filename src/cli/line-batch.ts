// postal-mime reads a message one line at a time and awaits an async call for every line
// (`await this.processLine(line)`), though for all but boundary lines that call only hands the
// line to the current part, synchronously. A promise and a microtask per line was the largest
// single cost of parsing left (about 600,000 lines in the benchmark corpus). This hook makes
// postal-mime's readLine hand every line that cannot be a boundary straight to the current
// part, exactly as processLine would, and return only the lines processLine must see: those
// that may be a boundary, and the last one.
//
// Header lines are handed over the same way, a block at a time: decoded as UTF-8 in one call
// rather than one per line (about 120,000 lines in the corpus), then split into lines.
//
// Like attachment-summary.ts, the hook sits on postal-mime's internals (its readLine, the
// boundary test at the top of processLine, MimeNode.feed). If a new version changes them,
// useLineBatches() finds nothing to wrap and postal-mime is left as it is; a test checks that
// the hook is active, and another that every message parses the same with it and without.
import PostalMime from 'postal-mime';

interface Line {
  bytes: Uint8Array;
  done: boolean;
}

/** The parts of postal-mime's parser this hook reads and writes. */
interface Parser {
  buf: ArrayBuffer;
  av: Uint8Array;
  readPos: number;
  boundaries: unknown[];
  currentNode: Node;
}

/** The parts of postal-mime's MimeNode this hook reads and writes. */
interface Node {
  state: string;
  contentDecoder: unknown;
  feed(line: Uint8Array): void;
  headerLines?: unknown;
  postalMime?: { headerSize?: unknown; options?: { onlyHeaders?: unknown } };
  options?: { maxHeadersSize?: unknown };
}

const DASH = 0x2d;

/** processLine's own test: with boundaries open, a line of more than two bytes starting "--" may be one. */
function mayBeBoundary(parser: Parser, line: Uint8Array): boolean {
  return parser.boundaries.length > 0 && line.length > 2 && line[0] === DASH && line[1] === DASH;
}

let original: ((this: Parser) => Line) | null = null;
let batched: ((this: Parser) => Line) | null = null;

/** A part decoder that takes whole lines, each ending in LF, CRs and all, in one piece. */
export interface LineTaker {
  takeLines(bytes: Uint8Array): void;
}

/**
 * Install once, before postal-mime parses anything. Returns whether the hook is active.
 * `wholeBody(decoder)` may give, for the current part's decoder, one that takes runs of body
 * lines in one piece: runs up to the next line starting with "-" are then handed to it at once.
 */
export function useLineBatches(wholeBody: (decoder: unknown) => LineTaker | null = () => null): boolean {
  if (batched) return true;
  const proto = PostalMime.prototype as unknown as { readLine?: (this: Parser) => Line; processLine?: unknown };
  const readLine = proto.readLine;
  if (typeof readLine !== 'function' || typeof proto.processLine !== 'function') return false;
  original = readLine;
  batched = function (this: Parser): Line {
    for (;;) {
      const node = this.currentNode;
      const decoder = node.state === 'body' ? wholeBody(node.contentDecoder) : null;
      if (decoder) skipToDash(this, decoder);
      else if (node.state === 'header') takeHeaderLines(this, node);
      const line = nextLine(this);
      if (line.done || mayBeBoundary(this, line.bytes)) return line;
      node.feed(line.bytes);
    }
  };
  proto.readLine = batched;
  return true;
}

/**
 * postal-mime's readLine, finding the line end with indexOf instead of a loop in JavaScript: the
 * line up to the next LF, without the CR and LF bytes that end it; done when it reaches the end.
 */
function nextLine(parser: Parser): Line {
  const av = parser.av;
  const start = parser.readPos;
  const lf = av.indexOf(0x0a, start);
  const stop = lf < 0 ? av.length : lf;
  let end = stop;
  // readLine keeps everything up to the last byte that is neither CR nor LF.
  while (end > start && av[end - 1] === 0x0d) end--;
  parser.readPos = lf < 0 ? av.length : lf + 1;
  return { bytes: new Uint8Array(parser.buf, start, end - start), done: parser.readPos >= av.length };
}

/**
 * Hands the lines from readPos up to the next line that starts with "-" to the decoder in one
 * piece. Never the last line of the message: readLine must return that one (done = true).
 */
function skipToDash(parser: Parser, decoder: LineTaker): void {
  const av = parser.av;
  const start = parser.readPos;
  if (av[start] === DASH) return;
  // The next "-" that starts a line: Uint8Array's indexOf (a V8 builtin) jumps from "-" to "-";
  // base64 has none, and in text most are hyphens, passed over at the cost of one compare.
  let dash = av.indexOf(DASH, start + 1);
  while (dash > 0 && av[dash - 1] !== LF) dash = av.indexOf(DASH, dash + 1);
  // The last line always stays out: readLine returns it, with done = true.
  const end = Math.min(dash < 0 ? av.length : dash, lastLineStartOf(parser));
  if (end > start) {
    decoder.takeLines(av.subarray(start, end));
    parser.readPos = end;
  }
}

const LF = 0x0a;
const CR = 0x0d;
/** Header lines as MimeNode.feed decodes them one by one. */
const headerDecoder = new TextDecoder('utf-8', { ignoreBOM: true });

/**
 * Hands the header lines from readPos up to the blank line that ends the header (or a line
 * starting with "-", or the last line) to the part as feed would, decoded in one call: UTF-8
 * decoding of a block gives the same text as line by line, since an LF ends any cut-short
 * sequence just as the end of a line does. Left to feed, line by line, when the block would
 * pass postal-mime's header size limit (so that it fails exactly as it would), or when the
 * part does not have the fields feed uses.
 */
function takeHeaderLines(parser: Parser, node: Node): void {
  const lines = node.headerLines;
  const owner = node.postalMime;
  const max = node.options?.maxHeadersSize;
  if (!Array.isArray(lines) || !owner || typeof owner.headerSize !== 'number' || typeof max !== 'number') return;
  const av = parser.av;
  const start = parser.readPos;
  const lastLine = lastLineStartOf(parser);
  let end = start;
  let size = 0;
  while (end < lastLine && av[end] !== DASH) {
    const lf = av.indexOf(LF, end); // there is one: this is not the last line
    let stop = lf;
    while (stop > end && av[stop - 1] === CR) stop--;
    if (stop === end) break; // the blank line: feed must see it to end the header
    size += stop - end;
    end = lf + 1;
  }
  if (end === start || owner.headerSize + size > max) return;
  owner.headerSize += size;
  const text = headerDecoder.decode(av.subarray(start, end));
  // Each line ends in CRs (dropped, as readLine does) and an LF; the last LF leaves an empty tail.
  const split = text.split(/\r*\n/);
  split.pop();
  // A whole header (from its first line to the blank line) may be cut to the fields asked for.
  const only = owner.options?.onlyHeaders;
  const whole = lines.length === 0 && end < lastLine && av[end] !== DASH;
  if (only instanceof Set && whole) keepFields(split, only as ReadonlySet<string>, lines);
  else for (const line of split) lines.push(line);
  parser.readPos = end;
}

/**
 * The header lines of the fields named in `only` (lower case), each with its folded lines.
 * A name is compared trimmed of all white space, more than postal-mime trims, so every field
 * postal-mime would read under one of those names is kept.
 */
function keepFields(split: readonly string[], only: ReadonlySet<string>, out: unknown[]): void {
  let keep = true;
  for (const line of split) {
    const first = line.charCodeAt(0);
    if (first !== 0x20 && first !== 0x09) {
      const colon = line.indexOf(':');
      keep = only.has((colon < 0 ? line : line.slice(0, colon)).trim().toLowerCase());
    }
    if (keep) out.push(line);
  }
}

/** Per parser: where its message's last line starts (after the last LF that is not the final byte). */
const lastLines = new WeakMap<Parser, number>();
function lastLineStartOf(parser: Parser): number {
  let at = lastLines.get(parser);
  if (at === undefined) {
    const av = parser.av;
    lastLines.set(parser, (at = av.length < 2 ? 0 : av.lastIndexOf(LF, av.length - 2) + 1));
  }
  return at;
}

/**
 * The class of postal-mime's base64 decoder, for parts it decodes in full (text). Its update()
 * decodes the bytes as UTF-8 and keeps only base64 letters and '=': ASCII bytes come out of a
 * UTF-8 decoder unchanged whatever surrounds them, so lines given together keep the same
 * letters, line breaks drop out as between separate lines, and the decoder's state after a
 * run of lines is the same; it decodes 4-letter groups whole, so where its chunks are cut
 * does not change the bytes.
 */
export function postalMimeBase64Decoder(): (new () => { update(bytes: Uint8Array): void }) | null {
  const root = (new PostalMime() as unknown as { root?: { contentType: { parsed: { value: string } }; contentDecoder: unknown; setupContentDecoder?: (e: string) => void } }).root;
  if (!root || typeof root.setupContentDecoder !== 'function' || root.contentType.parsed.value !== 'text/plain') return null;
  root.setupContentDecoder('base64');
  const decoder = root.contentDecoder as { constructor: new () => { update(bytes: Uint8Array): void }; update?: unknown } | null;
  return decoder && typeof decoder.update === 'function' && decoder.constructor.name === 'Base64Decoder' ? decoder.constructor : null;
}

/** For tests: postal-mime's own line reading (false) or the batched one (true). */
export function setLineBatches(on: boolean): void {
  const proto = PostalMime.prototype as unknown as { readLine: unknown };
  if (original && batched) proto.readLine = on ? batched : original;
}
