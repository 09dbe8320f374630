// Is a domain dressed up as one we protect? Checks, in order of strength: same look after
// mapping look-alike letters (homoglyph), one typo away, the protected name glued to other words
// (combo-squat: paypal-secure-login.com), or the protected domain put in front of another site
// (login.microsoftonline.com.verify-account.xyz).
import { BRANDS } from '../data/brands';
import { SAAS_TENANT_HOSTS } from '../data/hosting';
import type { HostInfo } from './domains';
import { editDistance, withinOneEdit } from './edit-distance';
import { NearIndex } from './near-index';
import { decodeLabel } from './punycode';
import { domainSkeleton } from './text';

export type LookalikeKind = 'homoglyph' | 'typo' | 'cousin' | 'combo' | 'embedded';

export interface Protected {
  /** Registrable domain, e.g. "riversidefamilymed.org". */
  domain: string;
  /** Label without suffix, e.g. "riversidefamilymed". */
  label: string;
  skeleton: string;
  /** 'org' and 'trusted' come from policy; 'brand' from the built-in table. */
  kind: 'org' | 'trusted' | 'brand';
  /** The brand's name is an everyday word (Chase, Target): its one-letter neighbours are words too. */
  everyday?: boolean;
  owner: string;
}

export interface LookalikeMatch {
  target: Protected;
  how: LookalikeKind;
}

// Labels too generic to count as a brand inside another domain ("office-supplies.com").
const GENERIC_LABELS = new Set([
  'office', 'outlook', 'live', 'email', 'mail', 'online', 'secure', 'account', 'cloud', 'apple', 'chase', 'target',
  'box', 'epic', 'square', 'sharepoint', 'windows', 'bing', 'skype', 'azure', 'teams', 'zoom', 'steam', 'costco',
  'amazonaws', 'health', 'medical', 'bank', 'express', 'delivery', 'global', 'united', 'first', 'capital', 'citizens',
  'discover', 'chart', 'portal', 'service', 'google', 'youtube', 'facebook', 'instagram', 'whatsapp',
]);

function labelOf(domain: string): string {
  const dot = domain.indexOf('.');
  return dot < 0 ? domain : domain.slice(0, dot);
}

function makeProtected(domain: string, kind: Protected['kind'], owner: string): Protected {
  const label = labelOf(domain);
  return { domain, label, skeleton: domainSkeleton(label), kind, owner };
}

// One entry per domain: several brand entries share domain lists (UHC and Optum).
const BRAND_PROTECTED: Protected[] = [
  ...new Map(
    BRANDS.flatMap((b) =>
      [...b.domains, ...(b.sharedDomains ?? [])]
        .filter((d) => labelOf(d).length >= 4)
        .map((d) => [d, { ...makeProtected(d, 'brand', b.name), everyday: b.commonWord === true }] as const),
    ),
  ).values(),
];

/** The practice's own and trusted domains, from policy (small, so built per message). */
export function protectedSet(org: Iterable<string>, trusted: Iterable<string>): Protected[] {
  const own = [...org].filter((d) => d.includes('.')).map((d) => makeProtected(d, 'org', d));
  const tr = [...trusted].filter((d) => d.includes('.')).map((d) => makeProtected(d, 'trusted', d));
  return [...own, ...tr];
}

// Index of the brand targets so a host is compared with the few that could match, not all ~700.
const BY_SKELETON = new Map<string, Protected[]>();
const BY_LABEL = new Map<string, Protected[]>();
const BY_LENGTH = new Map<number, Protected[]>();
for (const t of BRAND_PROTECTED) {
  for (const [map, key] of [[BY_SKELETON, t.skeleton], [BY_LABEL, t.label], [BY_LENGTH, t.skeleton.length]] as const) {
    const list = (map as Map<string | number, Protected[]>).get(key) ?? [];
    list.push(t);
    (map as Map<string | number, Protected[]>).set(key, list);
  }
}

/** What every comparison needs to know about the host, worked out once per host. */
interface HostView {
  host: HostInfo;
  /** The site label as the user sees it (punycode decoded). */
  unicodeLabel: string;
  skeleton: string;
  labelTokens: string[];
  /** The part before the registrable domain, for "protected domain put in front" checks. */
  sub: string;
  subTokens: Set<string>;
  saasTenant: boolean;
  endsInDigit: boolean;
}

