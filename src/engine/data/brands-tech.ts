// Technology, file-share, e-signature, telecom, security-software and crypto brands for the
// brand table (see brands.ts for the rules every entry follows and where the data comes from).
//
// Odd entries, explained:
// - Microsoft: outlook.com / hotmail.com / live.com / msn.com are free mailboxes anyone can open
//   and sharepoint.com / 1drv.ms carry any tenant's files, so they sit in sharedDomains.
//   onmicrosoft.com, windows.net, azurewebsites.net, cloudapp.azure.com and dynamics.com are
//   customer-named subdomains: in neither list (see brands.ts and hosting.ts). Microsoft's own
//   notifications come from microsoft.com (accountprotection.microsoft.com,
//   email.teams.microsoft.com), office.com and sharepointonline.com (SharePoint/OneDrive shares).
//   cloud.microsoft is the registrable domain of Microsoft's own .microsoft TLD (outlook.cloud.microsoft).
// - "Outlook" is a common English word ("Market Outlook" newsletters), so it is a separate
//   commonWord entry; "Microsoft Outlook" is caught by the Microsoft entry.
// - Google: gmail.com/googlemail.com are free mail and googlegroups.com, googleusercontent.com,
//   forms.gle, goo.gl carry anyone's content (shared); blogspot.com, appspot.com, web.app,
//   firebaseapp.com and translate.goog give anyone a subdomain (hosting.ts). Bare "gmail" is not an alias
//   because display names are often an address ("jane@gmail.com").
// - Apple: icloud.com/me.com/mac.com are free mail (shared). "Apple" is a common word/place name
//   ("Apple Valley Clinic"), so the entry is commonWord.
// - PayPal/Amazon: synchronybank.com mails the PayPal Credit and Amazon store cards (Sublime
//   allow-lists it for both). paypal-communication.com is PayPal's mail tracking domain.
//   paypal.me pages belong to customers (shared); amazonaws.com hosting is in hosting.ts.
// - DocuSign/Dropbox Sign/Adobe Sign: their domains also carry envelopes sent by any customer,
//   including attackers; the domain is still the brand's, so it is listed.
// - Norton and McAfee are surnames: bare names are commonWord entries, product phrases
//   ("Norton 360", "McAfee Total Protection") are normal entries.
// - "Intuit" is a commonWord entry because the display-name matcher also finds a brand glued
//   inside longer words ("Intuitive Surgical" contains "intuit"); "Vonage" because it is one
//   letter from "voyage".
// - Where two entries share domains, the secondary one (Outlook, YouTube, AWS, Meta, the Norton
//   and McAfee product phrases, QuickBooks) comes first so that code keeping one owner per
//   domain (last wins) names the main brand.
// - AT&T: "at&t" folds to the words "at t"; bare "att" is not an alias (att.net addresses in names).
// - Verizon and Comcast keep verizon.net / comcast.net in domains because "jane@comcast.net"
//   display names would otherwise claim the brand from the brand's own mail domain.
// - Consensus Cloud Solutions (eFax, spun off from j2 Global) owns eFax, MyFax, MetroFax and Sfax
//   (fax-to-email used by clinics).
// Left out (not sure enough): microsoftemail.com, teams.com, docusign.eu, ledgerwallet.com, j2.com,
// srfax.com, withgoogle.com (a public suffix: anyone's Google-built microsite), amazon.com.be
// (its registrable domain is com.be, owned by someone else).
import type { Brand } from './brands';

