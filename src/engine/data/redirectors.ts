// Open redirectors on big, trusted sites whose destination sits in the link itself, so it can
// be decoded locally (B2). Attackers use them so a link "goes to google.com" or "linkedin.com"
// while landing on a phishing page; unwrapping lets the link rules judge the real destination.
//
// Where the entries come from: curated by hand from the redirect formats these sites use in
// their own pages; the choice of sites follows rspamd's HAS_GOOGLE_REDIR rule (Apache-2.0) and
// Sublime's open_redirect_* rules (MIT: linkedin, doubleclick, medium, google amp, youtube...).
// Only formats we are sure of are listed: when an entry's host and path match but none of its
// parameters holds a URL, unwrapping stops and the link is judged as a link to the redirector,
// so a wrong entry would cause false alarms. Unsure formats go to SECURITY_WRAPPER_HOSTS in
// trackers.ts (opaque, abstain) or are left out.
//
// Matching (lib/unwrap.ts): host equals or ends with "." + hostSuffix; pathPrefix, when given,
// must start the path; the first matching entry wins, so specific paths come before broad ones
// for the same host. Google's own /url?q= redirect is handled in lib/unwrap.ts directly.
//
// Left out on purpose: bing.com/ck/a (target is base64 with a prefix), ad.doubleclick.net/ddm
// and track.adform.net (target after ";" in the path), r.search.yahoo.com (/RU=.../RK= path
// segments), disq.us (target carries a ":hash" suffix), t.co and other shorteners (opaque),
// Barracuda/Trend Micro/Symantec wrappers (formats not certain: trackers.ts).

export interface Redirector {
  /** Host or parent domain, lower-case: "l.facebook.com", "google.co.uk". */
  hostSuffix: string;
  /** Path the redirect lives under, e.g. "/l.php". */
  pathPrefix?: string;
  /** Query parameters that hold the destination URL, tried in order. */
  params: readonly string[];
  /** The destination is the rest of the path after pathPrefix (google.com/amp/s/example.com/page). */
  pathEmbedded?: boolean;
}

// Google AMP viewer: https://www.google.<tld>/amp/s/<host>/<path> (rspamd HAS_GOOGLE_REDIR).
const GOOGLE_AMP_HOSTS = [
  'google.com', 'google.co.uk', 'google.ca', 'google.com.au', 'google.de', 'google.fr', 'google.es', 'google.it', 'google.nl',
  'google.com.br', 'google.com.mx', 'google.co.in', 'google.co.jp', 'google.pl', 'google.ru',
];

export const OPEN_REDIRECTORS: readonly Redirector[] = [
  // Google services (the /url redirect itself is decoded in lib/unwrap.ts)
  { hostSuffix: 'translate.google.com', pathPrefix: '/translate', params: ['u'] },
  ...GOOGLE_AMP_HOSTS.map((hostSuffix): Redirector => ({ hostSuffix, pathPrefix: '/amp/s/', params: [], pathEmbedded: true })),
  { hostSuffix: 'youtube.com', pathPrefix: '/redirect', params: ['q'] },
  { hostSuffix: 'googleadservices.com', pathPrefix: '/pagead/aclk', params: ['adurl'] },
  { hostSuffix: 'doubleclick.net', pathPrefix: '/pcs/click', params: ['adurl'] },
  // Meta link shims
  { hostSuffix: 'l.facebook.com', pathPrefix: '/l.php', params: ['u'] },
  { hostSuffix: 'lm.facebook.com', pathPrefix: '/l.php', params: ['u'] },
  { hostSuffix: 'facebook.com', pathPrefix: '/flx/warn', params: ['u'] },
  { hostSuffix: 'l.messenger.com', pathPrefix: '/l.php', params: ['u'] },
  { hostSuffix: 'l.instagram.com', params: ['u'] },
  // Social and messaging
  { hostSuffix: 'linkedin.com', pathPrefix: '/redir/', params: ['url'] },
  { hostSuffix: 'slack-redir.net', pathPrefix: '/link', params: ['url'] },
  { hostSuffix: 't.umblr.com', pathPrefix: '/redirect', params: ['z'] },
  { hostSuffix: 'out.reddit.com', params: ['url'] },
  { hostSuffix: 'medium.com', pathPrefix: '/r/', params: ['url'] },
  { hostSuffix: 'away.vk.com', pathPrefix: '/away.php', params: ['to'] },
  { hostSuffix: 'vk.com', pathPrefix: '/away.php', params: ['to'] },
  { hostSuffix: 'steamcommunity.com', pathPrefix: '/linkfilter', params: ['url', 'u'] },
  // Search engines
  { hostSuffix: 'duckduckgo.com', pathPrefix: '/l/', params: ['uddg'] },
  // Affiliate networks (Rakuten, Skimlinks, Awin)
  { hostSuffix: 'click.linksynergy.com', params: ['murl'] },
  { hostSuffix: 'go.redirectingat.com', params: ['url'] },
  { hostSuffix: 'awin1.com', pathPrefix: '/cread.php', params: ['ued', 'p'] },
];
