// Answers one runtime message. Kept apart from index.ts (which touches the extension APIs) so it
// can be tested in Node. Fails closed: anything not recognised gets an error answer, never a
// guess. The typed protocol and engine wiring replace this switch later (src/messaging/).

export type BackgroundResponse = { ok: true } | { ok: false; error: 'unknown-request' };

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

export function handleMessage(message: unknown): BackgroundResponse {
  if (isRecord(message) && message.type === 'ping') return { ok: true };
  return { ok: false, error: 'unknown-request' };
}
