// Top-level domains (the last label of a host) that are mostly used for abuse (B11).
//
// Where the entries come from: NARROW is rspamd's conf/maps.d/suspicious_tlds.inc (Apache-2.0):
// the five endings Freenom gave away for free, which were overwhelmingly abuse and are now
// closed to new registrations. BROAD is curated by hand from Sublime static-files
// suspicious_tlds.txt and frequently_abused_tlds.txt (MIT) and the cheap new gTLDs that
// phishing reports keep naming (.top, .xyz, .icu, .cfd, .sbs...).
//
// NARROW weighs a little on its own. BROAD is a tie-breaker only: plenty of real businesses
// use .online, .shop, .live or .site, so it must never push a message over a threshold alone.
// Deliberately not in BROAD although Sublime lists them: .app, .dev, .io, .me, .us, .co, .cloud,
// .pro (professionals, doctors), .ltd (UK companies), .info (patient-information sites),
// .store, and country codes such as .ru: a country is not a sign of phishing. .zip and .mov
// are here because they look like file names ("invoice.zip" as a link).

export const SUSPICIOUS_TLDS_NARROW: ReadonlySet<string> = new Set(['tk', 'ml', 'ga', 'cf', 'gq']);

export const SUSPICIOUS_TLDS_BROAD: ReadonlySet<string> = new Set([
  // Cheap gTLDs dominating phishing statistics
  'top', 'xyz', 'icu', 'cfd', 'sbs', 'cyou', 'buzz', 'monster', 'quest', 'bond', 'rest', 'click', 'link', 'lol', 'bar', 'cam',
  'best', 'beauty', 'hair', 'makeup', 'skin', 'autos', 'boats', 'homes', 'motorcycles', 'yachts', 'mom',
  // Generic words that imitate a purpose
  'online', 'site', 'website', 'space', 'fun', 'club', 'vip', 'work', 'live', 'life', 'world', 'today', 'shop', 'support', 'help',
  'email', 'tech', 'ink', 'biz', 'digital', 'country',
  // File-name look-alikes
  'zip', 'mov',
  // Long-standing abuse magnets (Spamhaus and Sublime lists)
  'loan', 'win', 'bid', 'date', 'download', 'stream', 'racing', 'review', 'trade', 'party', 'men', 'cricket', 'science', 'accountant',
  'accountants', 'faith', 'gdn', 'kim', 'wang', 'xin', 'ren', 'jetzt', 'pw', 'su',
]);
