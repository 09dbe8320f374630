// Finds a brand named in a sender's display name (after folding look-alike letters), and says
// whether a domain really belongs to that brand.
import { BRANDS, type Brand } from '../data/brands';
import type { HostInfo } from './domains';
import { withinOneEdit } from './edit-distance';
import { words } from './text';

/** Words that say "an organisation" without naming one; ignored when matching everyday-word brands. */
export const ROLE_WORDS = new Set([
  'team', 'support', 'service', 'services', 'customer', 'customers', 'care', 'security', 'secure', 'account', 'accounts',
  'billing', 'notification', 'notifications', 'notice', 'alert', 'alerts', 'online', 'admin', 'administrator', 'help',
  'helpdesk', 'desk', 'center', 'centre', 'department', 'dept', 'noreply', 'no', 'reply', 'official', 'inc', 'llc',
  'corp', 'corporation', 'ltd', 'the', 'mail', 'email', 'info', 'update', 'updates', 'verification', 'rewards',
  'member', 'members', 'membership', 'card', 'cards', 'bank', 'banking', 'pay', 'payments', 'store', 'shop', 'official',
  'com', 'www', 'us', 'usa', 'uk', 'de', 'fr', 'br', 'nl', 'global', 'group', 'mobile', 'app', 'delivery', 'express',
  'shipping', 'claims', 'benefits', 'portal', 'sign', 'in', 'login', 'id', 'cloud', 'de', 'do', 'da', 'and', 'x',
]);

interface AliasEntry { brand: Brand; alias: string; words: string[]; order: number }

const ALIASES: AliasEntry[] = BRANDS.flatMap((brand) =>
  [brand.name.toLowerCase(), ...brand.aliases].map((alias) => ({ brand, alias, words: words(alias), order: 0 })),
)
  .filter((a) => a.words.length > 0)
  .map((a, order) => ({ ...a, order }));

// Indexes so a name is compared with the few aliases that could match, not all of them:
// by first word (whole-word matches), by first letter (typos and split words of long aliases),
// and by the whole phrase (everyday-word brands, which must be the whole name).
function indexBy<K>(entries: AliasEntry[], key: (e: AliasEntry) => K | null): Map<K, AliasEntry[]> {
  const map = new Map<K, AliasEntry[]>();
  for (const e of entries) {
    const k = key(e);
    if (k === null) continue;
    const list = map.get(k) ?? [];
    list.push(e);
    map.set(k, list);
  }
  return map;
}
const BY_FIRST_WORD = indexBy(ALIASES, (e) => (e.brand.commonWord ? null : e.words[0]!));
const LONG_BY_LETTER = indexBy(ALIASES, (e) => (!e.brand.commonWord && e.words.length === 1 && e.alias.length >= 6 ? e.alias[0]! : null));
const COMMON_BY_PHRASE = indexBy(ALIASES, (e) => (e.brand.commonWord ? e.words.join(' ') : null));

const BRAND_DOMAINS = new Map<Brand, ReadonlySet<string>>(BRANDS.map((b) => [b, new Set(b.domains)]));
/** Also the brand's sites where anyone can get a page or mailbox (outlook.com, sharepoint.com). */
const BRAND_SITES = new Map<Brand, ReadonlySet<string>>(BRANDS.map((b) => [b, new Set([...b.domains, ...(b.sharedDomains ?? [])])]));

/** Two or three consecutive words that together spell the alias exactly. */
function splitInto(nameWords: string[], alias: string): boolean {
  for (let i = 0; i < nameWords.length; i++) {
    let joined = nameWords[i]!;
    for (let j = i + 1; j < Math.min(nameWords.length, i + 3); j++) {
      joined += nameWords[j]!;
      if (joined === alias) return true;
      if (joined.length >= alias.length) break;
    }
  }
  return false;
}

function containsSequence(haystack: string[], needle: string[]): boolean {
  outer: for (let i = 0; i + needle.length <= haystack.length; i++) {
    for (let j = 0; j < needle.length; j++) if (haystack[i + j] !== needle[j]) continue outer;
    return true;
  }
  return false;
}

/** Compact form "pay pal" → "paypal", also used for names written as one word ("AmazonPrime"). */
function nearWord(word: string, alias: string): boolean {
  if (alias.length < 6 || alias.includes(' ')) return false;
  if (word === alias) return true;
  // Brand glued to other words or digits: "metamask_teamsupport", "paypal2024"
  if (word.startsWith(alias) && /^[\d]*$|^(team|support|service|security|official|help|online|app|account)/.test(word.slice(alias.length))) return true;
  return word[0] === alias[0] && withinOneEdit(word, alias);
}

/**
 * Whether a word can be what makes a long one-word alias match (see the checks in findClaim):
 * the alias itself or its start ("pay" of "Pay Pal"), the alias glued to more ("paypal2024"), or
 * one edit from it. A word starting with the alias's letter but none of these cannot, and most
 * names share a first letter with a dozen brands: they are left out before the slower checks.
 */
function mayBeNear(word: string, alias: string): boolean {
  return alias.startsWith(word) || word.startsWith(alias) || Math.abs(word.length - alias.length) <= 1;
}

