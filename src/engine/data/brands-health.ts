// Healthcare brands (insurers, EHR and practice-management vendors, clearinghouses, labs,
// suppliers) and the US agencies a practice hears from, for the brand table (see brands.ts for
// the rules every entry follows and where the data comes from). The UnitedHealthcare domains
// include the allow-list of Sublime's impersonation_uhc.yml (MIT): unitedhealthcareupdate.com,
// yourhealth-wellnessteam.com and uhc-customer.com are UHC mailing domains, odd as they look.
//
// Odd entries, explained:
// - Epic/MyChart: MyChart and EpicCare Link are usually hosted by each health system on its own
//   domain (mychart.<system>.org) and mail comes from that system, so "mychart" and "epiccare"
//   are deliberately NOT aliases: a real MyChart message from a hospital would be flagged. Only
//   Epic's own domains are listed, and bare "Epic" is a commonWord entry.
// - Blue Cross Blue Shield is 33 independent companies with their own domains; the big and the
//   well-known ones are listed (anthem.com too: Anthem is a BCBS licensee in 14 states).
// - commonWord because of everyday words or look-alike words (the display-name matcher accepts
//   one wrong letter and brands glued inside longer words): "Anthem" (Anthem Church), "Humana"
//   (Human Resources), "Medicare" (Medicare Advisors of Ohio, a broker), "Elevance" (Elegance
//   Dental Spa), "Cerner" (Corner Clinic), "Medline" (MedLink). BCBS plans "Highmark",
//   "CareFirst" and "Regence" only count with "Blue Cross"/"BCBS" (High Mark Dental, Care First
//   Home Health, Regency Hospital are other businesses).
// - "united health" and "unitedhealth" are not aliases: United Health Services and United
//   Health Centers are unrelated health systems.
// - Entries sharing domains are ordered so that code keeping one owner per domain (last wins)
//   names the main brand: AARP before UnitedHealthcare, Change Healthcare before Optum, Express
//   Scripts before Cigna, BCBS and Elevance before Anthem, Cerner before Oracle Health.
// - Government senders: agencies mail bulletins through GovDelivery (govdelivery.com, run by
//   Granicus for government customers only), so it is listed for CMS, HHS, SSA and the IRS.
//   CMS also mails from cms.hhs.gov, so hhs.gov is in the Medicare entry.
// - SSA: role words (security, service) are dropped from names before a commonWord comparison,
//   so "Social Security Administration" is compared as "social administration" and
//   "Social Security" as "social"; the aliases are written that way on purpose. A broad
//   "social security" phrase would flag disability law firms requesting records.
// - HHS: "Office of Inspector General" and "Health and Human Services" are left out (state
//   agencies and other OIGs use them: Texas Health and Human Services, hhs.texas.gov).
// - DEA: "Dea" is a first name, so commonWord; DEA registration scams target prescribers.
// Left out (not sure enough): mychart.org, aetnamedicare.com, centerwell.com, leavesource.com,
// eclinicalweb.com, athenapatient.com. Aliases left out: healthelife (one letter from HealthLife).
import type { Brand } from './brands';

const UHC = [
  'uhc.com', 'unitedhealthcare.com', 'uhcmedicaresolutions.com', 'unitedhealthcareupdate.com', 'yourhealth-wellnessteam.com',
  'uhc-customer.com', 'myuhc.com', 'uhcprovider.com', 'uhccommunityplan.com', 'unitedhealthgroup.com', 'aarpmedicareplans.com',
  'optum.com', 'optumrx.com', 'optummessenger.com',
];
const OPTUM = ['optum.com', 'optumrx.com', 'optumbank.com', 'optummessenger.com', 'unitedhealthgroup.com'];
const CVS = ['cvs.com', 'cvshealth.com', 'caremark.com', 'minuteclinic.com'];
const CIGNA = ['cigna.com', 'mycigna.com', 'evernorth.com', 'express-scripts.com'];
const EXPRESS_SCRIPTS = ['express-scripts.com', 'evernorth.com'];
const ANTHEM = ['anthem.com', 'antheminc.com', 'elevancehealth.com', 'carelon.com', 'empireblue.com'];
const BCBS = [
  'bcbs.com', 'anthem.com', 'empireblue.com', 'bcbsil.com', 'bcbstx.com', 'bcbsok.com', 'bcbsnm.com', 'bcbsmt.com', 'hcsc.com',
  'bcbsm.com', 'bcbsnc.com', 'bluecrossnc.com', 'bcbst.com', 'bcbsks.com', 'bluekc.com', 'bcbsri.com', 'bcbsvt.com', 'bcbsal.org',
  'bcbsla.com', 'bcbsms.com', 'bcbsnd.com', 'bcbssc.com', 'fepblue.org', 'premera.com', 'regence.com', 'excellusbcbs.com',
  'highmark.com', 'highmarkbcbs.com', 'ibx.com', 'horizonblue.com', 'carefirst.com', 'wellmark.com', 'capbluecross.com',
  'blueshieldca.com', 'bluecrossmn.com', 'floridablue.com', 'azblue.com', 'bluecrossma.org', 'arkansasbluecross.com', 'bcidaho.com',
];
const ORACLE_HEALTH = ['oracle.com', 'cerner.com', 'healthelife.com', 'iqhealth.com'];
const GOV_MAIL = 'govdelivery.com';

