// Every sentence the options page shows, in one table, so the i18n work can move them to
// _locales/ without hunting through the components. Plain words for staff in "Your settings";
// the parts meant for IT ("Set by your IT", "Problems with the IT policy", "Webmail reading
// health") may name policy keys, but still say what happened in a sentence. Values that come
// from policy or from the person (domains, names, the IT contact) are never part of this table:
// the components render them as text next to these words.
import type { Sensitivity } from '../engine/types';
import type { Language } from '../policy/user-options';

export type Webmail = 'gmail' | 'outlook';

const plural = (n: number, one: string, many: string) => (n === 1 ? `1 ${one}` : `${n} ${many}`);

/** A time from the background (ISO 8601) in the reader's own way of writing dates. */
export function formatTime(iso: string): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return TEXT.unknownTime;
  try {
    return date.toLocaleString(undefined, { dateStyle: 'medium', timeStyle: 'short' });
  } catch {
    return date.toISOString();
  }
}

/** Plain words for the fields an adapter reports it could not read (unknown ones as they are). */
const FIELD_WORDS: Record<string, string> = {
  from: 'sender',
  'from.address': 'sender address',
  'from.name': 'sender name',
  to: 'recipients',
  cc: 'copied recipients',
  subject: 'subject',
  date: 'date',
  body: 'message text',
  links: 'links',
  attachments: 'attachments',
};

export function fieldWords(field: string): string {
  return Object.hasOwn(FIELD_WORDS, field) ? FIELD_WORDS[field]! : field;
}