const MICROSOFT = [
  'microsoft.com', 'microsoftonline.com', 'office.com', 'office365.com', 'office.net', 'microsoft365.com',
  'cloud.microsoft', 'sharepointonline.com', 'onedrive.com', 'onenote.com', 'aka.ms', 'bing.com', 'skype.com',
  'xbox.com', 'windows.com', 'microsoftstore.com', 'microsoftstoreemail.com', 'msauth.net', 'msftauth.net',
];
const MICROSOFT_SHARED = ['outlook.com', 'hotmail.com', 'live.com', 'msn.com', 'sharepoint.com', '1drv.ms', 'sway.com'];
const GOOGLE = [
  'google.com', 'google.co.uk', 'google.ca', 'google.com.au', 'google.de', 'google.fr', 'google.es', 'google.it',
  'google.nl', 'google.be', 'google.ch', 'google.at', 'google.ie', 'google.pt', 'google.pl', 'google.se', 'google.dk',
  'google.no', 'google.fi', 'google.com.br', 'google.com.mx', 'google.com.ar', 'google.co.in', 'google.co.jp',
  'google.co.nz', 'google.co.za', 'g.co', 'gstatic.com', 'googleblog.com', 'android.com', 'chrome.com',
  'youtube.com', 'youtu.be',
];
const GOOGLE_SHARED = ['gmail.com', 'googlemail.com', 'googlegroups.com', 'googleusercontent.com', 'forms.gle', 'goo.gl'];
const APPLE = ['apple.com', 'apple.news', 'itunes.com', 'mzstatic.com'];
const APPLE_SHARED = ['icloud.com', 'me.com', 'mac.com', 'icloud-content.com'];
const AMAZON = [
  'amazon.com', 'amazon.co.uk', 'amazon.de', 'amazon.fr', 'amazon.it', 'amazon.es', 'amazon.ca', 'amazon.com.au',
  'amazon.co.jp', 'amazon.in', 'amazon.com.br', 'amazon.com.mx', 'amazon.nl', 'amazon.se', 'amazon.pl', 'amazon.sg',
  'amazon.ae', 'amazon.sa', 'amazon.com.tr', 'amazon.eg', 'amazon.lu', 'amazon.cn', 'amazon.jobs',
  'amazonses.com', 'amazonpay.com', 'amazonpay.in', 'amazonsellerservices.com', 'amzn.to', 'amzn.com', 'a.co',
  'primevideo.com', 'audible.com', 'media-amazon.com', 'ssl-images-amazon.com', 'images-amazon.com', 'amazontrust.com', 'synchronybank.com',
];
const META = [
  'facebook.com', 'facebookmail.com', 'fb.com', 'fb.me', 'fbcdn.net', 'meta.com', 'metamail.com', 'instagram.com',
  'whatsapp.com', 'whatsapp.net', 'messenger.com', 'threads.net', 'workplace.com', 'fbworkmail.com', 'eventsatfacebook.com',
];
const META_SHARED = ['wa.me', 'm.me'];
const NORTON = ['norton.com', 'nortonlifelock.com', 'lifelock.com', 'gendigital.com'];
const MCAFEE = ['mcafee.com'];
const INTUIT = ['intuit.com', 'intuit.ca', 'intuit.co.uk', 'quickbooks.com', 'quickbooksonline.com', 'turbotax.com', 'tsheets.com'];
const BEST_BUY = ['bestbuy.com', 'bestbuy.ca', 'geeksquad.com'];
const CONSENSUS = ['efax.com', 'efaxcorporate.com', 'consensus.com', 'myfax.com', 'metrofax.com', 'sfax.com'];

