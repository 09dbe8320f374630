// postal-mime joins decoded MIME parts with `new Blob(chunks).arrayBuffer()`. That is cheap in a
// browser, but Node's Blob reads itself back through a stream, and on the benchmark corpus it
// took half of all parsing time. The scan command is Node-only, so it swaps in a Blob that does
// just what postal-mime needs: join byte chunks and hand them back.
const encoder = new TextEncoder();
/** postal-mime's pass-through decoder adds a "\n" string after every line of a part. */
const NEWLINE = encoder.encode('\n');

type BlobPart = ArrayBuffer | ArrayBufferView | string;

function asBytes(part: BlobPart): Uint8Array {
  if (typeof part === 'string') return part === '\n' ? NEWLINE : encoder.encode(part);
  if (part instanceof ArrayBuffer) return new Uint8Array(part);
  return new Uint8Array(part.buffer, part.byteOffset, part.byteLength);
}

class ConcatBlob {
  readonly type: string;
  readonly #bytes: Uint8Array;

  constructor(parts: readonly BlobPart[] = [], options: { type?: string } = {}) {
    this.type = options.type ?? '';
    if (parts.length === 1) {
      // One chunk: no need to copy it.
      this.#bytes = asBytes(parts[0]!);
      return;
    }
    const views = parts.map(asBytes);
    let total = 0;
    for (const v of views) total += v.byteLength;
    this.#bytes = new Uint8Array(total);
    let offset = 0;
    for (const v of views) {
      this.#bytes.set(v, offset);
      offset += v.byteLength;
    }
  }

  get size(): number {
    return this.#bytes.byteLength;
  }

  arrayBuffer(): Promise<ArrayBuffer> {
    const b = this.#bytes;
    const whole = b.byteOffset === 0 && b.byteLength === b.buffer.byteLength;
    // The shared NEWLINE must never be handed out: the caller owns what it gets.
    return Promise.resolve((whole && b !== NEWLINE ? b.buffer : b.slice().buffer) as ArrayBuffer);
  }

  text(): Promise<string> {
    return Promise.resolve(new TextDecoder().decode(this.#bytes));
  }
}

/** Install once, before postal-mime parses anything (Node only; browsers keep their Blob). */
export function useFastBlob(): void {
  (globalThis as { Blob: unknown }).Blob = ConcatBlob;
}
