// Banks, card issuers, payment apps, payroll, HR and retirement brands for the brand table (see
// brands.ts for the rules every entry follows and where the data comes from).
//
// Odd entries, explained:
// - "Chase", "Barclays" (~ the surname Barclay), "ING", "Gusto", "Workday" and "Caixa"
//   (Portuguese for "box"/"till") are everyday words or names, so those entries are commonWord;
//   unambiguous phrases ("JPMorgan Chase", "Caixa Econômica Federal") get a second, normal entry.
// - Lloyds: lloyds.com is Lloyd's of London, a different company; only Lloyds Bank domains are
//   listed. The bare word "Lloyds" is not an alias (one letter from the name "Lloyd").
// - Fidelity: "Fidelity Bank", "Fidelity National Title" are other companies, so only
//   "Fidelity Investments"/"NetBenefits" phrases are aliases. 401k.com and netbenefits.com are
//   Fidelity's workplace-retirement sites.
// - Empower is an everyday word; only "Empower Retirement" phrases are aliases.
// - Accented names (Itaú, Econômica) are folded before matching, so their aliases are written
//   without accents.
// - Sparkasse: each of the ~350 German savings banks has its own domain (sparkasse-<town>.de,
//   ksk-<county>.de); only the umbrella domains are listed, so a regional Sparkasse needs to be
//   added to the practice's trusted domains if it writes to them.
// - Truist kept suntrust.com and bbt.com, the domains of the two banks it merged from. It is
//   commonWord because "truist" is one letter from "trust" (Land Trust, Health Trust).
// - The display-name matcher also finds single-word aliases glued inside other words, so
//   "usbank" (Focus Bank, Campus Bank) and "netbenefits" (a broker called Net Benefits) are
//   not aliases; the two-word forms are.
// - Where two entries share domains the phrase entry comes first, so code that keeps one owner
//   per domain (last wins) names the plain brand ("Chase", "Barclays", "Caixa").
// - Bradesco runs its main site on its own top-level domain (banco.bradesco).
// - ADP: adpsurveys.com is on Sublime's ADP allow-list; UKG keeps ultipro.com and mykronos.com
//   (the UltiPro and Kronos cloud products people still log in to).
// Left out (not sure enough): wellsfargoemail.com, accountonline.com, nebraskablue.com,
// bancodobrasil.com.br, itau-unibanco.com.br, itau.com, paychexflex.com, fidelityinvestments.com.
import type { Brand } from './brands';

const CHASE = ['chase.com', 'jpmorganchase.com', 'jpmorgan.com', 'jpmchase.com'];
const BARCLAYS = ['barclays.com', 'barclays.co.uk', 'barclaycard.co.uk', 'barclaycardus.com', 'barclaysus.com'];
const CAIXA = ['caixa.gov.br'];
const ING = ['ing.com', 'ing.nl', 'ing.de', 'ing.be', 'ing.es', 'ing.pl', 'ing.com.au'];
const UKG = ['ukg.com', 'ultipro.com', 'kronos.com', 'mykronos.com'];
const WORKDAY = ['workday.com', 'myworkday.com'];