export const TECH_BRANDS: readonly Brand[] = [
  { id: 'microsoft-outlook', name: 'Microsoft Outlook', commonWord: true, aliases: ['outlook', 'outlook web'], domains: MICROSOFT, sharedDomains: MICROSOFT_SHARED },
  {
    id: 'microsoft', name: 'Microsoft',
    aliases: ['microsoft', 'microsoft 365', 'office 365', 'office365', 'o365', 'm365', 'microsoft office', 'outlook web app',
      'outlook web access', 'onedrive', 'one drive', 'sharepoint', 'share point', 'microsoft teams', 'ms teams',
      'microsoft account', 'microsoft outlook', 'microsoft defender', 'windows defender', 'windows security',
      'exchange online', 'microsoft exchange', 'azure ad', 'microsoft azure', 'microsoft entra', 'msft'],
    domains: MICROSOFT, sharedDomains: MICROSOFT_SHARED,
  },
  { id: 'youtube', name: 'YouTube', aliases: ['youtube', 'you tube'], domains: GOOGLE, sharedDomains: GOOGLE_SHARED },
  {
    id: 'google', name: 'Google',
    aliases: ['google', 'g suite', 'gsuite', 'google workspace', 'gmail team', 'gmail support', 'gmail security', 'gmail account',
      'gmail admin', 'gmail service', 'gmail storage'],
    domains: GOOGLE, sharedDomains: GOOGLE_SHARED,
  },
  {
    id: 'docusign', name: 'DocuSign',
    aliases: ['docusign', 'docu sign', 'docusign esignature', 'docusign electronic signature'],
    domains: ['docusign.com', 'docusign.net'],
  },
  {
    id: 'adobe', name: 'Adobe',
    aliases: ['adobe', 'adobe sign', 'adobe acrobat', 'acrobat sign', 'adobe document cloud', 'echosign', 'adobe pdf'],
    domains: ['adobe.com', 'adobesign.com', 'echosign.com', 'adobelogin.com', 'adobe.io', 'typekit.net'],
    sharedDomains: ['behance.net', 'adobe.ly'],
  },
  {
    id: 'dropbox', name: 'Dropbox',
    aliases: ['dropbox', 'drop box', 'dropbox sign', 'hellosign', 'hello sign'],
    domains: ['dropbox.com', 'dropboxmail.com', 'dropboxstatic.com', 'db.tt', 'hellosign.com'],
    sharedDomains: ['dropboxusercontent.com'],
  },
  { id: 'box', name: 'Box', commonWord: true, aliases: ['box'], domains: ['box.com', 'box.net', 'boxcdn.net'], sharedDomains: ['boxcloud.com'] },
  { id: 'wetransfer', name: 'WeTransfer', aliases: ['wetransfer', 'we transfer'], domains: ['wetransfer.com', 'we.tl'] },
  { id: 'sharefile', name: 'ShareFile', aliases: ['sharefile', 'share file', 'citrix sharefile'], domains: ['sharefile.com'] },
  {
    id: 'paypal', name: 'PayPal',
    aliases: ['paypal', 'pay pal', 'paypal service', 'paypal inc'],
    domains: ['paypal.com', 'paypal.co.uk', 'paypal.de', 'paypal.fr', 'paypal.it', 'paypal.es', 'paypal.nl', 'paypal.ca',
      'paypal.com.au', 'paypal-communication.com', 'paypal-community.com', 'paypalobjects.com', 'synchronybank.com'],
    sharedDomains: ['paypal.me'],
  },
  { id: 'venmo', name: 'Venmo', aliases: ['venmo'], domains: ['venmo.com'] },
  { id: 'cash-app', name: 'Cash App', aliases: ['cash app', 'cashapp', 'square cash'], domains: ['cash.app', 'squareup.com', 'square.com'] },
  { id: 'aws', name: 'AWS', commonWord: true, aliases: ['aws', 'aws marketplace'], domains: AMAZON },
  {
    id: 'amazon', name: 'Amazon',
    aliases: ['amazon', 'amazon prime', 'prime video', 'amazon pay', 'amazon web services', 'amazon marketplace', 'amazon seller central'],
    domains: AMAZON,
  },
  { id: 'apple', name: 'Apple', commonWord: true, aliases: ['apple', 'icloud', 'apple icloud', 'itunes', 'apple itunes', 'apple music', 'applecare'], domains: APPLE, sharedDomains: APPLE_SHARED },
  { id: 'netflix', name: 'Netflix', aliases: ['netflix'], domains: ['netflix.com', 'nflxext.com', 'nflximg.net'] },
  { id: 'meta', name: 'Meta', commonWord: true, aliases: ['meta', 'meta ads'], domains: META, sharedDomains: META_SHARED },
  {
    id: 'facebook', name: 'Facebook',
    aliases: ['facebook', 'face book', 'instagram', 'whatsapp', 'whats app', 'facebook ads', 'facebook business', 'meta business',
      'meta business suite', 'meta for business', 'meta support', 'meta verified', 'meta policy', 'meta platforms'],
    domains: META, sharedDomains: META_SHARED,
  },
  { id: 'linkedin', name: 'LinkedIn', aliases: ['linkedin', 'linked in'], domains: ['linkedin.com', 'lnkd.in', 'licdn.com'] },
  {
    id: 'zoom', name: 'Zoom', commonWord: true,
    aliases: ['zoom', 'zoom video', 'zoom video communications', 'zoom meetings', 'zoom meeting', 'zoom workplace', 'zoom phone'],
    domains: ['zoom.us', 'zoom.com', 'zoomgov.com'],
  },
  {
    id: 'quickbooks', name: 'QuickBooks',
    aliases: ['quickbooks', 'quick books', 'quickbooks online', 'quickbooks payments', 'turbotax', 'turbo tax', 'intuit quickbooks',
      'intuit turbotax'],
    domains: INTUIT,
  },
  { id: 'intuit', name: 'Intuit', commonWord: true, aliases: ['intuit'], domains: INTUIT },
  {
    id: 'norton-lifelock', name: 'Norton LifeLock',
    aliases: ['nortonlifelock', 'lifelock', 'life lock', 'norton 360', 'norton360', 'norton antivirus plus', 'norton internet security',
      'norton security deluxe', 'norton subscription', 'gen digital'],
    domains: NORTON,
  },
  { id: 'norton', name: 'Norton', commonWord: true, aliases: ['norton', 'norton antivirus'], domains: NORTON },
  {
    id: 'mcafee-products', name: 'McAfee Total Protection',
    aliases: ['mcafee total protection', 'mcafee livesafe', 'mcafee antivirus plus', 'mcafee subscription', 'mcafee renewal',
      'mcafee internet security', 'mcafee plus'],
    domains: MCAFEE,
  },
  { id: 'mcafee', name: 'McAfee', commonWord: true, aliases: ['mcafee', 'mc afee', 'mcafee antivirus'], domains: MCAFEE },
  { id: 'geek-squad', name: 'Geek Squad', aliases: ['geek squad', 'geeksquad', 'geek squad protection'], domains: BEST_BUY },
  { id: 'best-buy', name: 'Best Buy', aliases: ['best buy', 'bestbuy'], domains: BEST_BUY },
  { id: 'steam', name: 'Steam', commonWord: true, aliases: ['steam', 'steam community', 'steam guard', 'steampowered'], domains: ['steampowered.com', 'steamcommunity.com', 'steamstatic.com', 'valvesoftware.com'] },
  { id: 'coinbase', name: 'Coinbase', aliases: ['coinbase', 'coin base', 'coinbase wallet'], domains: ['coinbase.com'] },
  { id: 'ledger', name: 'Ledger', commonWord: true, aliases: ['ledger', 'ledger live', 'ledger wallet', 'ledger nano'], domains: ['ledger.com'] },
  { id: 'binance', name: 'Binance', aliases: ['binance', 'binance us'], domains: ['binance.com', 'binance.us'] },
  { id: 'metamask', name: 'MetaMask', aliases: ['metamask', 'meta mask'], domains: ['metamask.io', 'consensys.io', 'consensys.net'] },
  // More crypto exchanges and wallets, among the most impersonated brands in "wallet suspended"
  // and "claim your tokens" mail. Names that are everyday words (Exodus, Kraken) match only alone.
  { id: 'kraken', name: 'Kraken', commonWord: true, aliases: ['kraken'], domains: ['kraken.com'] },
  { id: 'exodus', name: 'Exodus', commonWord: true, aliases: ['exodus', 'exodus wallet'], domains: ['exodus.com', 'exodus.io'] },
  { id: 'blockchain-com', name: 'Blockchain.com', aliases: ['blockchain com', 'blockchain wallet'], domains: ['blockchain.com'] },
  { id: 'crypto-com', name: 'Crypto.com', aliases: ['crypto com'], domains: ['crypto.com'] },
  { id: 'opensea', name: 'OpenSea', aliases: ['opensea', 'open sea'], domains: ['opensea.io'] },
  { id: 'trezor', name: 'Trezor', aliases: ['trezor', 'trezor suite'], domains: ['trezor.io'] },
  { id: 'kucoin', name: 'KuCoin', aliases: ['kucoin'], domains: ['kucoin.com'] },
  { id: 'bybit', name: 'Bybit', aliases: ['bybit'], domains: ['bybit.com'] },
  { id: 'bitget', name: 'Bitget', aliases: ['bitget', 'bitget wallet'], domains: ['bitget.com'] },
  { id: 'trust-wallet', name: 'Trust Wallet', aliases: ['trust wallet', 'trustwallet'], domains: ['trustwallet.com'] },
  { id: 'ringcentral', name: 'RingCentral', aliases: ['ringcentral', 'ring central'], domains: ['ringcentral.com'] },
  { id: '8x8', name: '8x8', aliases: ['8x8', '8x8 work'], domains: ['8x8.com'] },
  { id: 'vonage', name: 'Vonage', commonWord: true, aliases: ['vonage', 'vonage business'], domains: ['vonage.com', 'vonagebusiness.com', 'nexmo.com'] },
  {
    id: 'efax', name: 'eFax',
    aliases: ['efax', 'e fax', 'efax corporate', 'efax messenger', 'myfax', 'metrofax', 'sfax', 'consensus cloud'],
    domains: CONSENSUS,
  },
  { id: 'att', name: 'AT&T', aliases: ['at&t', 'at&t wireless', 'at&t mobility'], domains: ['att.com', 'att-mail.com'], sharedDomains: ['att.net', 'sbcglobal.net', 'bellsouth.net'] },
  { id: 'verizon', name: 'Verizon', aliases: ['verizon', 'verizon wireless', 'verizon fios'], domains: ['verizon.com', 'verizonwireless.com', 'vzw.com', 'verizon.net'] },
  { id: 't-mobile', name: 'T-Mobile', aliases: ['t-mobile', 'tmobile'], domains: ['t-mobile.com'] },
  { id: 'comcast', name: 'Xfinity', aliases: ['xfinity', 'comcast', 'comcast business', 'xfinity mobile'], domains: ['xfinity.com', 'comcast.com', 'comcast.net'] },
];
