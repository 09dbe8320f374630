// The demo's stand-in for IT's ticketing system: a webhook receiver on loopback that accepts the
// extension's JSON reports, treats a repeated Idempotency-Key as the same report (as a
// well-behaved receiver does), and prints each new one as it arrives.
// (The browser tests have their own in test/e2e/receiver.ts; this one is the demo's.)
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { ReportDocument } from '../report/types';

export interface Receiver {
  url: string;
  /** One entry per idempotency key, in arrival order. */
  reports: ReportDocument[];
  stop(): Promise<void>;
}

/** "Report received: <subject> from <sender> — level danger (Gmail; 3 reasons)". */
export function describeReport(doc: ReportDocument): string {
  const from = doc.message.from.name ? `${doc.message.from.name} <${doc.message.from.address}>` : doc.message.from.address || '(unknown sender)';
  const what = doc.kind === 'false-positive' ? 'False-alarm note received' : 'Report received';
  const where = doc.client.webmail === 'gmail' ? 'Gmail' : 'Outlook';
  const reasons = doc.verdict.findings.length;
  return `${what}: "${doc.message.subject}" from ${from} — level ${doc.verdict.level} (${where}; ${reasons} reason${reasons === 1 ? '' : 's'}; by ${doc.reporter.account ?? 'unknown account'})`;
}

export async function startReceiver(onReport: (doc: ReportDocument) => void): Promise<Receiver> {
  const reports: ReportDocument[] = [];
  const seen = new Set<string>();
  const server = createServer((req, res) => {
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
      let doc: ReportDocument;
      try {
        doc = JSON.parse(Buffer.concat(chunks).toString('utf8')) as ReportDocument;
      } catch {
        return void res.writeHead(400).end();
      }
      const key = String(req.headers['idempotency-key'] ?? doc.reportId ?? '');
      res.writeHead(201, { 'Content-Type': 'application/json' }).end('{"ok":true}');
      if (seen.has(key)) return;
      seen.add(key);
      reports.push(doc);
      onReport(doc);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/hooks/second-look`,
    reports,
    stop: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
