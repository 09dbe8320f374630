// postal-mime reads a message one line at a time and awaits an async call for every line
// (`await this.processLine(line)`), though for all but boundary lines that call only hands the
// line to the current part, synchronously. A promise and a microtask per line was the largest
// single cost of parsing left (about 600,000 lines in the benchmark corpus). This hook makes
// postal-mime's readLine hand every line that cannot be a boundary straight to the current
// part, exactly as processLine would, and return only the lines processLine must see: those
// that may be a boundary, and the last one.
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
  av: Uint8Array;
  readPos: number;
  boundaries: unknown[];
  currentNode: { state: string; contentDecoder: unknown; feed(line: Uint8Array): void };
}

const DASH = 0x2d;

/** processLine's own test: with boundaries open, a line of more than two bytes starting "--" may be one. */
function mayBeBoundary(parser: Parser, line: Uint8Array): boolean {
  return parser.boundaries.length > 0 && line.length > 2 && line[0] === DASH && line[1] === DASH;
}

let original: ((this: Parser) => Line) | null = null;
let batched: ((this: Parser) => Line) | null = null;

/**
 * Install once, before postal-mime parses anything. Returns whether the hook is active.
 * `wholeBody(node)` may name a decoder that takes a part's body lines in one piece, line
 * breaks included (it must ignore CR and LF, as the base64 summary does): runs of lines up to
 * the next line starting with "-" are then handed to it at once.
 */
export function useLineBatches(wholeBody: (decoder: unknown) => { update(bytes: Uint8Array): void } | null = () => null): boolean {
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
      const line = readLine.call(this);
      if (line.done || mayBeBoundary(this, line.bytes)) return line;
      node.feed(line.bytes);
    }
  };
  proto.readLine = batched;
  return true;
}

/**
 * Hands the lines from readPos up to the next line that starts with "-" to the decoder in one
 * piece. Never the last line of the message: readLine must return that one (done = true).
 */
function skipToDash(parser: Parser, decoder: { update(bytes: Uint8Array): void }): void {
  const av = parser.av;
  const start = parser.readPos;
  let end = start;
  // A line starts at `end`; stop there if it starts with "-" or is the last line.
  for (;;) {
    if (av[end] === DASH) break;
    const lf = av.indexOf(0x0a, end);
    if (lf < 0 || lf + 1 >= av.length) break;
    end = lf + 1;
  }
  if (end > start) {
    decoder.update(av.subarray(start, end));
    parser.readPos = end;
  }
}

/** For tests: postal-mime's own line reading (false) or the batched one (true). */
export function setLineBatches(on: boolean): void {
  const proto = PostalMime.prototype as unknown as { readLine: unknown };
  if (original && batched) proto.readLine = on ? batched : original;
}