export const HEALTH_BRANDS: readonly Brand[] = [
  // AARP first: "AARP Medicare Advantage from UnitedHealthcare" is mailed by UHC and must not read
  // as a UHC claim from an AARP domain or the other way round.
  { id: 'aarp', name: 'AARP', aliases: ['aarp', 'aarp rewards', 'aarp membership'], domains: ['aarp.org', 'aarpmedicareplans.com', 'uhc.com', 'thehartford.com'] },
  // Insurers and pharmacy-benefit managers.
  { id: 'change-healthcare', name: 'Change Healthcare', aliases: ['change healthcare', 'changehealthcare'], domains: ['changehealthcare.com', ...OPTUM] },
  {
    id: 'unitedhealthcare', name: 'UnitedHealthcare',
    aliases: ['unitedhealthcare', 'united healthcare', 'united health care', 'unitedhealth group', 'united health group', 'uhc'],
    domains: UHC,
  },
  { id: 'optum', name: 'Optum', aliases: ['optum', 'optumrx', 'optum rx', 'optum bank'], domains: OPTUM },
  { id: 'aetna', name: 'Aetna', aliases: ['aetna', 'aetna better health', 'aetna medicare'], domains: ['aetna.com', 'aetnabetterhealth.com', ...CVS] },
  { id: 'cvs', name: 'CVS Health', aliases: ['cvs', 'cvs pharmacy', 'cvs caremark', 'caremark', 'minuteclinic', 'minute clinic'], domains: CVS },
  { id: 'express-scripts', name: 'Express Scripts', aliases: ['express scripts', 'expressscripts'], domains: EXPRESS_SCRIPTS },
  { id: 'cigna', name: 'Cigna', aliases: ['cigna', 'cigna healthcare', 'evernorth'], domains: CIGNA },
  { id: 'humana', name: 'Humana', commonWord: true, aliases: ['humana', 'humana medicare', 'humana military'], domains: ['humana.com', 'humanamilitary.com'] },
  {
    id: 'bcbs', name: 'Blue Cross Blue Shield',
    aliases: ['blue cross', 'blue shield', 'bluecross', 'blueshield', 'bcbs', 'bcbsa', 'florida blue', 'highmark bcbs', 'highmark blue cross',
      'highmark health', 'carefirst bcbs', 'carefirst blue cross', 'carefirst bluecross', 'premera', 'regence blueshield',
      'regence blue shield', 'regence bluecross', 'regence bcbs', 'wellmark', 'excellus', 'independence blue cross', 'horizon blue cross',
      'horizon bcbs', 'capital blue cross', 'blue kc', 'fep blue', 'fepblue'],
    domains: BCBS,
  },
  { id: 'elevance', name: 'Elevance Health', commonWord: true, aliases: ['elevance', 'elevance health', 'carelon', 'carelon behavioral health'], domains: ANTHEM },
  { id: 'anthem', name: 'Anthem', commonWord: true, aliases: ['anthem', 'anthem blue cross', 'anthem blue cross blue shield', 'anthem bcbs', 'anthem blue'], domains: ANTHEM },
  { id: 'kaiser', name: 'Kaiser Permanente', aliases: ['kaiser permanente', 'kaiserpermanente'], domains: ['kp.org', 'kaiserpermanente.org'] },
  // EHR, practice management, clearinghouses, credentialing, e-prescribing and fax.
  { id: 'epic', name: 'Epic', commonWord: true, aliases: ['epic', 'epic systems'], domains: ['epic.com', 'epicsystems.com', 'mychart.com'] },
  { id: 'cerner', name: 'Cerner', commonWord: true, aliases: ['cerner', 'cerner millennium'], domains: ORACLE_HEALTH },
  { id: 'oracle-health', name: 'Oracle Health', aliases: ['oracle health', 'oracle cerner'], domains: ORACLE_HEALTH },
  { id: 'athenahealth', name: 'athenahealth', aliases: ['athenahealth', 'athena health', 'athenanet', 'athenaone'], domains: ['athenahealth.com'] },
  { id: 'eclinicalworks', name: 'eClinicalWorks', aliases: ['eclinicalworks', 'eclinical works', 'healow'], domains: ['eclinicalworks.com', 'healow.com'] },
  { id: 'nextgen', name: 'NextGen Healthcare', aliases: ['nextgen healthcare', 'nextgen office', 'nextmd'], domains: ['nextgen.com', 'nextmd.com'] },
  { id: 'tebra', name: 'Tebra', aliases: ['tebra', 'kareo', 'patientpop', 'patient pop'], domains: ['tebra.com', 'kareo.com', 'patientpop.com'] },
  { id: 'drchrono', name: 'DrChrono', aliases: ['drchrono', 'dr chrono', 'onpatient'], domains: ['drchrono.com', 'onpatient.com'] },
  { id: 'practice-fusion', name: 'Practice Fusion', aliases: ['practice fusion', 'practicefusion', 'patient fusion'], domains: ['practicefusion.com', 'patientfusion.com'] },
  { id: 'availity', name: 'Availity', aliases: ['availity'], domains: ['availity.com'] },
  { id: 'waystar', name: 'Waystar', aliases: ['waystar'], domains: ['waystar.com'] },
  { id: 'office-ally', name: 'Office Ally', aliases: ['office ally', 'officeally'], domains: ['officeally.com'] },
  { id: 'caqh', name: 'CAQH', aliases: ['caqh', 'caqh proview'], domains: ['caqh.org'] },
  { id: 'covermymeds', name: 'CoverMyMeds', aliases: ['covermymeds', 'cover my meds'], domains: ['covermymeds.com'] },
  { id: 'doximity', name: 'Doximity', aliases: ['doximity'], domains: ['doximity.com'] },
  { id: 'updox', name: 'Updox', aliases: ['updox'], domains: ['updox.com'] },
  // Labs and suppliers.
  { id: 'labcorp', name: 'Labcorp', aliases: ['labcorp', 'lab corp', 'laboratory corporation of america'], domains: ['labcorp.com'] },
  { id: 'quest', name: 'Quest Diagnostics', aliases: ['quest diagnostics', 'questdiagnostics'], domains: ['questdiagnostics.com'] },
  { id: 'mckesson', name: 'McKesson', aliases: ['mckesson', 'mckesson medical surgical'], domains: ['mckesson.com'] },
  { id: 'medline', name: 'Medline', commonWord: true, aliases: ['medline', 'medline industries'], domains: ['medline.com'] },
  { id: 'henry-schein', name: 'Henry Schein', aliases: ['henry schein', 'henryschein'], domains: ['henryschein.com'] },
  // Government.
  {
    id: 'medicare', name: 'Medicare', commonWord: true,
    aliases: ['medicare', 'cms', 'centers for medicare medicaid', 'medicare gov', 'mymedicare', 'nppes'],
    domains: ['medicare.gov', 'cms.gov', 'mymedicare.gov', 'medicaid.gov', 'healthcare.gov', 'hhs.gov', GOV_MAIL],
  },
  { id: 'hhs', name: 'HHS', commonWord: true, aliases: ['hhs', 'hhs ocr', 'ocr', 'office for civil rights', 'hhs office for civil rights', 'hhs oig'], domains: ['hhs.gov', GOV_MAIL] },
  { id: 'ssa', name: 'Social Security Administration', commonWord: true, aliases: ['ssa', 'social', 'social administration', 'my social', 'ssa oig'], domains: ['ssa.gov', 'socialsecurity.gov', GOV_MAIL] },
  { id: 'irs', name: 'IRS', aliases: ['irs', 'internal revenue service', 'eftps'], domains: ['irs.gov', 'eftps.gov', GOV_MAIL] },
  { id: 'dea', name: 'DEA', commonWord: true, aliases: ['dea', 'drug enforcement administration', 'dea diversion', 'diversion control division'], domains: ['dea.gov', 'usdoj.gov', 'justice.gov'] },
];
