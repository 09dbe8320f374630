// Builds the report document IT receives. Pure: everything it needs is passed in, so the
// popup's "What will be sent" and the sent report are the same object. Privacy: no message text
// unless policy allows it; the reporter's own address is taken out of links (tracking links
// often carry it).
import { parseUrl, unwrap } from '../engine/lib/unwrap';
import type { MessageFacts, Verdict } from '../engine/types';
import { REPORT_SCHEMA, type ReportDocument, type ReportKind, type ReportedLink } from './types';

export interface ReportInput {
  reportId: string;
  kind: ReportKind;
  createdAt: string;
  facts: MessageFacts;
  verdict: Verdict;
  account: string | null;
  includeBody: boolean;
  rawHeaders: string | null;
  headersNote: string | null;
  simulation: boolean;
  client: ReportDocument['client'];
}

const MAX_LINKS = 100;

/** Replace the reporter's address (plain or percent-encoded) with a placeholder. */
export function redact(text: string, account: string | null): string {
  if (!account) return text;
  const forms = [account, encodeURIComponent(account), account.replace('@', '%40')];
  let out = text;
  for (const form of new Set(forms)) out = out.split(form).join('[reporter]');
  // Case differences: do a case-insensitive pass on the plain form.
  return out.replace(new RegExp(account.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'), 'gi'), '[reporter]');
}

function destination(href: string): string {
  const url = parseUrl(href);
  if (!url || (url.protocol !== 'http:' && url.protocol !== 'https:')) return href;
  try {
    const final = unwrap(url);
    return final.opaque ? href : final.url.href;
  } catch {
    return href;
  }
}

function links(facts: MessageFacts, account: string | null): ReportedLink[] {
  return facts.links.slice(0, MAX_LINKS).map((link) => {
    const out: ReportedLink = { text: redact(link.text, account), href: redact(link.href, account), destination: redact(destination(link.href), account) };
    if (link.inQuote) out.inQuote = true;
    return out;
  });
}

export function buildReport(input: ReportInput): ReportDocument {
  const { facts, verdict, account } = input;
  return {
    schema: REPORT_SCHEMA,
    reportId: input.reportId,
    kind: input.kind,
    createdAt: input.createdAt,
    simulation: input.simulation,
    reporter: { account },
    client: input.client,
    message: {
      webmailId: facts.id ?? null,
      from: facts.from,
      replyTo: facts.replyTo ?? [],
      to: facts.to,
      cc: facts.cc,
      subject: facts.subject,
      date: facts.date ?? null,
      links: links(facts, account),
      attachments: facts.attachments,
      headers: input.rawHeaders,
      headersNote: input.rawHeaders ? null : input.headersNote,
      body: input.includeBody ? facts.text : null,
      webmailWarnings: facts.providerNotices,
    },
    verdict: {
      level: verdict.level,
      score: verdict.score,
      findings: verdict.findings.map((f) => {
        const out: ReportDocument['verdict']['findings'][number] = { id: f.id, severity: f.severity, points: f.points, title: f.title };
        if (f.evidence) out.evidence = redact(f.evidence, account);
        return out;
      }),
    },
  };
}
