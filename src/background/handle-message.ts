// Answers one runtime message. Kept apart from index.ts (which touches the extension APIs) so it
// can be tested in Node with fake dependencies. Fails closed: a request that does not validate
// gets an error answer, never a guess.
import { analyze } from '../engine/index';
import type { MessageFacts } from '../engine/types';
import type { AnalyzeResponse, PingResponse, SenderInfo } from '../messaging/protocol';
import { parseRequest } from '../messaging/validate';
import type { EffectivePolicy } from '../policy/parse';

export interface BackgroundDeps {
  extensionId: string;
  /** e.g. chrome-extension://<id>/ */
  extensionOrigin: string;
  loadPolicy(): Promise<EffectivePolicy>;
  /** Remember which fields a webmail adapter could not read (no content), for the health view. */
  recordMissing(source: MessageFacts['source'], missing: string[]): Promise<void>;
}

export type BackgroundResponse = PingResponse | AnalyzeResponse;

export async function handleMessage(message: unknown, sender: SenderInfo, deps: BackgroundDeps): Promise<BackgroundResponse> {
  const parsed = parseRequest(message, sender, deps.extensionId, deps.extensionOrigin);
  if (!parsed.ok) return { ok: false, error: parsed.error };
  const request = parsed.request;
  try {
    switch (request.type) {
      case 'ping':
        return { ok: true };
      case 'analyze': {
        const policy = await deps.loadPolicy();
        const verdict = analyze(request.facts, { policy: policy.engine });
        await deps.recordMissing(request.facts.source, request.facts.missing).catch(() => undefined);
        return { ok: true, verdict, support: policy.support };
      }
    }
  } catch {
    return { ok: false, error: 'failed' };
  }
}