export const FINANCE_BRANDS: readonly Brand[] = [
  {
    id: 'jpmorgan-chase', name: 'JPMorgan Chase',
    aliases: ['jpmorgan', 'jp morgan', 'jpmorgan chase', 'jp morgan chase', 'chase bank', 'chase fraud', 'chase sapphire',
      'chase freedom', 'chase card services', 'chase online banking', 'chase alerts', 'chase secure'],
    domains: CHASE,
  },
  { id: 'chase', name: 'Chase', commonWord: true, aliases: ['chase'], domains: CHASE },
  {
    id: 'bank-of-america', name: 'Bank of America',
    aliases: ['bank of america', 'bankofamerica', 'bofa', 'merrill lynch', 'merrill edge'],
    domains: ['bankofamerica.com', 'bofa.com', 'ml.com', 'merrilledge.com'],
  },
  { id: 'wells-fargo', name: 'Wells Fargo', aliases: ['wells fargo', 'wellsfargo', 'wells fargo bank'], domains: ['wellsfargo.com', 'wf.com', 'wellsfargoadvisors.com'] },
  {
    id: 'citi', name: 'Citi',
    aliases: ['citi', 'citibank', 'citi bank', 'citigroup', 'citi cards', 'citicards'],
    domains: ['citi.com', 'citibank.com', 'citigroup.com', 'citibankonline.com', 'citicards.com'],
  },
  // Synchrony issues co-branded store cards ("Synchrony for your PayPal ... Mastercard"): listed
  // before the retailers so the name resolves to the bank that really sends the mail.
  { id: 'synchrony', name: 'Synchrony', aliases: ['synchrony', 'synchrony bank'], domains: ['synchrony.com', 'synchronybank.com', 'mysynchrony.com'] },
  { id: 'capital-one', name: 'Capital One', aliases: ['capital one', 'capitalone', 'capital one bank'], domains: ['capitalone.com', 'capitaloneshopping.com'] },
  { id: 'us-bank', name: 'U.S. Bank', aliases: ['us bank', 'u s bank'], domains: ['usbank.com'] },
  { id: 'pnc', name: 'PNC', aliases: ['pnc', 'pnc bank'], domains: ['pnc.com'] },
  { id: 'td-bank', name: 'TD Bank', aliases: ['td bank', 'tdbank', 'td canada trust'], domains: ['td.com', 'tdbank.com', 'tdcanadatrust.com'] },
  {
    id: 'american-express', name: 'American Express',
    aliases: ['american express', 'americanexpress', 'amex'],
    domains: ['americanexpress.com', 'aexp.com', 'aexp-static.com'],
  },
  { id: 'truist', name: 'Truist', commonWord: true, aliases: ['truist', 'suntrust', 'bb&t'], domains: ['truist.com', 'suntrust.com', 'bbt.com'] },
  { id: 'zelle', name: 'Zelle', aliases: ['zelle', 'zelle pay', 'zellepay'], domains: ['zellepay.com'] },
  { id: 'bradesco', name: 'Bradesco', aliases: ['bradesco', 'banco bradesco'], domains: ['bradesco.com.br', 'banco.bradesco'] },
  { id: 'itau', name: 'Itaú', aliases: ['itau', 'itau unibanco', 'banco itau', 'itaucard'], domains: ['itau.com.br'] },
  {
    id: 'santander', name: 'Santander',
    aliases: ['santander', 'banco santander', 'santander bank'],
    domains: ['santander.com', 'santander.com.br', 'santander.co.uk', 'santanderbank.com', 'bancosantander.es', 'santander.pt',
      'santander.de', 'santander.com.mx'],
  },
  { id: 'caixa-federal', name: 'Caixa Econômica Federal', aliases: ['caixa economica', 'caixa economica federal', 'caixa federal'], domains: CAIXA },
  { id: 'caixa', name: 'Caixa', commonWord: true, aliases: ['caixa'], domains: CAIXA },
  { id: 'banco-do-brasil', name: 'Banco do Brasil', aliases: ['banco do brasil'], domains: ['bb.com.br'] },
  { id: 'ing', name: 'ING', commonWord: true, aliases: ['ing', 'ing direct', 'ing diba'], domains: ING },
  { id: 'rabobank', name: 'Rabobank', aliases: ['rabobank', 'rabo bank'], domains: ['rabobank.nl', 'rabobank.com'] },
  { id: 'abn-amro', name: 'ABN AMRO', aliases: ['abn amro', 'abnamro'], domains: ['abnamro.nl', 'abnamro.com'] },
  { id: 'sparkasse', name: 'Sparkasse', aliases: ['sparkasse', 'sparkassen'], domains: ['sparkasse.de', 'sparkasse.at'] },
  { id: 'deutsche-bank', name: 'Deutsche Bank', aliases: ['deutsche bank', 'deutschebank'], domains: ['deutsche-bank.de', 'db.com'] },
  { id: 'commerzbank', name: 'Commerzbank', aliases: ['commerzbank', 'commerz bank'], domains: ['commerzbank.de', 'commerzbank.com'] },
  { id: 'hsbc', name: 'HSBC', aliases: ['hsbc', 'hsbc bank', 'hsbcnet'], domains: ['hsbc.com', 'hsbc.co.uk', 'hsbc.com.hk', 'hsbcnet.com'] },
  { id: 'barclays-phrases', name: 'Barclays Bank', aliases: ['barclays bank', 'barclays fraud', 'barclaycard us', 'barclays us'], domains: BARCLAYS },
  { id: 'barclays', name: 'Barclays', commonWord: true, aliases: ['barclays', 'barclaycard'], domains: BARCLAYS },
  {
    id: 'lloyds', name: 'Lloyds Bank',
    aliases: ['lloyds bank', 'lloydsbank', 'lloyds banking group', 'lloyds tsb'],
    domains: ['lloydsbank.com', 'lloydsbank.co.uk', 'lloydsbankinggroup.com'],
  },
  { id: 'natwest', name: 'NatWest', aliases: ['natwest', 'nat west', 'natwest bank', 'royal bank of scotland'], domains: ['natwest.com', 'natwestgroup.com', 'rbs.co.uk'] },
  // Payroll, HR and retirement: payroll-diversion and "W-2 ready" lures.
  { id: 'adp', name: 'ADP', aliases: ['adp', 'adp payroll', 'adp workforce now', 'adp run', 'adp totalsource'], domains: ['adp.com', 'adpsurveys.com'] },
  { id: 'paychex', name: 'Paychex', aliases: ['paychex', 'paychex flex'], domains: ['paychex.com'] },
  { id: 'gusto', name: 'Gusto', commonWord: true, aliases: ['gusto', 'gusto payroll'], domains: ['gusto.com'] },
  { id: 'ukg', name: 'UKG', aliases: ['ukg', 'ukg pro', 'ukg ready', 'ultipro', 'ulti pro', 'ultimate kronos', 'kronos workforce'], domains: UKG },
  { id: 'workday', name: 'Workday', commonWord: true, aliases: ['workday', 'myworkday'], domains: WORKDAY },
  { id: 'paylocity', name: 'Paylocity', aliases: ['paylocity'], domains: ['paylocity.com'] },
  {
    id: 'fidelity', name: 'Fidelity Investments',
    aliases: ['fidelity investments', 'fidelity netbenefits', 'fidelity net benefits', 'fidelity workplace'],
    domains: ['fidelity.com', 'netbenefits.com', '401k.com'],
  },
  { id: 'empower', name: 'Empower Retirement', aliases: ['empower retirement', 'empower personal wealth', 'empower financial'], domains: ['empower.com', 'empower-retirement.com'] },
];
