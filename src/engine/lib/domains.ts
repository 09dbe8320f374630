// Host and domain helpers. "Site" = the registrable domain (eTLD+1) from the Public Suffix List,
// which is what decides who controls a host: a.b.example.co.uk and example.co.uk are one site.
import { parse } from 'tldts';

export interface HostInfo {
  /** Lower-case host as the browser would use it (punycode for IDNs). */
  host: string;
  /** Registrable domain counting private suffixes (evil.web.app): who controls the host. */
  site: string;
  /** Registrable domain with ICANN suffixes only (web.app): used for brand comparisons. */
  icannSite: string;
  /** Site label without its suffix: "example" for example.co.uk. */
  label: string;
  suffix: string;
  isIp: boolean;
  /** The site is under a private suffix (anyone can get a subdomain: web.app, github.io...). */
  isPrivateSuffix: boolean;
  /**
   * The host and each parent domain of it that still has a dot (a.mail.example.com,
   * mail.example.com, example.com): what inDomainSet() looks up, made once per host rather than
   * sliced again for every list and every link.
   */
  parents: readonly string[];
}

// Same inputs come up again and again across links and messages; parsing is the hot path.
const cache = new Map<string, HostInfo | null>();
const CACHE_LIMIT = 20_000;

export function hostInfo(rawHost: string): HostInfo | null {
  const key = rawHost.toLowerCase().replace(/\.$/, '');
  const hit = cache.get(key);
  if (hit !== undefined) return hit;
  const info = computeHostInfo(key);
  if (cache.size >= CACHE_LIMIT) cache.clear();
  cache.set(key, info);
  return info;
}

function parentsOf(host: string): string[] {
  const out: string[] = [];
  for (let h = host, dot = h.indexOf('.'); dot >= 0; h = h.slice(dot + 1), dot = h.indexOf('.')) out.push(h);
  return out;
}

function computeHostInfo(host: string): HostInfo | null {
  if (!host || host.length > 253) return null;
  const priv = parse(host, { allowPrivateDomains: true, extractHostname: false });
  if (priv.isIp) {
    return { host, site: host, icannSite: host, label: host, suffix: '', isIp: true, isPrivateSuffix: false, parents: parentsOf(host) };
  }
  const icann = parse(host, { allowPrivateDomains: false, extractHostname: false });
  if (!icann.domain || !icann.isIcann) return null;
  return {
    host,
    // A host that is itself a private suffix (iki.fi, github.io) is run by the suffix's owner.
    site: priv.domain ?? icann.domain,
    icannSite: icann.domain,
    label: icann.domainWithoutSuffix ?? '',
    suffix: icann.publicSuffix ?? '',
    isIp: false,
    isPrivateSuffix: priv.isPrivate === true,
    parents: parentsOf(host),
  };
}

/** Domain part of an email address, lower-case, or '' when there is none. */
export function addressDomain(address: string): string {
  const at = address.lastIndexOf('@');
  if (at < 0) return '';
  return address.slice(at + 1).trim().toLowerCase().replace(/[>\s.]+$/, '');
}

/** Local part of an email address, lower-case. */
export function addressLocal(address: string): string {
  const at = address.lastIndexOf('@');
  return (at < 0 ? address : address.slice(0, at)).trim().toLowerCase();
}

/** True when host equals domain or is a subdomain of it. */
export function hostIsUnder(host: string, domain: string): boolean {
  if (host === domain) return true;
  // host ends with "." + domain, without building that string: this runs for every link
  // against every known redirector.
  const dot = host.length - domain.length - 1;
  return dot >= 0 && host.charCodeAt(dot) === 46 && host.endsWith(domain);
}

/** True when the host (or its site) is listed, either exactly or as a parent domain. */
export function inDomainSet(info: HostInfo, set: ReadonlySet<string>): boolean {
  if (set.has(info.site) || set.has(info.icannSite)) return true;
  for (const h of info.parents) if (set.has(h)) return true;
  return false;
}

/** Whether two hosts belong to the same organisation's site (equal sites, or one is a subdomain). */
export function sameSite(a: HostInfo, b: HostInfo): boolean {
  return a.site === b.site || a.icannSite === b.icannSite;
}
