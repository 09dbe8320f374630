// Validation of every request on arrival in the background. Fails closed: a request that is not
// exactly of a known shape and size, or that comes from a part of the extension not allowed to
// send it, is refused. Web pages cannot reach runtime.onMessage at all (no externally_connectable),
// and the sender check below also refuses other extensions.
import type { Address, Attachment, Link, MessageFacts } from '../engine/types';
import { DRIFT_FIELDS, type DriftField } from '../webmail/types';
import type { Request, SenderInfo } from './protocol';

/** Hosts whose content scripts may ask for analysis: the webmails of the manifest. */
export const WEBMAIL_HOSTS = ['mail.google.com', 'outlook.office.com', 'outlook.office365.com', 'outlook.live.com', 'outlook.cloud.microsoft'];

/** Generous bounds: the content script clips far below these; anything bigger is not ours. */
const LIMITS = {
  text: 200_000,
  string: 10_000,
  list: 5_000,
  headers: 200,
};

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const isString = (v: unknown, max = LIMITS.string): v is string => typeof v === 'string' && v.length <= max;
const isList = (v: unknown, max = LIMITS.list): v is unknown[] => Array.isArray(v) && v.length <= max;

function isAddress(v: unknown): v is Address {
  return isRecord(v) && isString(v.name) && isString(v.address);
}

function isLink(v: unknown): v is Link {
  return isRecord(v) && isString(v.href) && isString(v.text) && (v.inQuote === undefined || typeof v.inQuote === 'boolean');
}

function isAttachment(v: unknown): v is Attachment {
  return (
    isRecord(v) &&
    isString(v.name) &&
    (v.mimeType === undefined || isString(v.mimeType)) &&
    (v.size === undefined || (typeof v.size === 'number' && Number.isFinite(v.size) && v.size >= 0)) &&
    (v.encrypted === undefined || typeof v.encrypted === 'boolean')
  );
}

function isHeaders(v: unknown): boolean {
  if (!isRecord(v)) return false;
  const entries = Object.entries(v);
  return entries.length <= LIMITS.headers && entries.every(([k, list]) => k.length <= 200 && isList(list, 100) && list.every((x) => isString(x)));
}

export function isMessageFacts(v: unknown): v is MessageFacts {
  if (!isRecord(v)) return false;
  return (
    (v.source === 'gmail' || v.source === 'outlook') &&
    (v.id === undefined || isString(v.id, 500)) &&
    isAddress(v.from) &&
    (v.replyTo === undefined || (isList(v.replyTo, 50) && v.replyTo.every(isAddress))) &&
    isList(v.to) && v.to.every(isAddress) &&
    isList(v.cc) && v.cc.every(isAddress) &&
    isString(v.subject) &&
    (v.date === undefined || isString(v.date, 200)) &&
    isString(v.text, LIMITS.text) &&
    isList(v.links) && v.links.every(isLink) &&
    isList(v.attachments, 500) && v.attachments.every(isAttachment) &&
    (v.headers === undefined || isHeaders(v.headers)) &&
    isList(v.providerNotices, 50) && v.providerNotices.every((n) => isString(n, 500)) &&
    isList(v.missing, 50) && v.missing.every((n) => isString(n, 100))
  );
}

function isWebmailUrl(url: string | undefined): boolean {
  if (!url) return false;
  try {
    const u = new URL(url);
    return u.protocol === 'https:' && WEBMAIL_HOSTS.includes(u.hostname);
  } catch {
    return false;
  }
}

/** A content script of this extension, running in a webmail tab. */
export function fromWebmailContentScript(sender: SenderInfo, extensionId: string): boolean {
  return sender.id === extensionId && sender.tab !== undefined && isWebmailUrl(sender.url);
}

/** A page of this extension itself (popup, options), not a content script. */
export function fromExtensionPage(sender: SenderInfo, extensionId: string, extensionOrigin: string): boolean {
  return sender.id === extensionId && typeof sender.url === 'string' && sender.url.startsWith(extensionOrigin);
}

