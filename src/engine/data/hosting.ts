// Where fake sign-in pages live (B8). Legitimate mail links to all of these every day (a
// practice's own site on Wix, a Jotform intake form, a OneDrive share), so the rule that uses
// them gives small weights that only add up with other signs. Entries are host suffixes:
// "web.app" matches evil.web.app, "docs.google.com" matches only Google Docs, not google.com.
//
// Where the entries come from: curated by hand; Sublime static-files free_subdomain_hosts.txt,
// free_file_hosts.txt and self_service_creation_platform_domains.txt (MIT) as seeds, plus the
// hosts named in rspamd/SpamAssassin rules (HAS_GOOGLE_FIREBASE_URL, URI_FIREBASEAPP,
// HAS_IPFS_GATEWAY_URL; Apache-2.0). Cleaned of Sublime's typo entry and of its dozens of
// dead ".lc/.tn/.gp" free-subdomain services.
//
// Deliberately left out: SaaS where a subdomain is a paying customer's workspace (zendesk.com,
// atlassian.net, salesforce sites), healthcare SaaS that practices use for real (paubox.com,
// intakeq.com: Sublime lists them, we would flag every patient-intake mail), and substack.com
// and medium.com (newsletters).

/** Sites where anyone can get a subdomain or a whole site for free or nearly so. */
export const FREE_SUBDOMAIN_HOSTS: ReadonlySet<string> = new Set([
  // Google / Firebase
  'web.app', 'firebaseapp.com', 'appspot.com', 'translate.goog',
  // Google Cloud Run and Cloud Functions: anyone's code at <random>.run.app / <region>-<project>.cloudfunctions.net
  'run.app', 'cloudfunctions.net',
  // Cloudflare (Workers, Pages, R2 buckets, quick tunnels)
  'workers.dev', 'pages.dev', 'r2.dev', 'trycloudflare.com',
  // Tunnels that put a laptop on the internet
  'ngrok.io', 'ngrok.app', 'ngrok-free.app', 'ngrok-free.dev', 'loca.lt', 'localtunnel.me', 'serveo.net', 'devtunnels.ms',
  // Developer hosting
  'netlify.app', 'netlify.com', 'vercel.app', 'now.sh', 'glitch.me', 'herokuapp.com', 'github.io', 'gitlab.io', 'bitbucket.io',
  'onrender.com', 'repl.co', 'replit.app', 'replit.dev', 'surge.sh', 'fly.dev', 'deno.dev', 'csb.app', 'codesandbox.io',
  'stackblitz.io', 'amplifyapp.com', 'ondigitalocean.app', 'up.railway.app', 'pantheonsite.io', 'wpenginepowered.com',
  'gitbook.io', 'lovable.app', 'base44.app', 'bubbleapps.io', 'softr.app', 'glide.page',
  // Cloud hosting where any customer's server or bucket sits under the provider's name
  'amazonaws.com', 'on.aws', 'cloudfront.net', 'azurewebsites.net', 'azurestaticapps.net', 'azureedge.net', 'azurefd.net',
  'cloudapp.net', 'cloudapp.azure.com', 'web.core.windows.net', 'oraclecloud.com', 'b-cdn.net',
  // Website builders' free sites
  'blogspot.com', 'wordpress.com', 'tumblr.com', 'weebly.com', 'weeblysite.com', 'wixsite.com', 'editorx.io', 'wixstudio.io',
  'webflow.io', 'framer.app', 'framer.website', 'square.site', 'squarespace.com', 'godaddysites.com', 'myshopify.com',
  'jimdosite.com', 'jimdofree.com', 'mystrikingly.com', 'site123.me', 'yolasite.com', 'webnode.page', 'tilda.ws', 'carrd.co',
  'canva.site', 'mailchimpsites.com', 'hs-sites.com', 'hubspotpagebuilder.com', 'myportfolio.com', 'webcindario.com',
  'tiiny.site', 'hostingersite.com', 'mybluehost.me',
  // Free web hosts (000webhost, InfinityFree)
  '000webhostapp.com', 'epizy.com', 'rf.gd', 'wuaze.com', 'great-site.net', '42web.io', 'infinityfreeapp.com',
  // Dynamic DNS: a name for any home server
  'duckdns.org', 'ddns.net', 'no-ip.org', 'hopto.org', 'zapto.org', 'servehttp.com', 'sytes.net', 'dynu.net', 'mooo.com', 'afraid.org',
]);

