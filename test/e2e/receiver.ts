// A webhook receiver on loopback, as a ticketing system would be: it accepts JSON reports, and,
// like a well-behaved receiver, treats a repeated Idempotency-Key as the same report.
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface Received {
  key: string;
  authorization: string | undefined;
  body: unknown;
}

export interface Receiver {
  url: string;
  /** Every POST, duplicates included. */
  posts: Received[];
  /** One entry per idempotency key. */
  unique(): Received[];
  /**
   * While true, each POST is recorded once its body has arrived but never answered: the
   * request stays in flight, as with a slow ticketing system.
   */
  hold: boolean;
  stop(): Promise<void>;
  /** Listen again on the same port (after stop). */
  restart(): Promise<void>;
}

export async function startReceiver(port = 0): Promise<Receiver> {
  const posts: Received[] = [];
  let server: Server | null = null;
  let boundPort = port;
  const listen = () =>
    new Promise<void>((resolve) => {
      server = createServer((req, res) => {
        // The extension's worker calls from its own origin: allow it, as a CORS-aware endpoint does.
        res.setHeader('Access-Control-Allow-Origin', '*');
        res.setHeader('Access-Control-Allow-Headers', 'content-type, authorization, idempotency-key');
        res.setHeader('Access-Control-Allow-Methods', 'POST');
        res.setHeader('Access-Control-Allow-Private-Network', 'true');
        if (req.method === 'OPTIONS') return void res.writeHead(204).end();
        if (req.method !== 'POST') return void res.writeHead(405).end();
        const chunks: Buffer[] = [];
        req.on('data', (c: Buffer) => chunks.push(c));
        req.on('end', () => {
          try {
            posts.push({ key: String(req.headers['idempotency-key'] ?? ''), authorization: req.headers.authorization, body: JSON.parse(Buffer.concat(chunks).toString('utf8')) });
            if (receiver.hold) return;
            res.writeHead(201, { 'Content-Type': 'application/json' }).end('{"ok":true}');
          } catch {
            res.writeHead(400).end();
          }
        });
      });
      server.listen(boundPort, '127.0.0.1', () => {
        boundPort = (server!.address() as AddressInfo).port;
        resolve();
      });
    });
  await listen();
  const receiver: Receiver = {
    hold: false,
    get url() {
      return `http://127.0.0.1:${boundPort}/hooks/second-look`;
    },
    posts,
    unique: () => [...new Map(posts.map((p) => [p.key, p])).values()],
    stop: () =>
      new Promise<void>((resolve) => {
        const s = server;
        server = null;
        if (!s) return resolve();
        s.closeAllConnections();
        s.close(() => resolve());
      }),
    restart: listen,
  };
  return receiver;
}