/**
 * The brand a folded display name claims, or null. Everyday-word brands ("Chase", "Target", "Box")
 * only count when the name is just the brand plus role words, so "Chase Miller" is a person.
 */
const claimCache = new Map<string, Brand | null>();

/**
 * Spellings that hide a brand from a plain word match: letters spaced out ("U P S") and a capital
 * I standing for a small l inside a word ("Trust WaIIet"). Takes the display name as written.
 */
export function undisguise(name: string): string {
  return name
    .replace(/(?<![\p{L}\p{N}])(\p{L})(?: (\p{L}))+(?![\p{L}\p{N}])/gu, (run) => run.replace(/ /g, ''))
    .replace(/(?<=\p{Ll})I|I(?=\p{Ll})/gu, 'l');
}

export function brandClaimedBy(foldedName: string): Brand | null {
  let hit = claimCache.get(foldedName);
  if (hit === undefined) {
    hit = findClaim(foldedName);
    if (claimCache.size > 20_000) claimCache.clear();
    claimCache.set(foldedName, hit);
  }
  return hit;
}

/** The claim found by going through every alias in table order, without the indexes (the tests' reference). */
export function brandClaimedByScan(foldedName: string): Brand | null {
  return findClaim(foldedName, true);
}

function findClaim(foldedName: string, everyAlias = false): Brand | null {
  const nameWords = words(foldedName);
  if (nameWords.length === 0 || nameWords.length > 12) return null;
  const meaningful = nameWords.filter((w) => !ROLE_WORDS.has(w) && !/^\d+$/.test(w));
  const candidates = new Set<AliasEntry>(meaningful.length > 0 ? COMMON_BY_PHRASE.get(meaningful.join(' ')) : []);
  for (const w of nameWords) {
    for (const e of BY_FIRST_WORD.get(w) ?? []) candidates.add(e);
    for (const e of LONG_BY_LETTER.get(w[0]!) ?? []) if (mayBeNear(w, e.alias)) candidates.add(e);
  }
  // The first brand in table order wins, as the table's comments rely on.
  for (const entry of everyAlias ? ALIASES : [...candidates].sort((a, b) => a.order - b.order)) {
    if (entry.brand.commonWord) {
      if (meaningful.length > 0 && meaningful.join(' ') === entry.words.join(' ')) return entry.brand;
      continue;
    }
    if (containsSequence(nameWords, entry.words)) return entry.brand;
    if (entry.words.length === 1 && nameWords.some((w) => nearWord(w, entry.alias))) return entry.brand;
    // "Pay Pal", "Micro Soft": the alias split into whole words (never part of a longer word).
    if (entry.words.length === 1 && entry.alias.length >= 6 && splitInto(nameWords, entry.alias)) return entry.brand;
  }
  return null;
}

function listed(domains: ReadonlySet<string> | undefined, host: HostInfo): boolean {
  if (!domains) return false;
  if (domains.has(host.site) || domains.has(host.icannSite)) return true;
  // The host or any parent of it: mail.google.com is under google.com.
  for (let h = host.host, dot = h.indexOf('.'); dot > 0; h = h.slice(dot + 1), dot = h.indexOf('.')) if (domains.has(h)) return true;
  return false;
}

/** The brand itself sends mail from this host (senders on shared sites like outlook.com are not the brand). */
export function brandOwns(brand: Brand, host: HostInfo): boolean {
  return listed(BRAND_DOMAINS.get(brand), host);
}

/** The host is one of the brand's web sites, shared ones included: for "the link text shows a brand site". */
export function brandSite(brand: Brand, host: HostInfo): boolean {
  return listed(BRAND_SITES.get(brand), host);
}

// Domain → brands listing it, in table order: "which brands own this host?" is then a few map
// lookups instead of a scan of every brand's lists.
const ORDER = new Map<Brand, number>(BRANDS.map((b, i) => [b, i]));
function indexDomains(lists: ReadonlyMap<Brand, ReadonlySet<string>>): Map<string, Brand[]> {
  const index = new Map<string, Brand[]>();
  for (const [brand, domains] of lists) for (const d of domains) index.set(d, [...(index.get(d) ?? []), brand]);
  return index;
}
const OWNERS = indexDomains(BRAND_DOMAINS);
const SITE_OWNERS = indexDomains(BRAND_SITES);

/** Every brand whose list matches the host the way listed() does, in table order. */
function brandsListing(index: ReadonlyMap<string, Brand[]>, host: HostInfo): Brand[] {
  const keys = [host.site, host.icannSite];
  for (let h = host.host, dot = h.indexOf('.'); dot > 0; h = h.slice(dot + 1), dot = h.indexOf('.')) keys.push(h);
  const found = new Set<Brand>();
  for (const key of keys) for (const b of index.get(key) ?? []) found.add(b);
  return found.size < 2 ? [...found] : [...found].sort((a, b) => ORDER.get(a)! - ORDER.get(b)!);
}

/** The first brand (in table order) that sends mail from this host itself. */
export function brandOwning(host: HostInfo): Brand | null {
  return brandsListing(OWNERS, host)[0] ?? null;
}

/** Every brand (in table order) for which the host is one of its web sites, shared ones included. */
export function brandsWithSite(host: HostInfo): readonly Brand[] {
  return brandsListing(SITE_OWNERS, host);
}
