// postal-mime decodes every MIME part in full, attachments included, but the scan only needs an
// attachment's size and its first bytes (the ZIP "encrypted" flag). Base64 attachments are a
// quarter of the benchmark corpus by bytes, and decoding them (a TextDecoder call, a regex and a
// string join per line) was the largest single cost of parsing. This swaps in, for base64 parts
// that postal-mime will only hand back as attachment content, a decoder that counts the bytes
// the real one would produce and keeps the first few. Parts it reads as text are left alone.
//
// postal-mime has no option for this, so the hook sits on its internal MimeNode class. If a
// new version changes that class, install() finds nothing to wrap, leaves postal-mime as it is
// and returns false; a test checks that the hook is active, so such a change is noticed.
import PostalMime from 'postal-mime';

/** What the scan keeps of a skipped attachment's content. */
export class PartSummary {
  constructor(
    /** Decoded size in bytes, exactly as postal-mime would have decoded it. */
    readonly byteLength: number,
    /** The first HEAD_BYTES decoded bytes (fewer when the content is shorter). */
    readonly head: Uint8Array,
  ) {}
}

export const HEAD_BYTES = 8;

/** Types postal-mime may read as text (body, calendar) or parse (attached messages): decode in full (see readAsText). */
const READ_AS_TEXT = new Set(['text/plain', 'text/html', 'text/calendar', 'application/ics', 'message/rfc822']);

/** Value of each base64 letter; -1 for everything else. */
const LETTER = new Int8Array(256).fill(-1);
for (const [i, c] of [...'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/'].entries()) LETTER[c.charCodeAt(0)] = i;
const PAD = 0x3d; // '='

/**
 * Counts what postal-mime's Base64Decoder would output. That decoder drops every character
 * outside the base64 alphabet and '=', and decodes each run between '=' signs on its own: n
 * letters give floor(n/4)*3 bytes, plus 1 or 2 for a trailing group of 2 or 3 (a lone letter
 * gives nothing).
 */
export class Base64Sizer {
  #size = 0;
  /** Letters in the run since the last '='. */
  #run = 0;
  readonly #head: number[] = [];
  /** Letters of the current 4-letter group, while the head is still being filled. */
  #group = 0;
  #groupLetters = 0;

  update(line: Uint8Array): void {
    let i = 0;
    for (; i < line.length && this.#head.length < HEAD_BYTES; i++) {
      const byte = line[i]!;
      const value = LETTER[byte]!;
      if (value >= 0) {
        this.#run++;
        this.#headLetter(value);
      } else if (byte === PAD) {
        this.#endRun();
      }
    }
    // Once the head is full only the count goes on (and no partial head group is left open):
    // the same loop with the run in a local, as whole attachment bodies come through here.
    let run = this.#run;
    for (; i < line.length; i++) {
      const byte = line[i]!;
      if (LETTER[byte]! >= 0) {
        run++;
      } else if (byte === PAD) {
        this.#addRun(run);
        run = 0;
      }
    }
    this.#run = run;
  }

  /** Whole lines in one piece: line breaks are outside the alphabet, so the count is the same. */
  takeLines(bytes: Uint8Array): void {
    this.update(bytes);
  }

  finalize(): PartSummary {
    this.#endRun();
    return new PartSummary(this.#size, Uint8Array.from(this.#head.slice(0, HEAD_BYTES)));
  }

  #addRun(run: number): void {
    const rest = run % 4;
    this.#size += Math.floor(run / 4) * 3 + (rest >= 2 ? rest - 1 : 0);
  }

  #endRun(): void {
    this.#addRun(this.#run);
    this.#run = 0;
    // A partial group at the end of a run still yields its whole bytes.
    if (this.#groupLetters === 2) this.#head.push((this.#group >> 4) & 255);
    if (this.#groupLetters === 3) this.#head.push((this.#group >> 10) & 255, (this.#group >> 2) & 255);
    this.#group = 0;
    this.#groupLetters = 0;
  }

  #headLetter(value: number): void {
    this.#group = (this.#group << 6) | value;
    if (++this.#groupLetters < 4) return;
    this.#head.push((this.#group >> 16) & 255, (this.#group >> 8) & 255, this.#group & 255);
    this.#group = 0;
    this.#groupLetters = 0;
  }
}

/** The parts of postal-mime's MimeNode this hook reads and writes. */
interface PartNode {
  contentType: { parsed: { value: string } };
  contentDisposition: { parsed: { value: string } };
  contentDecoder: unknown;
}

/** Types postal-mime takes as the message body unless the part's disposition is "attachment". */
const BODY_TEXT = new Set(['text/plain', 'text/html']);

/**
 * Whether postal-mime may read the part's decoded content as text. A text/plain or text/html
 * part marked as an attachment it never reads as text (isInlineTextNode), only hands over as
 * attachment content: log files and dumps sent as .txt, the largest parts of some messages.
 * The disposition is parsed before the decoder is chosen (processHeaders).
 */
export function readAsText(node: PartNode): boolean {
  const type = node.contentType?.parsed?.value;
  if (BODY_TEXT.has(type)) return node.contentDisposition?.parsed?.value !== 'attachment';
  return READ_AS_TEXT.has(type);
}

let installed = false;
let summarise = true;

/** For tests: postal-mime's own decoding of every part (false) or summaries (true). */
export function setAttachmentSummaries(on: boolean): void {
  summarise = on;
}

/**
 * Install once, before postal-mime parses anything. Returns whether the hook is active.
 * Attachments of base64 parts then carry a PartSummary as their content instead of an ArrayBuffer.
 */
export function useAttachmentSummaries(): boolean {
  if (installed) return true;
  // The root part of a parser not yet used is a MimeNode; its prototype is the class's.
  const root = (new PostalMime() as unknown as { root?: object }).root;
  const proto = root ? (Object.getPrototypeOf(root) as { setupContentDecoder?: unknown }) : null;
  const original = proto?.setupContentDecoder;
  if (!proto || typeof original !== 'function') return false;
  proto.setupContentDecoder = function (this: PartNode, encoding: string) {
    original.call(this, encoding);
    // Same test postal-mime uses to pick its base64 decoder.
    if (summarise && /base64/i.test(encoding) && !readAsText(this)) this.contentDecoder = new Base64Sizer();
  };
  installed = true;
  return true;
}
