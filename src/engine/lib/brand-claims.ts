// Finds a brand named in a sender's display name (after folding look-alike letters), and says
// whether a domain really belongs to that brand.
import { BRANDS, type Brand } from '../data/brands';
import { hostIsUnder, type HostInfo } from './domains';
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

interface AliasEntry { brand: Brand; alias: string; words: string[] }

const ALIASES: AliasEntry[] = BRANDS.flatMap((brand) =>
  [brand.name.toLowerCase(), ...brand.aliases].map((alias) => ({ brand, alias, words: words(alias) })),
).filter((a) => a.words.length > 0);

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

function findClaim(foldedName: string): Brand | null {
  const nameWords = words(foldedName);
  if (nameWords.length === 0 || nameWords.length > 12) return null;
  const meaningful = nameWords.filter((w) => !ROLE_WORDS.has(w) && !/^\d+$/.test(w));
  for (const entry of ALIASES) {
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
  for (const d of domains) if (hostIsUnder(host.host, d)) return true;
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

export function brandById(id: string): Brand | undefined {
  return BRANDS.find((b) => b.id === id);
}
