// Quoted-printable and plain (7bit, 8bit, binary) part bodies, decoded a run of lines at a time.
// postal-mime hands every body line to its part's decoder on its own: about 430,000 lines in
// the benchmark corpus, each a typed-array view, a call chain and, for quoted-printable, a
// 100 KB output buffer per part. With these decoders, line-batch.ts hands over all the lines
// up to the next one that may be a MIME boundary in one piece (takeLines), and the decoder
// produces exactly the bytes postal-mime's own would from those lines given one by one.
//
// postal-mime's line reading, which the output must match: a line is everything up to LF,
// minus the CRs just before the LF. Its pass-through decoder outputs each line and "\n". Its
// quoted-printable decoder outputs each line with "=XX" (two hex digits, both inside the line
// and before a final soft-break "=") decoded to a byte, then "\n" unless the line ends "=".
//
// Like the other hooks (attachment-summary.ts, line-batch.ts), this sits on postal-mime's
// MimeNode.setupContentDecoder. If a new version changes it, useBodyDecoders() leaves
// postal-mime as it is and returns false; a test checks that the hook is active, and others
// that every body decodes to the same bytes with it and without.
import PostalMime from 'postal-mime';

const LF = 0x0a;
const CR = 0x0d;
const EQUALS = 0x3d;

/** Value of each hex digit byte; -1 for everything else (postal-mime's hexNibble). */
const HEX = new Int8Array(256).fill(-1);
for (const [i, c] of [...'0123456789abcdef'].entries()) {
  HEX[c.charCodeAt(0)] = i;
  HEX[c.toUpperCase().charCodeAt(0)] = i;
}

/** Index of the first byte at or after `i` that is not CR. */
function skipCr(bytes: Uint8Array, i: number): number {
  while (i < bytes.length && bytes[i] === CR) i++;
  return i;
}

/**
 * A run of CRs from `i`: dropped when an LF follows (they end a line), else copied to `out` at
 * `o`. Returns the new output length. Each run is looked at once, however long.
 */
function copyCrRun(bytes: Uint8Array, i: number, out: Uint8Array, o: number): number {
  const end = skipCr(bytes, i);
  if (bytes[end] === LF) return o;
  out.fill(CR, o, o + end - i);
  return o + end - i;
}

/** Collects output pieces and joins them once, in finalize. */
export abstract class BodyDecoder {
  #pieces: Uint8Array[] = [];
  #size = 0;

  protected push(piece: Uint8Array): void {
    if (piece.byteLength === 0) return;
    this.#pieces.push(piece);
    this.#size += piece.byteLength;
  }

  /** One line as postal-mime's readLine gives it: no LF, no CRs before the LF. */
  abstract update(line: Uint8Array): void;
  /** Whole lines, each ending in LF, CRs and all, as they stand in the message. */
  abstract takeLines(bytes: Uint8Array): void;

  finalize(): ArrayBuffer {
    const pieces = this.#pieces;
    this.#pieces = [];
    const only = pieces.length === 1 ? pieces[0]! : null;
    if (only && only.byteOffset === 0 && only.byteLength === only.buffer.byteLength) return only.buffer as ArrayBuffer;
    const out = new Uint8Array(this.#size);
    let at = 0;
    for (const p of pieces) {
      out.set(p, at);
      at += p.byteLength;
    }
    return out.buffer;
  }
}

const NEWLINE = new Uint8Array([LF]);

/** 7bit, 8bit, binary and unknown encodings: the lines as they are, each ending "\n". */
export class PlainBody extends BodyDecoder {
  update(line: Uint8Array): void {
    this.push(line.slice());
    this.push(NEWLINE);
  }

