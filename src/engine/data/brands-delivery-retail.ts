// Carriers, postal services and retailers (the "missed delivery" and "you've won a gift card"
// lures) for the brand table (see brands.ts for the rules every entry follows and where the
// data comes from). DHL's list starts from the allow-list in Sublime's impersonation_dhl.yml
// (MIT), without its unrelated look-alike negations; UPS's upsemail.com and FedEx's
// fedexfreight.com come from Sublime's UPS and FedEx rules.
//
// Odd entries, explained:
// - "UPS", "Target", "Lowe's", "Kohl's" (surnames Lowe, Kohl), "Starbucks" (one letter from
//   the name Starbuck) and "PostNL" (one letter from "postal": Postal Annex) are commonWord. "United Parcel Service" is compared without its role
//   word, hence the alias "united parcel".
// - CTT (Portugal) comes before Correios (Brazil): CTT's own name is "CTT Correios de Portugal".
// - La Poste: laposte.net is a free mailbox service (shared), laposte.fr is the post office.
//   Chronopost and Colissimo are La Poste's parcel brands.
// - Evri was Hermes UK; myhermes.de is Hermes Germany. Bare "Hermes" is not an alias (the
//   fashion house hermes.com and the Greek god).
// - inmotion.dhl is on DHL's own .dhl top-level domain.
// - AARP lives in brands-health.ts: AARP-branded insurance is mailed by UnitedHealthcare and
//   The Hartford.
// - Target Australia (target.com.au) is an unrelated company and is not listed.
// Left out (not sure enough): dhlending.com, dhltariff.co.uk, lowes.ca, gls-italy.com, deutschepost.com,
// postnl.com.
import type { Brand } from './brands';

const DHL = [
  'dhl.com', 'dhl.de', 'dhl.co.uk', 'dhl.fr', 'dhl.nl', 'dhl.pl', 'dhl-news.com', 'dpdhl.com', 'dhlparcel.nl', 'dhlparcel.co.uk',
  'dhlecommerce.co.uk', 'dhlecommerce.nl', 'dhlexpress.fr', 'dhlecs.com', 'inmotion.dhl', 'deutschepost.de',
];

export const DELIVERY_RETAIL_BRANDS: readonly Brand[] = [
  {
    id: 'usps', name: 'USPS',
    aliases: ['usps', 'us postal service', 'u s postal service', 'united states postal service', 'usps informed delivery', 'informed delivery',
      'postal service'],
    domains: ['usps.com', 'usps.gov', 'uspis.gov'],
  },
  { id: 'ups', name: 'UPS', commonWord: true, aliases: ['ups', 'ups my choice', 'united parcel'], domains: ['ups.com', 'upsemail.com', 'theupsstore.com'] },
  { id: 'fedex', name: 'FedEx', aliases: ['fedex', 'fed ex', 'federal express', 'fedex tracking', 'fedex ground'], domains: ['fedex.com', 'fedexfreight.com'] },
  { id: 'dhl', name: 'DHL', aliases: ['dhl', 'dhl express', 'dhl parcel', 'dhl ecommerce'], domains: DHL },
  { id: 'deutsche-post', name: 'Deutsche Post', aliases: ['deutsche post', 'deutschepost'], domains: ['deutschepost.de', 'dhl.de', 'dpdhl.com'] },
  { id: 'royal-mail', name: 'Royal Mail', aliases: ['royal mail', 'royalmail', 'parcelforce', 'parcel force'], domains: ['royalmail.com', 'royalmailgroup.com', 'parcelforce.com'] },
  {
    id: 'canada-post', name: 'Canada Post',
    aliases: ['canada post', 'postes canada', 'canadapost'],
    domains: ['canadapost.ca', 'postescanada.ca', 'canadapost-postescanada.ca'],
  },
  { id: 'australia-post', name: 'Australia Post', aliases: ['australia post', 'auspost', 'aus post', 'startrack'], domains: ['auspost.com.au', 'startrack.com.au'] },
  { id: 'ctt', name: 'CTT', aliases: ['ctt', 'ctt correios', 'correios de portugal', 'ctt expresso'], domains: ['ctt.pt'] },
  { id: 'correios', name: 'Correios', aliases: ['correios', 'correios brasil', 'correios do brasil'], domains: ['correios.com.br'] },
  { id: 'postnl', name: 'PostNL', commonWord: true, aliases: ['postnl'], domains: ['postnl.nl'] },
  {
    id: 'la-poste', name: 'La Poste',
    aliases: ['la poste', 'laposte', 'colissimo', 'chronopost'],
    domains: ['laposte.fr', 'colissimo.fr', 'chronopost.fr'], sharedDomains: ['laposte.net'],
  },
  { id: 'evri', name: 'Evri', aliases: ['evri', 'myhermes', 'hermes parcelnet', 'hermes parcel'], domains: ['evri.com', 'myhermes.co.uk', 'myhermes.de'] },
  { id: 'gls', name: 'GLS', aliases: ['gls', 'gls parcel', 'general logistics systems'], domains: ['gls-group.eu', 'gls-group.com', 'gls-us.com', 'gls-pakete.de'] },
  { id: 'dpd', name: 'DPD', aliases: ['dpd', 'dpd local', 'dpd parcel'], domains: ['dpd.com', 'dpd.co.uk', 'dpd.de', 'dpd.fr', 'dpdgroup.com', 'dpdlocal.co.uk'] },
  // Retail and membership brands used in prize, gift-card and "order problem" scams.
  // Latin America's largest marketplace and its payment arm, a constant phishing theme in Brazil.
  {
    id: 'mercado-libre', name: 'Mercado Libre',
    aliases: ['mercado libre', 'mercado livre', 'mercadolibre', 'mercadolivre', 'mercado pago', 'mercadopago'],
    domains: ['mercadolibre.com', 'mercadolivre.com.br', 'mercadolibre.com.ar', 'mercadolibre.com.mx', 'mercadopago.com', 'mercadopago.com.br', 'mercadopago.com.ar', 'mercadopago.com.mx'],
  },
  { id: 'walmart', name: 'Walmart', aliases: ['walmart', 'wal-mart', 'walmart plus'], domains: ['walmart.com', 'walmart.ca', 'wal-mart.com'] },
  { id: 'costco', name: 'Costco', aliases: ['costco', 'costco wholesale'], domains: ['costco.com', 'costco.ca', 'costco.co.uk', 'costcotravel.com'] },
  { id: 'target', name: 'Target', commonWord: true, aliases: ['target', 'target circle'], domains: ['target.com'] },
  { id: 'starbucks', name: 'Starbucks', commonWord: true, aliases: ['starbucks'], domains: ['starbucks.com', 'starbucks.ca', 'starbucks.co.uk'] },
  { id: 'home-depot', name: 'The Home Depot', aliases: ['home depot', 'homedepot'], domains: ['homedepot.com', 'homedepot.ca'] },
  { id: 'lowes', name: "Lowe's", commonWord: true, aliases: ["lowe's", 'lowes', "lowe's home improvement", 'lowes home improvement'], domains: ['lowes.com'] },
  { id: 'kohls', name: "Kohl's", commonWord: true, aliases: ["kohl's", 'kohls'], domains: ['kohls.com'] },
];
