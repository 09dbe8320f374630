// The engine's public contract (see design.md "Core types"). Pure data: no DOM, no browser APIs.

export interface Address {
  name: string;
  /** May be '' when the webmail hides the address. */
  address: string;
}

export interface Link {
  /** href as it appears in the markup; wrappers are unwrapped by the engine. */
  href: string;
  /** Visible text of the anchor. */
  text: string;
  /** True when the link sits in quoted history (an earlier message in the thread). */
  inQuote?: boolean;
}

export interface Attachment {
  name: string;
  mimeType?: string;
  size?: number;
  /** Set by parsers that can see inside the file (e.g. an encrypted ZIP). */
  encrypted?: boolean;
}

export type Source = 'gmail' | 'outlook' | 'eml';

export interface MessageFacts {
  source: Source;
  /** The webmail's message id, or Message-ID. */
  id?: string;
  from: Address;
  replyTo?: Address[];
  to: Address[];
  cc: Address[];
  subject: string;
  date?: string;
  /** Visible body text (bounded length). */
  text: string;
  links: Link[];
  attachments: Attachment[];
  /** Only where the raw message is available. Lower-case header names. */
  headers?: Record<string, string[]>;
  /** The webmail's own warnings shown outside the body. */
  providerNotices: string[];
  /** Fields the adapter could not read. */
  missing: string[];
}

export type Severity = 'info' | 'caution' | 'danger';
export type Level = 'safe' | 'caution' | 'danger';
export type Family = 'identity' | 'links' | 'attachments' | 'wording';

export interface Finding {
  /** Rule id, e.g. 'display-name-mismatch'. */
  id: string;
  severity: Severity;
  points: number;
  /** Plain words naming the specific mismatch. */
  title: string;
  /** One more sentence: what to do. */
  detail?: string;
  /** The domain, link or name that triggered it. */
  evidence?: string;
  /** The engine's message key (src/engine/messages.ts), so the UI can say it in another language. */
  messageKey?: string;
  /** The values filled into the message's {params} (evidence as shown). */
  params?: Record<string, string>;
}

/** A link the page should guard: its href as written and where it really goes (unwrapped). */
export interface RiskyLink {
  href: string;
  destination: string;
}

export interface Verdict {
  level: Level;
  score: number;
  findings: Finding[];
  rulesVersion: string;
  /** Links findings pointed at, when the message is at caution or above (for the link guard). */
  riskyLinks?: RiskyLink[];
}

export type Sensitivity = 'relaxed' | 'balanced' | 'strict';

/** The part of the effective policy the engine needs. Domains are lower-case registrable domains. */
export interface EnginePolicy {
  organizationDomains: string[];
  trustedDomains: string[];
  blockedDomains: string[];
  /** Staff and doctors whose names impostors use, e.g. "Dr. Anita Patel". */
  protectedNames: string[];
  disabledRules: string[];
  sensitivity: Sensitivity;
}

/**
 * What the user has seen before, as the background keeps it (salted hashes on the device).
 * The engine only asks questions; it never sees the stored hashes.
 */
export interface SenderHistory {
  /** Has this exact address written to the user before? undefined = unknown (no history). */
  knowsAddress(address: string): boolean | undefined;
  /** Addresses this display name has used before: true if the name is known but never from this address. */
  nameSeenWithOtherAddress(name: string, address: string): boolean;
}

export interface EngineContext {
  policy: EnginePolicy;
  history?: SenderHistory;
}
