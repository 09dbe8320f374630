// The browser's own network log, read through the DevTools protocol as a second client: one
// connection to Chromium's browser endpoint, auto-attached (flatten) to every target as it
// appears (pages, the extension's service worker after each restart, the popup, the options
// page, and their own children), each held at start until Network is enabled on it, so no
// request is missed. Playwright's CDPSession cannot address flattened child sessions, so this
// speaks the protocol over a WebSocket itself (the `ws` client playwright-core exports).
import { createRequire } from 'node:module';

interface Socket {
  on(event: 'open' | 'close', listener: () => void): void;
  on(event: 'message', listener: (data: Buffer) => void): void;
  on(event: 'error', listener: (error: Error) => void): void;
  send(data: string): void;
  close(): void;
}
const require = createRequire(import.meta.url);
const { ws: WebSocketClient } = require('playwright-core/lib/utilsBundle') as { ws: new (url: string, options?: { perMessageDeflate?: boolean; maxPayload?: number }) => Socket };

export interface LoggedRequest {
  targetType: string;
  /** The target's address when the request was made (the page, the worker script, the popup). */
  targetUrl: string;
  url: string;
  method: string;
  resourceType: string;
  /** Script addresses on the initiator's stack, and the initiator's own URL. */
  initiators: string[];
}

export interface NetworkLog {
  /** One entry per request per target, even when a target is attached through two sessions. */
  requests: LoggedRequest[];
  /** Every target attached, with its type (to show what was watched). */
  targets: { type: string; url: string }[];
  close(): void;
}

interface Message {
  id?: number;
  method?: string;
  params?: Record<string, unknown>;
  sessionId?: string;
  error?: { message: string };
}

interface TargetInfo {
  targetId: string;
  type: string;
  url: string;
}

interface StackTrace {
  callFrames: { url: string }[];
  parent?: StackTrace;
}

function stackUrls(stack: StackTrace | undefined): string[] {
  const out: string[] = [];
  for (let s = stack; s; s = s.parent) for (const f of s.callFrames) out.push(f.url);
  return out;
}

export async function recordNetwork(devtoolsUrl: string): Promise<NetworkLog> {
  const { webSocketDebuggerUrl } = (await (await fetch(`${devtoolsUrl}/json/version`)).json()) as { webSocketDebuggerUrl: string };
  const socket = new WebSocketClient(webSocketDebuggerUrl, { perMessageDeflate: false, maxPayload: 256 * 1024 * 1024 });
  await new Promise<void>((resolve, reject) => {
    socket.on('open', resolve);
    socket.on('error', reject);
  });
  let nextId = 1;
  const waiting = new Map<number, (m: Message) => void>();
  const send = (method: string, params: Record<string, unknown> = {}, sessionId?: string) =>
    new Promise<Message>((resolve) => {
      const id = nextId++;
      waiting.set(id, resolve);
      socket.send(JSON.stringify(sessionId ? { id, method, params, sessionId } : { id, method, params }));
    });

  const sessions = new Map<string, TargetInfo>();
  const byTarget = new Map<string, TargetInfo>();
  const log: NetworkLog = { requests: [], targets: [], close: () => socket.close() };
  const seen = new Set<string>();

  async function attached(sessionId: string, info: TargetInfo, waitingForDebugger: boolean) {
    const known = byTarget.get(info.targetId);
    sessions.set(sessionId, known ?? info);
    if (!known) {
      byTarget.set(info.targetId, info);
      log.targets.push({ type: info.type, url: info.url });
    }
    // Network first (fails harmlessly on targets without it), children next, then let it run.
    await send('Network.enable', {}, sessionId);
    await send('Target.setAutoAttach', { autoAttach: true, waitForDebuggerOnStart: true, flatten: true }, sessionId);
    if (waitingForDebugger) await send('Runtime.runIfWaitingForDebugger', {}, sessionId);
  }

  socket.on('message', (data) => {
    const m = JSON.parse(data.toString('utf8')) as Message;
    if (m.id !== undefined) {
      waiting.get(m.id)?.(m);
      waiting.delete(m.id);
      return;
    }
    const p = m.params ?? {};
    switch (m.method) {
      case 'Target.attachedToTarget':
        void attached(p.sessionId as string, p.targetInfo as TargetInfo, p.waitingForDebugger as boolean);
        break;
      case 'Target.targetInfoChanged': {
        const info = p.targetInfo as TargetInfo;
        const known = byTarget.get(info.targetId);
        if (known) known.url = info.url;
        break;
      }
      case 'Network.requestWillBeSent': {
        const target = sessions.get(m.sessionId ?? '');
        // The same target can be reached through two sessions (auto-attached by the browser and
        // by a parent): count its requests once.
        const once = `${target?.targetId ?? m.sessionId}|${String(p.requestId)}`;
        if (seen.has(once)) break;
        seen.add(once);
        const request = p.request as { url: string; method: string };
        const initiator = p.initiator as { url?: string; stack?: StackTrace };
        log.requests.push({
          targetType: target?.type ?? 'unknown',
          targetUrl: target?.url ?? '',
          url: request.url,
          method: request.method,
          resourceType: typeof p.type === 'string' ? p.type : '',
          initiators: [...stackUrls(initiator.stack), ...(initiator.url ? [initiator.url] : [])],
        });
        break;
      }
    }
  });

  await send('Target.setDiscoverTargets', { discover: true });
  await send('Target.setAutoAttach', { autoAttach: true, waitForDebuggerOnStart: true, flatten: true });
  return log;
}