/** File-share, form, document and page-sharing services (host suffixes). */
export const FILE_SHARE_AND_FORM_HOSTS: ReadonlySet<string> = new Set([
  // Google
  'docs.google.com', 'drive.google.com', 'sites.google.com', 'script.google.com', 'forms.gle', 'lookerstudio.google.com',
  'datastudio.google.com', 'googleusercontent.com', 'storage.googleapis.com', 'firebasestorage.googleapis.com',
  'storage.cloud.google.com',
  // Microsoft
  'sharepoint.com', '1drv.ms', '1drv.com', 'onedrive.live.com', 'forms.office.com', 'forms.cloud.microsoft', 'sway.office.com',
  'sway.cloud.microsoft', 'customervoice.microsoft.com', 'blob.core.windows.net',
  // Amazon and other object storage
  's3.amazonaws.com', 'backblazeb2.com', 'wasabisys.com', 'digitaloceanspaces.com',
  // File transfer and storage
  'dropbox.com', 'dropboxusercontent.com', 'docsend.com', 'box.com', 'boxcloud.com', 'wetransfer.com', 'we.tl', 'sharefile.com',
  'egnyte.com', 'hightail.com', 'mediafire.com', 'mega.nz', '4shared.com', 'sendspace.com', 'gofile.io', 'pixeldrain.com',
  'file.io', 'filemail.com', 'transfernow.net', 'fromsmash.com', 'filetransfer.io', 'terabox.com', 'pcloud.com', 'icedrive.net',
  'sync.com', 'files.fm', 'catbox.moe', '0x0.st', 'transfer.sh', 'temp.sh', 'cdn.discordapp.com', 'media.discordapp.net',
  'raw.githubusercontent.com', 'archive.org',
  // Forms and surveys
  'jotform.com', 'typeform.com', 'formstack.com', 'cognitoforms.com', 'surveymonkey.com', 'wufoo.com', 'formsite.com',
  '123formbuilder.com', 'zohopublic.com', 'paperform.co', 'tally.so', 'hsforms.com', 'airtable.com', 'smartsheet.com',
  // Notes, documents, presentations and page builders
  'notion.site', 'notion.so', 'canva.com', 'evernote.com', 'larksuite.com', 'telegra.ph', 'padlet.com', 'figma.com', 'miro.com',
  'gamma.app', 'coda.io', 'quip.com', 'scribd.com', 'issuu.com', 'flipsnack.com', 'fliphtml5.com', 'anyflip.com', 'publuu.com',
  'joomag.com', 'docdroid.net', 'prezi.com', 'genially.com', 'visme.co', 'doc.clickup.com', 'docs.zoom.us',
  'acrobat.adobe.com', 'documentcloud.adobe.com', 'express.adobe.com', 'indd.adobe.com', 'spark.adobe.com',
  // IPFS gateways (also caught by IPFS_GATEWAY_HINTS with more weight)
  'ipfs.io', 'dweb.link',
]);

/**
 * Substrings of a host that mark an IPFS (or similar "permanent web") gateway. Pages there
 * cannot be taken down, which is why phishing kits use them; legitimate mail to a practice
 * almost never links to one. Path-style gateways (gateway.pinata.cloud/ipfs/<CID>) are caught
 * by the rule's path check as well.
 */
export const IPFS_GATEWAY_HINTS: readonly string[] = [
  'ipfs', 'ipns', 'dweb.link', 'w3s.link', 'nftstorage.link', 'pinata.cloud', '4everland', 'on-fleek.app', 'arweave.net', 'ar-io.dev',
];

/**
 * Business software where each customer gets a subdomain named after itself
 * (royalmail.eu.qualtrics.com, acme.zendesk.com). A brand's name in such a subdomain is normally
 * that brand's own account, not an impostor, so the look-alike check does not count it.
 */
export const SAAS_TENANT_HOSTS: ReadonlySet<string> = new Set([
  'qualtrics.com', 'zendesk.com', 'freshdesk.com', 'salesforce.com', 'force.com', 'my.site.com', 'service-now.com',
  'okta.com', 'oktapreview.com', 'atlassian.net', 'myshopify.com', 'hubspot.com', 'surveymonkey.com', 'smartsheet.com',
  'workday.com', 'myworkday.com', 'taleo.net', 'icims.com', 'greenhouse.io', 'lever.co', 'bamboohr.com', 'kayako.com',
  'helpscoutdocs.com', 'statuspage.io', 'custhelp.com', 'medallia.com', 'alchemer.com', 'typeform.com', 'jotform.com',
]);
