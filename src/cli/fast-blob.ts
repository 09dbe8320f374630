// postal-mime joins decoded MIME parts with `new Blob(chunks).arrayBuffer()`. That is cheap in a
// browser, but Node's Blob reads itself back through a stream, and on the benchmark corpus it
// took half of all parsing time. The scan command is Node-only, so it swaps in a Blob that does
// just what postal-mime needs: join byte chunks and hand them back.
class ConcatBlob {
  readonly type: string;
  readonly #bytes: Uint8Array;

  constructor(parts: readonly (ArrayBuffer | ArrayBufferView | string)[] = [], options: { type?: string } = {}) {
    this.type = options.type ?? '';
    const views = parts.map((p) =>
      typeof p === 'string' ? new TextEncoder().encode(p) : p instanceof ArrayBuffer ? new Uint8Array(p) : new Uint8Array(p.buffer, p.byteOffset, p.byteLength),
    );
    if (views.length === 1) {
      // One chunk: no need to copy it.
      this.#bytes = views[0]!;
      return;
    }
    const total = views.reduce((n, v) => n + v.byteLength, 0);
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
    return Promise.resolve((whole ? b.buffer : b.slice().buffer) as ArrayBuffer);
  }

  text(): Promise<string> {
    return Promise.resolve(new TextDecoder().decode(this.#bytes));
  }
}

/** Install once, before postal-mime parses anything (Node only; browsers keep their Blob). */
export function useFastBlob(): void {
  (globalThis as { Blob: unknown }).Blob = ConcatBlob;
}
