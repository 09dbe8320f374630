// Link wrappers whose destination cannot be read from the link itself (B2). A link through
// one of these is "opaque": the link rules abstain on it instead of comparing the visible text
// with the tracker's own domain, which would flag every newsletter. Entries are registrable
// domains or host suffixes (matched with their subdomains).
//
// Where the entries come from: curated by hand from the click-tracking hosts seen in real
// bulk mail; Sublime static-files bulk_mailer_url_root_domains.txt and
// mass_mailer_tracking_domains.txt (MIT) and rspamd conf/maps.d/redirectors.inc (Apache-2.0)
// as seeds. Only hosts that exist to redirect clicks are listed, not the providers' main sites.
//
// Not listed, on purpose:
// - Wrappers we can decode locally (Outlook Safe Links, Proofpoint urldefense.com v2/v3,
//   Google /url): lib/unwrap.ts reads the real target out of them.
// - Trackers on a customer's own subdomain (SendGrid branded links url1234.example.com,
//   Marketo go.example.com/dc/..., Salesforce click.e.example.com, Mailgun email.example.com):
//   they cannot be listed; link-text-mismatch treats links on the sender's own site as fine.
// - Pages rather than redirects: campaign-archive.com (Mailchimp's hosted copy of a campaign),
//   ck.page (ConvertKit landing pages), substack.com (its /redirect/ path is opaque but the
//   domain also hosts anyone's newsletter), mailchimp.com itself.

/** Email-service-provider click trackers (newsletters, receipts, notifications). */
export const CLICK_TRACKER_DOMAINS: ReadonlySet<string> = new Set([
  // Mailchimp / Mandrill (Intuit)
  'list-manage.com', 'list-manage1.com', 'list-manage2.com', 'mandrillapp.com', 'mcsv.net',
  // Twilio SendGrid (u123.ct.sendgrid.net)
  'sendgrid.net',
  // Klaviyo (trk.klclick.com, ctrk.klclick.com)
  'klclick.com', 'klclick1.com', 'klclick2.com', 'klclick3.com',
  // Mailjet
  'mjt.lu',
  // SparkPost / Bird
  'sparkpostmail.com',
  // HubSpot (marketing and sales-email tracking)
  'hubspotlinks.com', 'hs-sales-engage.com', 'hsblinks.com',
  // Salesforce Marketing Cloud (ExactTarget) and Pardot
  'exacttarget.com', 'exct.net', 'pardot.com',
  // Oracle Responsys
  'responsys.net',
  // Constant Contact
  'rs6.net', 'ccsend.com',
  // Campaign Monitor
  'createsend.com', 'createsend1.com', 'cmail19.com', 'cmail20.com',
  // Amazon SES click tracking
  'awstrack.me',
  // Mailgun sending domain
  'mailgun.org',
  // ConvertKit (Kit)
  'convertkit-mail.com', 'convertkit-mail1.com', 'convertkit-mail2.com', 'convertkit-mail3.com', 'convertkit-mail4.com',
  'convertkit-mail5.com', 'convertkit-mail6.com',
  // MailerLite
  'mlsend.com',
  // Brevo (Sendinblue): sendibm* are in rspamd's list; sendibt2/3 are the tracking hosts in Brevo mail.
  'sendibm1.com', 'sendibm2.com', 'sendibm3.com', 'sendibt2.com', 'sendibt3.com',
  // ActiveCampaign
  'acemlnb.com', 'emlnk9.com',
  // Postmark, Customer.io, MailerSend, SendPulse, Attentive, iContact, AWeber, beehiiv
  'pstmrk.it', 'customeriomail.com', 'mailersend.net', 'sendpul.se', 'attentivemail.com', 'icptrack.com', 'clicks.aweber.com',
  'mail.beehiiv.com',
  // Sales-email trackers (Streak, Yesware)
  'streaklinks.com', 't.yesware.com',
  // GovDelivery (Granicus): how CMS, IRS, SSA and state agencies track bulletin links.
  'lnks.gd', 'links.govdelivery.com',
]);

/**
 * Mail-security products that rewrite links into a token we cannot decode (or whose format we
 * are not sure of): treat the link as opaque rather than as a link to the vendor. Listing a
 * decodable format here only costs a missed check; decoding it wrongly would flag every
 * rewritten link, so uncertain formats stay here.
 */
export const SECURITY_WRAPPER_HOSTS: ReadonlySet<string> = new Set([
  // Mimecast (protect-us.mimecast.com/s/<token>, url.us.m.mimecastprotect.com)
  'mimecast.com', 'mimecastprotect.com', 'mimecast-offshore.com',
  // Barracuda LinkProtect
  'linkprotect.cudasvc.com', 'cudasvc.com',
  // Trend Micro Email Security / IMSVA click-time protection (*-ctp.trendmicro.com/wis/clicktime)
  'trendmicro.com',
  // Sophos Email (*.protection.sophos.com: target base64-encoded)
  'sophos.com',
  // Cisco Secure Email (IronPort) URL rewriting
  'secure-web.cisco.com',
  // Broadcom/Symantec Email Security.cloud ClickTime
  'clicktime.symantec.com',
  // Trellix (FireEye) Email Security
  'protect2.fireeye.com',
  // Check Point Harmony Email (Avanan)
  'avanan.click',
  // Proofpoint's government URL Defense (same v3 format, host not handled by the decoder)
  'urldefense.us',
  // Libraesva, Hornetsecurity, Vade, TitanHQ, Trustwave, Mailinblack, Menlo Security isolation
  'esvalabs.com', 'hornetsecurity.com', 'vadesecure.com', 'titanhq.com', 'trustwave.com', 'mailinblack.com', 'urlisolation.com',
  'scanmailx.com', 'urldefender.com',
]);
