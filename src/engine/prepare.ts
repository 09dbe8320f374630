// Turns MessageFacts into the bounded, pre-parsed view every rule reads, so that parsing a
// link or folding a name happens once per message, not once per rule.
import type { Brand } from './data/brands';
import { FREEMAIL_DOMAINS } from './data/freemail';
import { brandOwning, undisguise } from './lib/brand-claims';
import { addressDomain, addressLocal, hostInfo, inDomainSet, type HostInfo } from './lib/domains';
import * as L from './lib/limits';
import { clip, fold } from './lib/text';
import { parseUrl, unwrap, type Unwrapped } from './lib/unwrap';
import type { Address, Attachment, EngineContext, EnginePolicy, MessageFacts, SenderHistory } from './types';

export type LinkScheme = 'http' | 'mailto' | 'tel' | 'data' | 'javascript' | 'file' | 'other' | 'invalid';

export interface PreparedLink {
  href: string;
  text: string;
  inQuote: boolean;
  scheme: LinkScheme;
  url: URL | null;
  /** Host of the href as written. */
  host: HostInfo | null;
  /** Destination after removing known wrappers; null for non-web links. */
  final: Unwrapped | null;
}

export interface PreparedSender {
  name: string;
  nameFolded: string;
  address: string;
  local: string;
  domain: string;
  host: HostInfo | null;
  isFreemail: boolean;
  /** The known brand whose own domain this is (bradesco.com.br → Bradesco), if any. */
  brand: Brand | null;
  /** The sender's site is one of the organization's own domains. */
  isOrg: boolean;
  isTrusted: boolean;
}

export interface Prepared {
  source: MessageFacts['source'];
  policy: EnginePolicy;
  history?: SenderHistory;
  sender: PreparedSender;
  replyTo: Address[];
  recipients: string[];
  subject: string;
  subjectFolded: string;
  text: string;
  /** Folded body text (current message only, as far as the source tells us). */
  textFolded: string;
  links: PreparedLink[];
  attachments: Attachment[];
  org: ReadonlySet<string>;
  trusted: ReadonlySet<string>;
  blocked: ReadonlySet<string>;
  /** Mail sent in bulk (newsletters): unsubscribe header or wording. Lowers link-mismatch weight. */
  isBulk: boolean;
  headers: Record<string, string[]>;
}

function domainSet(list: readonly string[]): Set<string> {
  const out = new Set<string>();
  for (const d of list) {
    const clean = d.trim().toLowerCase().replace(/^\*?\.|\.$/g, '');
    if (!clean) continue;
    out.add(clean);
    const info = hostInfo(clean);
    if (info) out.add(info.site);
  }
  return out;
}

function schemeOf(href: string, url: URL | null): LinkScheme {
  if (!url) return /^\s*(javascript|data|vbscript):/i.test(href) ? (/^\s*data:/i.test(href) ? 'data' : 'javascript') : 'invalid';
  switch (url.protocol) {
    case 'http:':
    case 'https:':
      return 'http';
    case 'mailto:':
      return 'mailto';
    case 'tel:':
      return 'tel';
    case 'data:':
      return 'data';
    case 'javascript:':
    case 'vbscript:':
      return 'javascript';
    case 'file:':
      return 'file';
    default:
      return 'other';
  }
}

function prepareLink(href: string, text: string, inQuote: boolean): PreparedLink {
  const cleanHref = clip(href, L.MAX_HREF_CHARS);
  const url = parseUrl(cleanHref);
  const scheme = schemeOf(cleanHref, url);
  const host = url && scheme === 'http' ? hostInfo(url.hostname) : null;
  return {
    href: cleanHref,
    text: clip(text, L.MAX_LINK_TEXT_CHARS).trim(),
    inQuote,
    scheme,
    url,
    host,
    final: url && scheme === 'http' ? unwrap(url) : null,
  };
}

function str(v: unknown, max: number): string {
  return typeof v === 'string' ? clip(v, max) : '';
}

export function prepare(facts: MessageFacts, context: EngineContext): Prepared {
  const policy = context.policy;
  const org = domainSet(policy.organizationDomains);
  const trusted = domainSet(policy.trustedDomains);
  const blocked = domainSet(policy.blockedDomains);

  const address = str(facts.from?.address, L.MAX_ADDRESS_CHARS).trim();
  const name = str(facts.from?.name, L.MAX_NAME_CHARS).trim();
  const domain = addressDomain(address);
  const host = domain ? hostInfo(domain) : null;
  const sender: PreparedSender = {
    name,
    nameFolded: fold(undisguise(name)),
    address,
    local: addressLocal(address),
    domain,
    host,
    isFreemail: host !== null && inDomainSet(host, FREEMAIL_DOMAINS),
    brand: host ? brandOwning(host) : null,
    isOrg: host !== null && inDomainSet(host, org),
    isTrusted: host !== null && inDomainSet(host, trusted),
  };

  const links: PreparedLink[] = [];
  for (const link of Array.isArray(facts.links) ? facts.links.slice(0, L.MAX_LINKS) : []) {
    if (!link || typeof link.href !== 'string') continue;
    links.push(prepareLink(link.href, str(link.text, L.MAX_LINK_TEXT_CHARS), link.inQuote === true));
  }

  const headers = facts.headers && typeof facts.headers === 'object' ? facts.headers : {};
  const text = str(facts.text, L.MAX_TEXT_CHARS);
  // Rules read the start of the body (wording) and its end (newsletter footers); folding the
  // middle of a long message would only cost time.
  const textFolded = fold(text.length > 12_000 ? `${text.slice(0, 8_000)}\n${text.slice(-4_000)}` : text);
  const subject = str(facts.subject, L.MAX_SUBJECT_CHARS);
  const recipients = [...(facts.to ?? []), ...(facts.cc ?? [])]
    .slice(0, L.MAX_RECIPIENTS)
    .map((a) => str(a?.address, L.MAX_ADDRESS_CHARS).toLowerCase())
    .filter(Boolean);

  return {
    source: facts.source === 'gmail' || facts.source === 'outlook' ? facts.source : 'eml',
    policy,
    history: context.history,
    sender,
    replyTo: (facts.replyTo ?? []).slice(0, 10).filter((a) => a && typeof a.address === 'string'),
    recipients,
    subject,
    subjectFolded: fold(subject),
    text,
    textFolded,
    links,
    attachments: (facts.attachments ?? []).slice(0, L.MAX_ATTACHMENTS).filter((a) => a && typeof a.name === 'string'),
    org,
    trusted,
    blocked,
    isBulk: 'list-unsubscribe' in headers || 'list-id' in headers || /\bunsubscribe\b|opt[ -]out|email preferences|manage (your )?(subscription|preferences)/.test(textFolded.slice(-4000)),
    headers,
  };
}
