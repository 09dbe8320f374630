// Sender history, kept on this device only and only as salted hashes: which addresses have
// written before, and from which sites each display name has written. The engine asks two
// questions (first time from this address? a known name from a new site?), answered here before
// analysis because hashing is asynchronous and the engine is not.
import { addressDomain, hostInfo } from '../engine/lib/domains';
import type { MessageFacts, SenderHistory } from '../engine/types';

export interface HistoryStore {
  /** Random per device; without it the hashes could be matched against a list of addresses. */
  salt: string;
  /** Address hash → hash of the first message seen from it. */
  addresses: Record<string, string>;
  /** Display-name hash → hashes of the sites that name has written from. */
  names: Record<string, string[]>;
}

export type Hash = (text: string) => Promise<string>;

/** Below this many known senders, "first time from this address" would be true of everyone. */
export const MIN_HISTORY = 20;
export const MAX_ADDRESSES = 5_000;
export const MAX_NAMES = 3_000;
export const MAX_SITES_PER_NAME = 8;

export function emptyHistory(salt: string): HistoryStore {
  return { salt, addresses: {}, names: {} };
}

const normalName = (name: string) => name.normalize('NFKC').toLowerCase().replace(/\s+/g, ' ').trim();

function siteOf(address: string): string {
  const domain = addressDomain(address);
  return hostInfo(domain)?.site ?? domain;
}

interface Keys {
  address: string;
  name: string | null;
  site: string;
  message: string;
}

async function keysFor(facts: MessageFacts, hash: Hash): Promise<Keys | null> {
  const address = facts.from.address.trim().toLowerCase();
  if (!address.includes('@')) return null;
  const name = normalName(facts.from.name);
  return {
    address: await hash(`a:${address}`),
    // A one-word name ("Billing") says too little to tie to a sender.
    name: /\s/.test(name) ? await hash(`n:${name}`) : null,
    site: await hash(`s:${siteOf(address)}`),
    message: await hash(`m:${facts.source}:${facts.id ?? ''}:${facts.subject}`),
  };
}

/** The engine's view of the history for this message (the message itself does not count). */
export async function historyFor(store: HistoryStore, facts: MessageFacts, hash: Hash): Promise<SenderHistory | undefined> {
  const keys = await keysFor(facts, hash);
  if (!keys) return undefined;
  const enough = Object.keys(store.addresses).length >= MIN_HISTORY;
  const firstMessage = store.addresses[keys.address];
  const known = firstMessage !== undefined && firstMessage !== keys.message;
  const sites = keys.name ? store.names[keys.name] : undefined;
  const nameElsewhere = sites !== undefined && sites.length > 0 && !sites.includes(keys.site);
  return {
    knowsAddress: () => (enough ? known : undefined),
    nameSeenWithOtherAddress: () => nameElsewhere,
  };
}

/**
 * Remember a sender. Only mail judged safe is remembered: remembering a scam's display name
 * ("Microsoft account team") would make the genuine sender look new later. Returns the same
 * object when nothing is new (a known sender again, the common case), so the caller can skip
 * rewriting the whole store, up to a few hundred kB at the caps, for every message opened.
 */
export async function recordSender(store: HistoryStore, facts: MessageFacts, hash: Hash): Promise<HistoryStore> {
  const keys = await keysFor(facts, hash);
  if (!keys) return store;
  const knownSites = keys.name ? store.names[keys.name] : undefined;
  if (keys.address in store.addresses && (!keys.name || (knownSites?.includes(keys.site) ?? false))) return store;
  const addresses = { ...store.addresses };
  if (!(keys.address in addresses)) {
    if (Object.keys(addresses).length >= MAX_ADDRESSES) delete addresses[Object.keys(addresses)[0]!];
    addresses[keys.address] = keys.message;
  }
  const names = { ...store.names };
  if (keys.name) {
    const sites = names[keys.name] ?? [];
    if (!sites.includes(keys.site)) {
      if (!(keys.name in names) && Object.keys(names).length >= MAX_NAMES) delete names[Object.keys(names)[0]!];
      names[keys.name] = [...sites, keys.site].slice(-MAX_SITES_PER_NAME);
    }
  }
  return { salt: store.salt, addresses, names };
}

/** SHA-256 of salt + text, hex, shortened: enough to tell senders apart, not to reverse. */
export function saltedHash(salt: string): Hash {
  return async (text) => {
    const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(`${salt}\u0000${text}`));
    return Array.from(new Uint8Array(digest).slice(0, 12), (b) => b.toString(16).padStart(2, '0')).join('');
  };
}
