// Unwrap links before judging them: Gmail, Outlook Safe Links, Proofpoint and open redirectors
// put the real destination inside their own URL. When a wrapper hides the destination
// (an ESP click tracker, Mimecast), the result is "opaque" and link rules abstain.
import { OPEN_REDIRECTORS } from '../data/redirectors';
import { CLICK_TRACKER_DOMAINS, SECURITY_WRAPPER_HOSTS } from '../data/trackers';
import { hostInfo, hostIsUnder, inDomainSet, type HostInfo } from './domains';
import { MAX_UNWRAP_DEPTH } from './limits';

export interface Unwrapped {
  /** The innermost URL we could decode (the original when nothing was wrapped). */
  url: URL;
  host: HostInfo | null;
  /** Names of the wrappers removed, outermost first. */
  via: string[];
  /** A wrapper whose destination cannot be read locally sits in front of the link. */
  opaque: boolean;
}

export function parseUrl(raw: string): URL | null {
  try {
    return new URL(raw.trim());
  } catch {
    return null;
  }
}

function safeDecode(s: string): string {
  try {
    return decodeURIComponent(s);
  } catch {
    return s;
  }
}

function asHttpUrl(candidate: string | null | undefined): URL | null {
  if (!candidate) return null;
  let text = candidate.trim();
  if (/^https?%3a/i.test(text)) text = safeDecode(text);
  if (!/^https?:\/\//i.test(text)) {
    if (/^www\.[^\s/]+\.[a-z]{2,}/i.test(text)) text = `http://${text}`;
    else return null;
  }
  const url = parseUrl(text);
  return url && (url.protocol === 'http:' || url.protocol === 'https:') ? url : null;
}

/** Proofpoint URL Defense v2: u=http-3A__www.example.org_path ("-XX" = %XX, "_" = "/"). */
function proofpointV2(value: string): URL | null {
  return asHttpUrl(safeDecode(value.replace(/_/g, '/').replace(/-([0-9A-F]{2})/g, '%$1')));
}

/** Proofpoint v3: https://urldefense.com/v3/__https://target/path__;...!!... */
function proofpointV3(url: URL): URL | null {
  const match = /^\/v3\/__(.+?)__;/.exec(url.pathname + url.search + url.hash);
  // '*' marks characters Proofpoint moved out of the URL; the host before it is still readable.
  return match?.[1] ? asHttpUrl(match[1].split('*')[0]) : null;
}

function unwrapOnce(url: URL, host: HostInfo): { next: URL | null; name: string; opaque: boolean } | null {
  const h = host.host;
  if (hostIsUnder(h, 'safelinks.protection.outlook.com')) {
    return { next: asHttpUrl(url.searchParams.get('url')), name: 'Safe Links', opaque: false };
  }
  if (hostIsUnder(h, 'urldefense.proofpoint.com')) {
    const u = url.searchParams.get('u');
    return { next: u ? proofpointV2(u) : null, name: 'Proofpoint', opaque: false };
  }
  if (hostIsUnder(h, 'urldefense.com')) return { next: proofpointV3(url), name: 'Proofpoint', opaque: false };
  if (/^(www\.)?google\.[a-z.]+$/.test(h) && url.pathname === '/url') {
    return { next: asHttpUrl(url.searchParams.get('q') ?? url.searchParams.get('url')), name: 'Google redirect', opaque: false };
  }
  for (const r of OPEN_REDIRECTORS) {
    if (!hostIsUnder(h, r.hostSuffix)) continue;
    if (r.pathPrefix && !url.pathname.startsWith(r.pathPrefix)) continue;
    if (r.pathEmbedded) {
      const rest = url.pathname.slice(r.pathPrefix?.length ?? 0);
      return { next: asHttpUrl(`https://${rest.replace(/^\/+/, '')}`), name: 'redirect', opaque: false };
    }
    for (const p of r.params) {
      const next = asHttpUrl(url.searchParams.get(p));
      if (next) return { next, name: 'redirect', opaque: false };
    }
    return null;
  }
  if (inDomainSet(host, SECURITY_WRAPPER_HOSTS)) return { next: null, name: 'security scanner', opaque: true };
  if (inDomainSet(host, CLICK_TRACKER_DOMAINS)) return { next: null, name: 'click tracker', opaque: true };
  return null;
}

export function unwrap(url: URL): Unwrapped {
  let current = url;
  let host = hostInfo(url.hostname);
  const via: string[] = [];
  for (let depth = 0; depth < MAX_UNWRAP_DEPTH && host; depth++) {
    const step = unwrapOnce(current, host);
    if (!step) break;
    via.push(step.name);
    if (!step.next) return { url: current, host, via, opaque: true };
    current = step.next;
    host = hostInfo(current.hostname);
  }
  return { url: current, host, via, opaque: false };
}