export const TEXT = {
  title: 'Second Look settings',

  loading: 'Loading your settings…',
  unavailable: 'Second Look could not load its settings.',
  unavailableAdvice: 'Close this tab and open the settings again. If that does not help, restart the browser.',

  // ---- Your settings
  yourTitle: 'Your settings',
  yourIntro: 'These settings are for you on this browser.',
  lockedBadge: 'Set by your IT',
  lockedValue: (value: string) => `Set by your IT: ${value}`,

  trustedTitle: 'Senders you trust',
  trustedIntro: 'Second Look does not warn about emails from these domains. Add only senders you know, such as your lab or a payer.',
  trustedNone: 'You have not added any.',
  trustedListLabel: 'Your trusted senders',
  trustedLocked: 'only the senders your IT trusts are used',
  trustedLockedNote: 'Your IT does not let people add their own trusted senders on this browser.',
  addLabel: 'Add a sender you trust',
  addHint: 'Type the part of their email address after the @, for example lab.example.com.',
  addButton: 'Add',
  removeButton: 'Remove',
  removeLabel: (domain: string) => `Remove ${domain}`,
  added: (domain: string) => `Added ${domain}. Press “Save settings” to keep it.`,
  removed: (domain: string) => `Removed ${domain}. Press “Save settings” to keep this change.`,
  domainEmpty: 'Type a domain first, for example lab.example.com.',
  domainInvalid: (typed: string) => `“${typed}” is not a domain. Type only the part after the @, for example lab.example.com.`,
  domainDuplicate: (domain: string) => `${domain} is already on your list.`,
  domainListFull: (max: number) => `Your list is full (${max} senders). Remove one before adding another.`,

  sensitivityTitle: 'How careful Second Look should be',
  /** IT did not set it (it would be locked otherwise), so "null" means the built-in default. */
  sensitivityDefault: (value: string) => `Use the default (${value})`,
  sensitivityName: {
    relaxed: 'Relaxed',
    balanced: 'Balanced',
    strict: 'Strict',
  } satisfies Record<Sensitivity, string>,
  sensitivityHint: {
    relaxed: 'Warns only about emails that are very likely scams, so you see fewer warnings.',
    balanced: 'Warns about clear scams and asks you to be careful with emails that look odd; right for most people.',
    strict: 'Warns about anything unusual, so you see more warnings, some of them about safe emails.',
  } satisfies Record<Sensitivity, string>,

  safeTitle: 'Show “No problems found” on safe emails',
  safeDefault: (on: boolean) => `Use the default (${on ? 'shown' : 'not shown'})`,
  safeOn: 'Show it',
  safeOff: 'Do not show it',
  safeShown: 'shown',
  safeHidden: 'not shown',

  languageLabel: 'Language',
  languageName: {
    auto: 'Automatic (the same as your browser)',
    en: 'English',
    es: 'Español',
  } satisfies Record<Language, string>,

  saveButton: 'Save settings',
  saveBusy: 'Saving…',
  saved: 'Your settings are saved.',
  saveFailed: 'Your settings could not be saved. Please try again.',
  unsaved: 'You have changes that are not saved yet.',

  // ---- Reports (permission for the webhook)
  reportsTitle: 'Reports',
  reportsMissing: (host: string) =>
    `Your browser needs your permission before Second Look can send the emails you report to your IT’s system at ${host}. Without it, reports may not arrive.`,
  reportsAllow: (host: string) => `Allow Second Look to send reports to ${host}`,
  reportsAllowBusy: 'Waiting for your browser…',

  // ---- Set by your IT
  itTitle: 'Set by your IT',
  itIntro: 'What your IT has set up for Second Look on this browser. Only your IT can change these.',
  itNoPolicy: 'No IT policy is installed on this browser, so Second Look uses its default settings.',
  itOrganization: 'Your organization’s email domains',
  itTrusted: 'Senders your IT trusts',
  itBlocked: 'Senders your IT blocks',
  itProtected: 'Names Second Look watches for impostors',
  itDisabledRules: 'Checks your IT turned off',
  itSensitivity: 'How careful Second Look is',
  itNotSet: (inUse: string) => `Not set by your IT (in use now: ${inUse})`,
  itSafeIndicator: '“No problems found” on safe emails',
  itUserAllowlist: 'People may add their own trusted senders',
  itSupport: 'Who to contact',
  itSupportNone: 'Not set',
  itSupportName: 'Name',
  itSupportPhone: 'Phone',
  itSupportEmail: 'Email',
  itSupportWebsite: 'Website',
  itReportsTo: 'Where reports go',
  itReportsWebhook: (host: string) => `To your IT’s reporting system at ${host}`,
  itReportsToken: 'A security token is set.',
  itReportsNoToken: 'No security token is set.',
  itReportsReachable: 'Second Look has your browser’s permission to send reports there.',
  itReportsNotReachable: 'Second Look does not have your browser’s permission to send reports there yet (see “Reports” above).',
  itReportsMailbox: (address: string) => `By email to ${address}`,
  itReportsMailboxUnused: (address: string) => `The mailbox ${address} is set too, but reports go to the reporting system above.`,
  itReportsNone: 'Nowhere: your IT has not set where reports go.',
  itIncludeBody: 'Message text in reports',
  itIncludeBodyYes: 'Included',
  itIncludeBodyNo: 'Not included',
  itFalsePositive: '“This looks safe to me” button',
  itAllowed: 'Allowed',
  itNotAllowed: 'Not allowed',
  itYes: 'Yes',
  itNo: 'No',
  itMarkers: 'Training email markers',
  itMarkersCount: (n: number) => (n === 0 ? 'None' : plural(n, 'marker', 'markers')),
  none: 'None',

  // ---- Problems
  problemsTitle: 'Problems with the IT policy',
  problemsIntro:
    'For your IT person: these parts of the policy could not be used as written. Second Look ignored them or used the default, as each line says. Everything else in the policy is in use.',

  // ---- Health
  healthTitle: 'Webmail reading health',
  healthIntro: 'How well Second Look could read the emails it checked on this browser. Only counts and times are kept here, never anything from your emails.',
  webmailName: { gmail: 'Gmail', outlook: 'Outlook' } satisfies Record<Webmail, string>,
  healthNotUsed: 'No emails checked yet on this browser.',
  healthChecked: (n: number, when: string) => `${plural(n, 'email', 'emails')} checked, the last one on ${when}.`,
  healthAllRead: 'Every part of every email could be read.',
  healthSomeMissing: 'Some parts could not be read:',
  healthField: (field: string, count: number, when: string) => `${field}: ${plural(count, 'time', 'times')}, last on ${when}`,
  healthAllWell: 'All is well: Second Look could read every part of the emails it checked.',
  healthNothingYet: 'Second Look has not checked any emails on this browser yet.',
  healthAdvice: 'If a part keeps failing, the webmail may have changed. Tell your IT person; warnings may miss things until Second Look is updated.',

  unknownTime: 'an unknown time',
  actionError: 'Something went wrong. Please try again.',
} as const;
