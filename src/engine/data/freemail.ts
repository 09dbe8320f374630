// Free webmail and consumer ISP mailbox domains: an address here belongs to an individual,
// not to the company or office the display name may claim (A5: "HR Department" from
// @gmail.com; also used to judge where a Reply-To points). A free-mail sender alone is never
// suspicious: patients, referring physicians and many small offices use these.
//
// Where the entries come from: curated by hand from the providers' own sign-up pages, with
// SpamAssassin's rules/20_freemail_domains.cf (Apache-2.0) as a seed. Its wildcards
// (hotmail.*, yahoo.*, gmx.*) are expanded here to the country domains people actually have.
// Registrable domains, matched together with their subdomains (nc.rr.com is rr.com).
//
// Why odd entries are here:
// - Consumer ISP mailboxes (comcast.net, att.net, verizon.net, cox.net, btinternet.com,
//   t-online.de, orange.fr, bigpond.com) behave like free mail: anyone who buys the service
//   gets one. Some are also in the brand table (comcast.net is Comcast's own), which is fine:
//   "Xfinity" from comcast.net is not a brand mismatch, but "Billing Dept" from it is a
//   free-mail role claim.
// - onmicrosoft.com: every Microsoft 365 tenant gets <name>.onmicrosoft.com for free, and
//   SpamAssassin lists it as free mail; a real business normally sends from its own domain.
// - A few disposable-address services (mailinator.com, yopmail.com, guerrillamail.com...)
//   are included because a throw-away mailbox claiming an office role is the same signal.
// - laposte.net (La Poste's free mail) and me.com/mac.com (Apple's) are free mail even though
//   the parent brands are in the brand table.

const GOOGLE = ['gmail.com', 'googlemail.com'];

const MICROSOFT = [
  'outlook.com', 'hotmail.com', 'live.com', 'msn.com', 'windowslive.com', 'onmicrosoft.com',
  'outlook.fr', 'outlook.de', 'outlook.es', 'outlook.it', 'outlook.com.br', 'outlook.jp', 'outlook.be', 'outlook.at', 'outlook.ie',
  'outlook.pt', 'outlook.com.ar', 'outlook.cl', 'outlook.co.nz', 'outlook.com.au', 'outlook.dk', 'outlook.sa', 'outlook.in',
  'hotmail.co.uk', 'hotmail.fr', 'hotmail.de', 'hotmail.it', 'hotmail.es', 'hotmail.nl', 'hotmail.be', 'hotmail.se', 'hotmail.no',
  'hotmail.dk', 'hotmail.fi', 'hotmail.gr', 'hotmail.ch', 'hotmail.ca', 'hotmail.com.br', 'hotmail.com.ar', 'hotmail.com.mx',
  'hotmail.com.au', 'hotmail.co.nz', 'hotmail.co.jp', 'hotmail.co.za', 'hotmail.cl', 'hotmail.com.tr',
  'live.co.uk', 'live.fr', 'live.de', 'live.it', 'live.nl', 'live.be', 'live.ca', 'live.com.au', 'live.com.mx', 'live.com.ar',
  'live.cl', 'live.se', 'live.no', 'live.dk', 'live.ie', 'live.at', 'live.jp', 'live.com.pt', 'live.in', 'live.co.za',
];

const YAHOO_AOL = [
  'yahoo.com', 'yahoo.co.uk', 'yahoo.fr', 'yahoo.de', 'yahoo.it', 'yahoo.es', 'yahoo.ca', 'yahoo.com.au', 'yahoo.co.in', 'yahoo.in',
  'yahoo.co.jp', 'yahoo.com.br', 'yahoo.com.mx', 'yahoo.com.ar', 'yahoo.com.sg', 'yahoo.com.ph', 'yahoo.co.id', 'yahoo.com.hk',
  'yahoo.com.tw', 'yahoo.co.nz', 'yahoo.ie', 'yahoo.gr', 'yahoo.se', 'yahoo.dk', 'yahoo.no', 'yahoo.pl', 'yahoo.ro', 'yahoo.com.vn',
  'yahoo.co.th', 'yahoo.co.za', 'yahoo.com.tr', 'yahoo.com.co', 'yahoo.com.pe', 'yahoo.cl', 'yahoo.com.my', 'yahoo.at', 'yahoo.be',
  'yahoo.nl', 'yahoo.ch', 'ymail.com', 'rocketmail.com', 'yahoomail.com',
  'aol.com', 'aol.co.uk', 'aol.fr', 'aol.de', 'aim.com',
];

const APPLE_PRIVACY_AND_INDEPENDENT = [
  'icloud.com', 'me.com', 'mac.com', 'proton.me', 'protonmail.com', 'protonmail.ch', 'pm.me', 'tutanota.com', 'tutanota.de',
  'tutamail.com', 'tuta.io', 'tuta.com', 'fastmail.com', 'fastmail.fm', 'hushmail.com', 'hush.com', 'mailfence.com', 'posteo.de',
  'posteo.net', 'mailbox.org', 'runbox.com', 'startmail.com', 'disroot.org', 'riseup.net', 'zoho.com', 'zohomail.com', 'zohomail.eu',
  'mail.com', 'email.com', 'usa.com', 'inbox.com', 'gmx.com', 'gmx.net', 'gmx.de', 'gmx.at', 'gmx.ch', 'gmx.us', 'gmx.co.uk', 'gmx.fr',
  'gmx.es', 'lycos.com', 'excite.com', 'netscape.net', 'cs.com', 'compuserve.com', 'juno.com', 'netzero.net', 'netzero.com',
];