function viewOf(host: HostInfo): HostView {
  const unicodeLabel = decodeLabel(host.label) ?? host.label;
  const parts = host.host.split('.');
  const sub = parts.length > 2 ? parts.slice(0, -host.site.split('.').length).join('.') : '';
  return {
    host,
    unicodeLabel,
    skeleton: domainSkeleton(unicodeLabel),
    labelTokens: host.label.split('-'),
    sub,
    subTokens: new Set(sub.split(/[.-]/)),
    saasTenant: SAAS_TENANT_HOSTS.has(host.site) || SAAS_TENANT_HOSTS.has(parts.slice(-3).join('.')),
    endsInDigit: /\d$/.test(host.label),
  };
}

/**
 * Every brand target a host is compared with, in the order they are compared: the same skeleton,
 * then skeletons up to two characters longer or shorter, then labels that are words of the host.
 * All brand targets rank alike, so the first strongest match in this order is the answer.
 * findBrandLookalike() gives that answer without going through the whole list; the tests hold
 * the two to agree.
 */
export function brandCandidates(host: HostInfo): Protected[] {
  const out = new Set<Protected>();
  const skeleton = viewOf(host).skeleton;
  for (const t of BY_SKELETON.get(skeleton) ?? []) out.add(t);
  for (let len = skeleton.length - 2; len <= skeleton.length + 2; len++) for (const t of BY_LENGTH.get(len) ?? []) out.add(t);
  for (const token of host.host.split(/[.-]/)) for (const t of BY_LABEL.get(token) ?? []) out.add(t);
  return [...out];
}

/** Look-alike of a brand by going through brandCandidates() one by one (the tests' reference). */
export function findBrandLookalikeByScan(host: HostInfo): LookalikeMatch | null {
  return findLookalike(viewOf(host), brandCandidates(host));
}

// Where a target sits in brandCandidates(): its place in its length bucket, and the offsets that
// keep the three groups in order.
const PLACE_IN_LENGTH = new Map<Protected, number>();
for (const list of BY_LENGTH.values()) list.forEach((t, i) => PLACE_IN_LENGTH.set(t, i));
const GROUP = 100_000;
const LENGTH_GROUPS_AT = 10 * GROUP;
const WORD_GROUPS_AT = 100 * GROUP;

function inLengthGroups(t: Protected, skeleton: string): boolean {
  return Math.abs(t.skeleton.length - skeleton.length) <= 2;
}

function lengthPlace(t: Protected, skeleton: string): number {
  return LENGTH_GROUPS_AT + (t.skeleton.length - (skeleton.length - 2)) * GROUP + PLACE_IN_LENGTH.get(t)!;
}

// Typo candidates: brand targets that could be one edit away (two for names of ten letters or
// more), found by edit-distance index instead of comparing with every target of a similar length.
const typoTargets = (long: boolean) => BRAND_PROTECTED.filter((t) => t.label.length >= 5 && !t.everyday && t.label.length >= 10 === long);
let nearIndexes: { short: NearIndex<Protected>; long: NearIndex<Protected> } | null = null;
function typoCandidates(skeleton: string): Set<Protected> {
  // Built on first use: it costs a few milliseconds the extension should not pay at start-up.
  nearIndexes ??= {
    short: new NearIndex(typoTargets(false).map((t) => [t.skeleton, t] as const), 1),
    long: new NearIndex(typoTargets(true).map((t) => [t.skeleton, t] as const), 2),
  };
  const out = nearIndexes.short.candidates(skeleton);
  for (const t of nearIndexes.long.candidates(skeleton)) out.add(t);
  return out;
}

/** The strongest match so far, and the earliest in brandCandidates() order among equals. */
class BestMatch {
  match: LookalikeMatch | null = null;
  #place = Infinity;

  /** Strength of the match so far; 0 for none. */
  get rank(): number {
    return this.match ? RANK[this.match.how] : 0;
  }

