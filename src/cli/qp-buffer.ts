// postal-mime's quoted-printable decoder allocates a 100 KB output buffer for every part it
// decodes, and flushes it in 100 KB chunks. Most quoted-printable parts are a few kilobytes of
// text, so that was 100 KB zeroed and collected per part (about 900 parts in the benchmark
// corpus, each costing more than decoding its text). The scan gives each such decoder an 8 KB
// buffer instead: the decoder flushes it whenever it is full, so the output is the same bytes
// in more, smaller chunks, joined once at the end.
//
// postal-mime has no option for this, so, like attachment-summary.ts, the hook sits on the
// MimeNode class's setupContentDecoder and on the decoder's own fields. If a new version
// changes them, useSmallQpBuffers() leaves postal-mime as it is and returns false; a test checks
// that the hook is active and that parts decode to the same bytes with it and without.
import PostalMime from 'postal-mime';

export const QP_BUFFER_BYTES = 8 * 1024;

/** The fields postal-mime's QPDecoder constructor sets, in its order. */
const QP_FIELDS = ['maxChunkSize', 'buffer', 'bufferPos', 'chunks'];

interface NodeProto {
  setupContentDecoder?: (this: { contentDecoder: unknown }, encoding: string) => void;
}

let hooked: { proto: NodeProto; original: NonNullable<NodeProto['setupContentDecoder']>; small: NonNullable<NodeProto['setupContentDecoder']> } | null = null;

/** Install once, before postal-mime parses anything. Returns whether the hook is active. */
export function useSmallQpBuffers(): boolean {
  if (hooked) return true;
  const root = (new PostalMime() as unknown as { root?: { contentDecoder: unknown } }).root;
  const proto = root ? (Object.getPrototypeOf(root) as NodeProto) : null;
  const original = proto?.setupContentDecoder;
  if (!root || !proto || typeof original !== 'function') return false;
  // A decoder made the ordinary way, to learn its class and check its fields.
  original.call(root, 'quoted-printable');
  const probe = root.contentDecoder as Record<string, unknown> | null;
  const qpProto = probe ? (Object.getPrototypeOf(probe) as object) : null;
  if (!probe || !qpProto || Object.keys(probe).join() !== QP_FIELDS.join() || !(probe.buffer instanceof Uint8Array) || !Array.isArray(probe.chunks)) return false;
  const small = function (this: { contentDecoder: unknown }, encoding: string) {
    // The same choice as postal-mime's: base64 first, then quoted-printable, else pass-through.
    if (/base64/i.test(encoding) || !/quoted-printable/i.test(encoding)) {
      original.call(this, encoding);
      return;
    }
    const decoder = Object.create(qpProto) as Record<string, unknown>;
    decoder.maxChunkSize = QP_BUFFER_BYTES;
    decoder.buffer = new Uint8Array(QP_BUFFER_BYTES);
    decoder.bufferPos = 0;
    decoder.chunks = [];
    this.contentDecoder = decoder;
  };
  proto.setupContentDecoder = small;
  hooked = { proto, original, small };
  return true;
}

/** For tests: postal-mime's own quoted-printable buffers (false) or the small ones (true). */
export function setSmallQpBuffers(on: boolean): void {
  if (hooked) hooked.proto.setupContentDecoder = on ? hooked.small : hooked.original;
}