/** Exactly these keys (type included), so nothing unexpected rides along. */
function onlyKeys(v: Record<string, unknown>, allowed: readonly string[]): boolean {
  return Object.keys(v).every((k) => allowed.includes(k));
}

const isTabId = (v: unknown): v is number => typeof v === 'number' && Number.isInteger(v) && v >= 0;

export type Parsed = { ok: true; request: Request } | { ok: false; error: 'invalid-request' | 'unknown-request' | 'forbidden' };

/** Shape check plus who may send what. */
export function parseRequest(message: unknown, sender: SenderInfo, extensionId: string, extensionOrigin: string): Parsed {
  if (!isRecord(message) || typeof message.type !== 'string') return { ok: false, error: 'invalid-request' };
  const fromContent = fromWebmailContentScript(sender, extensionId);
  const fromPage = fromExtensionPage(sender, extensionId, extensionOrigin);
  switch (message.type) {
    case 'ping':
      if (!fromContent && !fromPage) return { ok: false, error: 'forbidden' };
      return onlyKeys(message, ['type']) ? { ok: true, request: { type: 'ping' } } : { ok: false, error: 'invalid-request' };
    case 'analyze': {
      if (!fromContent) return { ok: false, error: 'forbidden' };
      const { facts, account } = message;
      if (!onlyKeys(message, ['type', 'facts', 'account']) || !isMessageFacts(facts)) return { ok: false, error: 'invalid-request' };
      if (account !== undefined && !(isString(account, 320) && /^[^\s@<>]+@[^\s@<>]+$/.test(account))) return { ok: false, error: 'invalid-request' };
      return { ok: true, request: account === undefined ? { type: 'analyze', facts } : { type: 'analyze', facts, account } };
    }
    case 'openMessages':
      if (!fromContent) return { ok: false, error: 'forbidden' };
      if (!onlyKeys(message, ['type', 'keys']) || !isList(message.keys, 100) || !message.keys.every((k) => isString(k, 500))) return { ok: false, error: 'invalid-request' };
      return { ok: true, request: { type: 'openMessages', keys: message.keys } };
    case 'markupDrift': {
      // Field names from a fixed list, each once: nothing else can ride along into storage.
      if (!fromContent) return { ok: false, error: 'forbidden' };
      const { fields } = message;
      const known = (f: unknown): f is DriftField => DRIFT_FIELDS.includes(f as DriftField);
      if (!onlyKeys(message, ['type', 'fields']) || !isList(fields, DRIFT_FIELDS.length) || fields.length === 0 || !fields.every(known) || new Set(fields).size !== fields.length) {
        return { ok: false, error: 'invalid-request' };
      }
      return { ok: true, request: { type: 'markupDrift', fields } };
    }
    case 'getTabState':
      if (!fromPage) return { ok: false, error: 'forbidden' };
      if (!onlyKeys(message, ['type', 'tabId']) || !isTabId(message.tabId)) return { ok: false, error: 'invalid-request' };
      return { ok: true, request: { type: 'getTabState', tabId: message.tabId } };
    case 'report':
    case 'markSafe':
      if (!fromPage) return { ok: false, error: 'forbidden' };
      if (!onlyKeys(message, ['type', 'tabId', 'key']) || !isTabId(message.tabId) || !isString(message.key, 500)) return { ok: false, error: 'invalid-request' };
      return { ok: true, request: { type: message.type, tabId: message.tabId, key: message.key } };
    case 'getSettings':
      if (!fromPage) return { ok: false, error: 'forbidden' };
      return onlyKeys(message, ['type']) ? { ok: true, request: { type: 'getSettings' } } : { ok: false, error: 'invalid-request' };
    case 'setUserOptions':
      // The options themselves are checked by the settings handler (policy/user-options.ts).
      if (!fromPage) return { ok: false, error: 'forbidden' };
      return onlyKeys(message, ['type', 'options']) ? { ok: true, request: { type: 'setUserOptions', options: message.options } } : { ok: false, error: 'invalid-request' };
    default:
      return { ok: false, error: 'unknown-request' };
  }
}