  offer(target: Protected, how: LookalikeKind | null, place: number): void {
    if (how === null) return;
    const m = this.match;
    if (m && (RANK[how] < RANK[m.how] || (RANK[how] === RANK[m.how] && place > this.#place))) return;
    this.match = { target, how };
    this.#place = place;
  }
}

/**
 * The same answer as findBrandLookalikeByScan(), with far fewer comparisons. A target of a similar
 * length that is neither the host's skeleton nor one of its words can only be a typo or an
 * embedded domain (see matchKind): typos come from the edit-distance index, and embedded domains
 * need a dot in the subdomain part, so those targets are only gone through for such hosts.
 */
function findBrandLookalike(view: HostView): LookalikeMatch | null {
  const { host, skeleton } = view;
  if (host.isIp || !host.label) return null;
  const best = new BestMatch();
  // Same skeleton: first in order.
  (BY_SKELETON.get(skeleton) ?? []).forEach((t, i) => {
    if (t.label.length >= 4) best.offer(t, matchKind(view, t), i);
  });
  // Targets whose name is a word of the host: in the length groups' place when they are in one.
  const words = [...new Set(host.host.split(/[.-]/))];
  const isWord = new Set(words);
  words.forEach((word, w) => {
    (BY_LABEL.get(word) ?? []).forEach((t, i) => {
      if (t.skeleton === skeleton || t.label.length < 4) return;
      best.offer(t, matchKind(view, t), inLengthGroups(t, skeleton) ? lengthPlace(t, skeleton) : WORD_GROUPS_AT + w * GROUP + i);
    });
  });
  // The rest of the length groups: typos.
  if (skeleton.length >= 5 && !view.endsInDigit && best.rank < RANK.homoglyph) {
    for (const t of typoCandidates(skeleton)) {
      if (t.skeleton === skeleton || isWord.has(t.label) || !inLengthGroups(t, skeleton)) continue;
      if (isTypo(view, t)) best.offer(t, 'typo', lengthPlace(t, skeleton));
    }
  }
  // ...and embedded domains, when nothing stronger was found. (A target that is also a typo may be
  // offered as embedded here too; it cannot win, as its typo was offered above.)
  if (view.sub.includes('.') && best.rank <= RANK.embedded) {
    for (const t of domainsIn(view.sub)) {
      if (!inLengthGroups(t, skeleton) || t.skeleton === skeleton || isWord.has(t.label) || t.label.length < 5 || GENERIC_LABELS.has(t.label)) continue;
      best.offer(t, 'embedded', lengthPlace(t, skeleton));
    }
  }
  return best.match;
}

const BRAND_DOMAINS = new Set(BRAND_PROTECTED.map((t) => t.domain));
const LONGEST_LABEL = Math.max(...BRAND_PROTECTED.map((t) => t.label.length));
const DOTLESS = BRAND_PROTECTED.filter((t) => !t.domain.includes('.'));

/**
 * Every brand target whose whole domain is written somewhere in the text ("paypal.com" in
 * "login.paypal.com-verify"). A domain's label ends at its first dot, so each dot of the text is
 * tried as that dot with the few labels that can end there, instead of searching the text for
 * each of the targets.
 */
function domainsIn(text: string): Protected[] {
  const out = DOTLESS.filter((t) => text.includes(t.domain));
  for (let dot = text.indexOf('.'); dot >= 0; dot = text.indexOf('.', dot + 1)) {
    for (let from = dot - 1; from >= 0 && dot - from <= LONGEST_LABEL && text[from] !== '.'; from--) {
      for (const t of BY_LABEL.get(text.slice(from, dot)) ?? []) if (text.startsWith(t.domain, from)) out.push(t);
    }
  }
  return out;
}

function isProtectedSite(host: HostInfo, domains: ReadonlySet<string>): boolean {
  return domains.has(host.site) || domains.has(host.icannSite);
}

// Brand answers depend only on the host, and the same hosts recur in every newsletter: cache them.
const brandCache = new Map<string, LookalikeMatch | null>();

/** Look-alike of the practice's or a trusted domain first (they matter most), then of a brand. */
export function findLookalikeAny(host: HostInfo, policyTargets: readonly Protected[]): LookalikeMatch | null {
  if (policyTargets.some((t) => host.site === t.domain || host.icannSite === t.domain)) return null;
  let view: HostView | null = null;
  if (policyTargets.length > 0) {
    view = viewOf(host);
    const own = findLookalike(view, policyTargets);
    if (own) return own;
  }
  let brand = brandCache.get(host.host);
  if (brand === undefined) {
    if (isProtectedSite(host, BRAND_DOMAINS)) brand = null;
    else brand = findBrandLookalike(view ?? viewOf(host));
    if (brandCache.size > 20_000) brandCache.clear();
    brandCache.set(host.host, brand);
  }
  return brand;
}

/** Chromium's rule: the only difference is the first letter (hank/tank) is common and innocent. */
function onlyFirstCharDiffers(a: string, b: string): boolean {
  return a.length === b.length && a[0] !== b[0] && a.slice(1) === b.slice(1);
}

/** One typo away from the target, and not one of the everyday near-misses that are real words. */
function isTypo(view: HostView, t: Protected): boolean {
  const { skeleton } = view;
  const limit = t.label.length >= 10 ? 2 : 1;
  if (t.label.length < 5 || skeleton.length < 5 || Math.abs(skeleton.length - t.skeleton.length) > limit) return false;
  // Neighbours of everyday-word brands are ordinary words; a trailing digit is a numbered series.
  // (Cheap tests first: for policy targets this runs once per target.)
  if (t.everyday || view.endsInDigit) return false;
  const close = limit === 1 ? withinOneEdit(skeleton, t.skeleton) : editDistance(skeleton, t.skeleton, limit) <= limit;
  if (!close || onlyFirstCharDiffers(skeleton, t.skeleton)) return false;
  // Plurals ("ledgers" for "ledger") are ordinary words too.
  return skeleton !== `${t.skeleton}s` && t.skeleton !== `${skeleton}s`;
}

const RANK: Record<LookalikeKind, number> = { homoglyph: 5, typo: 4, embedded: 3, cousin: 2, combo: 1 };

/** The stronger kind wins; at equal strength the practice's own or a trusted domain beats a brand. */
function better(m: LookalikeMatch, best: LookalikeMatch | null): boolean {
  if (!best) return true;
  return RANK[m.how] > RANK[best.how] || (RANK[m.how] === RANK[best.how] && m.target.kind !== 'brand' && best.target.kind === 'brand');
}

/** How the host imitates this one target, if it does. */
function matchKind(view: HostView, t: Protected): LookalikeKind | null {
  const { host } = view;
  if (host.label === t.label) {
    // Same name, other ending: riversidefamilymed.co for riversidefamilymed.org. Brands own
    // many endings (amazon.de), so this only counts for the practice's own and trusted domains.
    return t.kind !== 'brand' ? 'cousin' : null;
  }
  if (view.skeleton === t.skeleton && view.unicodeLabel !== t.label) return 'homoglyph';
  if (isTypo(view, t)) return 'typo';
  const generic = GENERIC_LABELS.has(t.label);
  // Protected name among the hyphenated words of the label: paypal-secure-login.com
  if (!generic && t.label.length >= 5 && view.labelTokens.length > 1 && view.labelTokens.includes(t.label)) return 'combo';
  // For the practice's own name, also glued forms: riversidefamilymedbilling.com
  if (t.kind !== 'brand' && t.label.length >= 6 && host.label.includes(t.label)) return 'combo';
  // Protected domain placed in front of another site: microsoft.com-login.evil.xyz, epic.com.secure.top
  // The whole domain in front (microsoft.com-login.evil.xyz) is an impostor; the bare name as a
  // subdomain (paypal.evil.xyz) too, except on business software that names accounts after
  // their customers (royalmail.eu.qualtrics.com).
  if (!generic && t.label.length >= 5 && view.sub) {
    if (view.sub.includes(t.domain)) return 'embedded';
    if (view.subTokens.has(t.label) && !view.saasTenant) return 'combo';
  }
  return null;
}

function findLookalike(view: HostView, targets: readonly Protected[]): LookalikeMatch | null {
  const { host } = view;
  if (host.isIp || !host.label) return null;
  // A protected site itself (or a subdomain of one) is never its own look-alike.
  if (targets.some((t) => host.site === t.domain || host.icannSite === t.domain)) return null;
  let best: LookalikeMatch | null = null;
  for (const t of targets) {
    if (t.label.length < 4) continue;
    const how = matchKind(view, t);
    if (how === null) continue;
    const m = { target: t, how };
    if (better(m, best)) best = m;
  }
  return best;
}