  takeLines(bytes: Uint8Array): void {
    if (bytes.indexOf(CR) < 0) {
      this.push(bytes.slice());
      return;
    }
    const out = new Uint8Array(bytes.length);
    let o = 0;
    for (let i = 0; i < bytes.length; i++) {
      const b = bytes[i]!;
      if (b === CR) {
        o = copyCrRun(bytes, i, out, o);
        i = skipCr(bytes, i) - 1; // the LF (or other byte) after the run is copied next turn
        continue;
      }
      out[o++] = b;
    }
    this.push(out.subarray(0, o));
  }
}

/** Quoted-printable. */
export class QpBody extends BodyDecoder {
  update(line: Uint8Array): void {
    const out = new Uint8Array(line.length + 1);
    let len = line.length;
    const soft = len > 0 && line[len - 1] === EQUALS;
    if (soft) len--;
    let o = 0;
    for (let i = 0; i < len; i++) {
      const b = line[i]!;
      if (b === EQUALS && i + 2 < len) {
        const hi = HEX[line[i + 1]!]!;
        const lo = HEX[line[i + 2]!]!;
        if (hi >= 0 && lo >= 0) {
          out[o++] = (hi << 4) | lo;
          i += 2;
          continue;
        }
      }
      out[o++] = b;
    }
    if (!soft) out[o++] = LF;
    this.push(out.subarray(0, o));
  }

  takeLines(bytes: Uint8Array): void {
    const out = new Uint8Array(bytes.length);
    const n = bytes.length;
    let o = 0;
    for (let i = 0; i < n; i++) {
      const b = bytes[i]!;
      if (b === EQUALS) {
        // "=XX": both digits are inside the line, since what ends a line (CR, LF, a soft "=")
        // is never a hex digit.
        const hi = i + 2 < n ? HEX[bytes[i + 1]!]! : -1;
        const lo = hi >= 0 ? HEX[bytes[i + 2]!]! : -1;
        if (lo >= 0) {
          out[o++] = (hi << 4) | lo;
          i += 2;
          continue;
        }
        // "=" then CRs then LF: a soft break, nothing is output for it.
        const next = skipCr(bytes, i + 1);
        if (bytes[next] === LF) {
          i = next;
          continue;
        }
      } else if (b === CR) {
        o = copyCrRun(bytes, i, out, o);
        i = skipCr(bytes, i) - 1;
        continue;
      }
      out[o++] = b;
    }
    this.push(out.subarray(0, o));
  }
}

interface NodeProto {
  setupContentDecoder?: (this: { contentDecoder: unknown }, encoding: string) => void;
}

let hooked: { proto: NodeProto; original: NonNullable<NodeProto['setupContentDecoder']>; ours: NonNullable<NodeProto['setupContentDecoder']> } | null = null;

/** Install once, before postal-mime parses anything. Returns whether the hook is active. */
export function useBodyDecoders(): boolean {
  if (hooked) return true;
  const root = (new PostalMime() as unknown as { root?: { contentDecoder: unknown } }).root;
  const proto = root ? (Object.getPrototypeOf(root) as NodeProto) : null;
  const original = proto?.setupContentDecoder;
  if (!root || !proto || typeof original !== 'function') return false;
  // postal-mime's own choice must still be base64, quoted-printable, else pass-through.
  const names = ['base64', 'quoted-printable', '8bit'].map((e) => {
    original.call(root, e);
    return (root.contentDecoder as object | null)?.constructor?.name;
  });
  if (names.join() !== 'Base64Decoder,QPDecoder,PassThroughDecoder') return false;
  const ours = function (this: { contentDecoder: unknown }, encoding: string) {
    // The same choice as postal-mime's: base64 first (left to it and attachment-summary.ts),
    // then quoted-printable, else plain.
    if (/base64/i.test(encoding)) original.call(this, encoding);
    else this.contentDecoder = /quoted-printable/i.test(encoding) ? new QpBody() : new PlainBody();
  };
  proto.setupContentDecoder = ours;
  hooked = { proto, original, ours };
  return true;
}

/** For tests: postal-mime's own decoders (false) or these (true). */
export function setBodyDecoders(on: boolean): void {
  if (hooked) hooked.proto.setupContentDecoder = on ? hooked.ours : hooked.original;
}