// Consumer ISP mailboxes, by country.
const ISP_US_CA = [
  'comcast.net', 'att.net', 'sbcglobal.net', 'bellsouth.net', 'pacbell.net', 'ameritech.net', 'prodigy.net', 'swbell.net',
  'verizon.net', 'cox.net', 'charter.net', 'twc.com', 'rr.com', 'roadrunner.com', 'earthlink.net', 'mindspring.com',
  'optonline.net', 'optimum.net', 'frontier.com', 'frontiernet.net', 'windstream.net', 'centurylink.net', 'q.com', 'embarqmail.com',
  'suddenlink.net', 'mchsi.com', 'cableone.net', 'wowway.com', 'rcn.com',
  'rogers.com', 'shaw.ca', 'sympatico.ca', 'bell.net', 'telus.net', 'videotron.ca',
];
const ISP_EUROPE = [
  'btinternet.com', 'btopenworld.com', 'sky.com', 'talktalk.net', 'virginmedia.com', 'blueyonder.co.uk', 'ntlworld.com',
  'tiscali.co.uk', 'eircom.net',
  'web.de', 't-online.de', 'freenet.de', 'arcor.de', 'mail.de', 'online.de',
  'orange.fr', 'wanadoo.fr', 'free.fr', 'laposte.net', 'sfr.fr', 'neuf.fr', 'club-internet.fr', 'bbox.fr', 'voila.fr',
  'libero.it', 'virgilio.it', 'alice.it', 'tin.it', 'tiscali.it', 'email.it', 'inwind.it', 'iol.it',
  'terra.es', 'telefonica.net', 'ya.com',
  'sapo.pt', 'clix.pt', 'iol.pt', 'netcabo.pt',
  'hetnet.nl', 'home.nl', 'kpnmail.nl', 'planet.nl', 'ziggo.nl', 'zonnet.nl', 'chello.nl', 'xs4all.nl',
  'telenet.be', 'skynet.be', 'scarlet.be',
  'bluewin.ch', 'hispeed.ch', 'sunrise.ch', 'aon.at', 'chello.at', 'a1.net',
  'telia.com', 'spray.se', 'bredband.net', 'online.no', 'frisurf.no', 'jubii.dk', 'mail.dk', 'ofir.dk', 'suomi24.fi', 'luukku.com',
  'seznam.cz', 'email.cz', 'centrum.cz', 'atlas.cz', 'post.cz', 'azet.sk', 'centrum.sk',
  'wp.pl', 'o2.pl', 'onet.pl', 'op.pl', 'interia.pl', 'gazeta.pl', 'tlen.pl',
  'abv.bg', 'mail.bg', 'dir.bg', 'freemail.hu', 'citromail.hu', 'inbox.lv', 'mail.ee', 'hot.ee',
];
const RUSSIA_ASIA_OTHER = [
  'mail.ru', 'inbox.ru', 'list.ru', 'bk.ru', 'internet.ru', 'rambler.ru', 'yandex.ru', 'yandex.com', 'yandex.ua', 'yandex.by',
  'yandex.kz', 'ya.ru', 'ukr.net', 'i.ua', 'meta.ua',
  'qq.com', 'foxmail.com', '163.com', '126.com', 'yeah.net', '188.com', 'sina.com', 'sina.cn', 'sohu.com', '139.com', '189.cn',
  'aliyun.com', 'naver.com', 'hanmail.net', 'daum.net', 'kakao.com', 'nate.com',
  'docomo.ne.jp', 'ezweb.ne.jp', 'softbank.ne.jp', 'nifty.com', 'biglobe.ne.jp',
  'rediffmail.com', 'indiatimes.com',
  'bigpond.com', 'bigpond.net.au', 'optusnet.com.au', 'iinet.net.au', 'tpg.com.au', 'xtra.co.nz',
  'mweb.co.za', 'telkomsa.net', 'webmail.co.za', 'vodamail.co.za',
  'walla.com', 'walla.co.il', 'netvision.net.il', 'bezeqint.net', 'gawab.com',
];
const LATIN_AMERICA = [
  'uol.com.br', 'bol.com.br', 'terra.com.br', 'ig.com.br', 'globo.com', 'globomail.com', 'r7.com', 'zipmail.com.br',
  'prodigy.net.mx', 'terra.com.mx', 'terra.cl', 'terra.com.ar', 'speedy.com.ar', 'fibertel.com.ar', 'adinet.com.uy',
];
const DISPOSABLE = [
  'mailinator.com', 'yopmail.com', 'guerrillamail.com', 'sharklasers.com', 'grr.la', '10minutemail.com', 'temp-mail.org',
  'maildrop.cc', 'dispostable.com', 'trashmail.com', 'getnada.com', 'mailnesia.com',
];

export const FREEMAIL_DOMAINS: ReadonlySet<string> = new Set([
  ...GOOGLE, ...MICROSOFT, ...YAHOO_AOL, ...APPLE_PRIVACY_AND_INDEPENDENT, ...ISP_US_CA, ...ISP_EUROPE, ...RUSSIA_ASIA_OTHER,
  ...LATIN_AMERICA, ...DISPOSABLE,
]);
