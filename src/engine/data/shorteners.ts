// URL shorteners: a short link hides where it goes (B7). Hosts, matched with their subdomains.
//
// Where the entries come from: curated by hand; SpamAssassin rules/25_url_shortener.cf
// (Apache-2.0, "list of likely active services"), Sublime static-files url_shorteners.txt (MIT)
// and rspamd conf/maps.d/redirectors.inc (Apache-2.0) as seeds, keeping services that still
// run and that anyone can use. Dead services from those lists (su.pr, tr.im, cli.gs...) are
// left out because nobody receives them any more.
//
// URL_SHORTENERS is every shortener we know, including the companies' own ones;
// BRAND_SHORTENERS is the subset that only a big company (or its users posting to that
// company's own site) can create, and which newsletters use all the time. The shortener rule
// skips BRAND_SHORTENERS, so aka.ms in a Microsoft mail is not a finding.
//
// Why odd entries are here:
// - t.co and lnkd.in wrap every link posted on X and LinkedIn, so anyone can make one; they
//   are still treated as brand shorteners (as the rule's design asks) because they are in
//   nearly every social notification.
// - maps.app.goo.gl and photos.app.goo.gl are Google Maps/Photos share links (signatures with
//   "directions to our office"), unlike the retired goo.gl shortener that anyone could use.
// - qrco.de, qrs.ly and l.ead.me are QR-code generators' short links: QR codes in phishing
//   ("quishing") mostly point at them.
// - grabify.link, iplogger.org/.com are IP-logging shorteners: a link that records who clicked.
// - app.link (Branch) and page.link (Firebase) are app deep-link shorteners; legitimate apps use
//   them, attackers too. hubs.ly, mailchi.mp and eepurl.com are short links any HubSpot or
//   Mailchimp customer can make.
// Left out: dead services, ones we could not confirm (qr.codes, short.cm, encr.pw, urlr.me),
// wa.me and t.me (chat links, not shorteners), linktr.ee (a page, not a redirect),
// bing.com/ck (encoded), lnks.gd (government bulletin tracker: see trackers.ts).

export const BRAND_SHORTENERS: ReadonlySet<string> = new Set([
  'aka.ms', 'amzn.to', 'amzn.eu', 'amzn.asia', 'a.co', 'youtu.be', 'lnkd.in', 't.co', 'spoti.fi', 'apple.co', 'g.co', 'goo.gle',
  'maps.app.goo.gl', 'photos.app.goo.gl', 'fb.me', 'instagr.am', 'redd.it', 'pin.it', 'flic.kr', 'db.tt', 'adobe.ly', 'etsy.me',
  'ibm.biz', 'ibm.co', 'nyti.ms', 'wapo.st', 'cnn.it', 'bbc.in', 'reut.rs', 'bloom.bg', 'econ.st', 'politi.co', 'n.pr', 'usat.ly',
  'huff.to', 'go.usa.gov', 'wh.gov', 'naver.me',
]);

export const URL_SHORTENERS: ReadonlySet<string> = new Set([
  ...BRAND_SHORTENERS,
  // General-purpose, anyone can create.
  'bit.ly', 'bitly.com', 'bitly.ws', 'bit.do', 'j.mp', 'tinyurl.com', 'tiny.cc', 'tiny.one', 'tiny.pl', 'tinylink.in', 'is.gd',
  'v.gd', 'ow.ly', 'owl.li', 'buff.ly', 'rebrand.ly', 'rb.gy', 'cutt.ly', 'cutt.us', 'shorturl.at', 'shorturl.asia', 't.ly', 's.id',
  'goo.gl', 'x.gd', 'bl.ink', 'soo.gd', 'snip.ly', 'short.gy', 'shorte.st', 'adf.ly', 'ouo.io', 'clck.ru', 'u.to', 'vk.cc', 't.cn',
  'gg.gg', 'surl.li', 'kutt.it', 'dub.sh', 't2m.io', 'zpr.io', 'urlz.fr', 'u.nu', 'qr.net', 'hyperurl.co', 'smarturl.it', 'lnk.to',
  'dlvr.it', 'ift.tt', 'trib.al', 'wp.me', 'shorturl.com', 'urlzs.com', 'cort.as', '0rz.tw', 'b23.ru', 'reurl.cc', 'pse.is',
  'ppt.cc', 'me2.do', 'han.gl', 'abre.ai', 'encurtador.com.br', 'ln.run', 'inx.lv', 'n9.cl', 'xurl.es', 'lru.jp', 'rotf.lol',
  'go2l.ink', '1url.com', '4url.cc', 'chilp.it', 'lnkiy.in',
  // QR-code generators' short links.
  'qrco.de', 'qrs.ly', 'l.ead.me',
  // IP loggers.
  'grabify.link', 'iplogger.org', 'iplogger.com',
  // Deep-link and marketing short links.
  'app.link', 'page.link', 'hubs.ly', 'hubs.la', 'mailchi.mp', 'eepurl.com', 'conta.cc',
]);
