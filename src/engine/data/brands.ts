// Brands that phishing mail pretends to be, with the names staff would see in a sender's display
// name and the domains each brand really uses. Used by brand-impersonation (A3: "the name says
// DocuSign, the address is not DocuSign's"), link-text-mismatch (B1: a link showing a brand's
// address) and the look-alike check (A6: paypa1.com).
//
// Where the entries come from: curated by hand from the brands' public sites, sending domains
// seen in their real notifications, and the allow-lists in Sublime Security's open rules
// (sublime-security/sublime-rules impersonation_*.yml and static-files
// high_trust_sender_root_domains.txt, MIT) as a seed. Every domain was kept only when we are
// confident the brand itself controls it. The table is split by sector into brands-*.ts files.
//
// Rules for entries (checked by hand; keep them when editing):
// - `domains` are lower-case registrable domains (eTLD+1) that only the brand can send mail
//   from or publish pages on. A brand-run site where ANYONE can get a mailbox or publish a page
//   (outlook.com, gmail.com, *.onmicrosoft.com tenants, *.sharepoint.com, blogspot.com,
//   storage.googleapis.com, paypal.me pages) is NOT in `domains`: "Microsoft Support
//   <x@outlook.com>" is the commonest impersonation there is, and listing outlook.com would
//   make it look genuine. Those go in `sharedDomains` instead, for code that needs to know
//   "this address is the brand's website" (link text, look-alikes) without trusting senders.
// - Platforms where customers pick their own subdomain (onmicrosoft.com tenants, web.app,
//   blogspot.com, amazonaws.com, azurewebsites.net, translate.goog) are in neither list: a host
//   like paypal-support.onmicrosoft.com must stay visible to the look-alike check, which skips
//   hosts under any listed domain. They are in hosting.ts (and onmicrosoft.com in freemail.ts).
//   sharepoint.com is the one exception, kept as shared for typo-squats of it (sharepiont.com).
// - `aliases` are lower-case phrases matched as whole words (after folding look-alike letters)
//   in the display name. An alias that is an everyday word or a common surname ("chase",
//   "target", "box", "apple", "humana" ~ "human", "barclays" ~ "barclay") only appears on a
//   brand with `commonWord: true`, which matches only when the name is the brand plus role words
//   ("Chase Bank", "Apple Support"), so "Chase Miller" stays a person. Aliases of commonWord
//   brands contain no role words (team, support, service, bank, ...: see ROLE_WORDS in
//   lib/brand-claims.ts), because role words are dropped from the name before comparing.
// - The brand's `name` is itself matched as an alias, so it must be as specific as an alias
//   (a non-commonWord brand is named "Norton LifeLock", not "Norton").
// - Some brands appear twice: a commonWord entry for the bare, ambiguous name ("Norton",
//   "Chase") and a normal entry for unambiguous phrases ("Norton 360", "JPMorgan Chase"). Both
//   carry the same domains.
// - No alias may be a word that people put in display names as part of an email address
//   ("jane@gmail.com" as a name contains "gmail"): bare "gmail", "icloud" and "att" are left out
//   or only used on commonWord entries.
// - Order matters: the first brand whose alias matches wins, so co-branded names resolve to the
//   company that actually sends the mail (banks before retailers: "Costco Anywhere Visa by Citi"
//   comes from Citi; CTT before Correios: "CTT Correios de Portugal" is CTT).
import { DELIVERY_RETAIL_BRANDS } from './brands-delivery-retail';
import { FINANCE_BRANDS } from './brands-finance';
import { HEALTH_BRANDS } from './brands-health';
import { TECH_BRANDS } from './brands-tech';

export interface Brand {
  /** Stable identifier, lower-case, unique. */
  id: string;
  /** How staff would say it: "Microsoft", "UnitedHealthcare". */
  name: string;
  /** Lower-case phrases looked for as whole words in a sender's display name. */
  aliases: readonly string[];
  /** Registrable domains only the brand sends mail from and links to. */
  domains: readonly string[];
  /** The bare name is an everyday word or surname: match only name = brand (+ role words). */
  commonWord?: boolean;
  /**
   * Brand-run domains where anyone can also get a mailbox, a site or a share link
   * (outlook.com, gmail.com, onmicrosoft.com, sharepoint.com, paypal.me). They belong to the
   * brand as web addresses, but a sender or a page there is not the brand speaking.
   */
  sharedDomains?: readonly string[];
}

// Health first (the users are healthcare practices; insurers before Medicare so "Humana
// Medicare" is Humana), then finance (card issuers before the retailers on their cards), then
// technology, then delivery and retail.
export const BRANDS: readonly Brand[] = [...HEALTH_BRANDS, ...FINANCE_BRANDS, ...TECH_BRANDS, ...DELIVERY_RETAIL_BRANDS];
