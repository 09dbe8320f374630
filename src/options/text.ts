// Every sentence the options page shows, by name. The words live in public/_locales/ (English
// and Spanish) and are looked up when read, in the language main.tsx chose (the person's option,
// else the browser's). Plain words for staff in "Your settings";
// the parts meant for IT ("Set by your IT", "Problems with the IT policy", "Webmail reading
// health") may name policy keys, but still say what happened in a sentence. Values that come
// from policy or from the person (domains, names, the IT contact) are never part of this table:
// the components render them as text next to these words.
import type { Sensitivity } from '../engine/types';
import type { Language } from '../policy/user-options';
import { ALL_CATALOGS } from '../shared/catalogs';
import { addCatalogs, getLanguage, hasMessage, t } from '../shared/i18n';

addCatalogs(ALL_CATALOGS);

export type Webmail = 'gmail' | 'outlook';

/** A time from the background (ISO 8601) in the reader's own way of writing dates. */
export function formatTime(iso: string): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return TEXT.unknownTime;
  try {
    return date.toLocaleString(getLanguage() === 'es' ? 'es' : undefined, { dateStyle: 'medium', timeStyle: 'short' });
  } catch {
    return date.toISOString();
  }
}

/** Plain words for the fields an adapter reports it could not read (unknown ones as they are). */
export function fieldWords(field: string): string {
  const key = `options_field_${field.replace(/[^A-Za-z0-9]+/g, '_')}`;
  return /^[a-z][a-z.]*$/.test(field) && hasMessage(key) ? t(key) : field;
}

export const TEXT = {
  get title() { return t('options_title'); },

  get loading() { return t('options_loading'); },
  get unavailable() { return t('options_unavailable'); },
  get unavailableAdvice() { return t('options_unavailableAdvice'); },

  // ---- Your settings
  get yourTitle() { return t('options_yourTitle'); },
  get yourIntro() { return t('options_yourIntro'); },
  get lockedBadge() { return t('options_lockedBadge'); },
  lockedValue: (value: string) => t('options_lockedValue', { value }),

  get trustedTitle() { return t('options_trustedTitle'); },
  get trustedIntro() { return t('options_trustedIntro'); },
  get trustedNone() { return t('options_trustedNone'); },
  get trustedListLabel() { return t('options_trustedListLabel'); },
  get trustedLocked() { return t('options_trustedLocked'); },
  get trustedLockedNote() { return t('options_trustedLockedNote'); },
  get addLabel() { return t('options_addLabel'); },
  get addHint() { return t('options_addHint'); },
  get addButton() { return t('options_addButton'); },
  get removeButton() { return t('options_removeButton'); },
  removeLabel: (domain: string) => t('options_removeLabel', { domain }),
  added: (domain: string) => t('options_added', { domain }),
  removed: (domain: string) => t('options_removed', { domain }),
  get domainEmpty() { return t('options_domainEmpty'); },
  domainInvalid: (typed: string) => t('options_domainInvalid', { typed }),
  domainDuplicate: (domain: string) => t('options_domainDuplicate', { domain }),
  domainListFull: (max: number) => t('options_domainListFull', { max }),

  get sensitivityTitle() { return t('options_sensitivityTitle'); },
  /** IT did not set it (it would be locked otherwise), so "null" means the built-in default. */
  sensitivityDefault: (value: string) => t('options_useDefault', { value }),
  get sensitivityName(): Record<Sensitivity, string> {
    return { relaxed: t('options_sensitivity_relaxed'), balanced: t('options_sensitivity_balanced'), strict: t('options_sensitivity_strict') };
  },
  get sensitivityHint(): Record<Sensitivity, string> {
    return { relaxed: t('options_sensitivityHint_relaxed'), balanced: t('options_sensitivityHint_balanced'), strict: t('options_sensitivityHint_strict') };
  },

  get safeTitle() { return t('options_safeTitle'); },
  safeDefault: (on: boolean) => t('options_useDefault', { value: on ? t('options_safeShown') : t('options_safeHidden') }),
  get safeOn() { return t('options_safeOn'); },
  get safeOff() { return t('options_safeOff'); },
  get safeShown() { return t('options_safeShown'); },
  get safeHidden() { return t('options_safeHidden'); },

  get languageLabel() { return t('options_languageLabel'); },
  get languageName(): Record<Language, string> {
    return { auto: t('options_language_auto'), en: t('options_language_en'), es: t('options_language_es') };
  },

  get saveButton() { return t('options_saveButton'); },
  get saveBusy() { return t('options_saveBusy'); },
  get saved() { return t('options_saved'); },
  get saveFailed() { return t('options_saveFailed'); },
  get unsaved() { return t('options_unsaved'); },

  // ---- Reports (permission for the webhook)
  get reportsTitle() { return t('options_reportsTitle'); },
  reportsMissing: (host: string) => t('options_reportsMissing', { host }),
  reportsAllow: (host: string) => t('options_reportsAllow', { host }),
  get reportsAllowBusy() { return t('options_reportsAllowBusy'); },

  // ---- Set by your IT
  get itTitle() { return t('options_itTitle'); },
  get itIntro() { return t('options_itIntro'); },
  get itNoPolicy() { return t('options_itNoPolicy'); },
  get itOrganization() { return t('options_itOrganization'); },
  get itTrusted() { return t('options_itTrusted'); },
  get itBlocked() { return t('options_itBlocked'); },
  get itProtected() { return t('options_itProtected'); },
  get itDisabledRules() { return t('options_itDisabledRules'); },
  get itSensitivity() { return t('options_itSensitivity'); },
  itNotSet: (inUse: string) => t('options_itNotSet', { inUse }),
  get itSafeIndicator() { return t('options_itSafeIndicator'); },
  get itUserAllowlist() { return t('options_itUserAllowlist'); },
  get itSupport() { return t('options_itSupport'); },
  get itSupportNone() { return t('options_itSupportNone'); },
  get itSupportName() { return t('options_itSupportName'); },
  get itSupportPhone() { return t('options_itSupportPhone'); },
  get itSupportEmail() { return t('options_itSupportEmail'); },
  get itSupportWebsite() { return t('options_itSupportWebsite'); },
  get itReportsTo() { return t('options_itReportsTo'); },
  itReportsWebhook: (host: string) => t('options_itReportsWebhook', { host }),
  get itReportsToken() { return t('options_itReportsToken'); },
  get itReportsNoToken() { return t('options_itReportsNoToken'); },
  get itReportsReachable() { return t('options_itReportsReachable'); },
  get itReportsNotReachable() { return t('options_itReportsNotReachable'); },
  itReportsMailbox: (address: string) => t('options_itReportsMailbox', { address }),
  itReportsMailboxUnused: (address: string) => t('options_itReportsMailboxUnused', { address }),
  get itReportsNone() { return t('options_itReportsNone'); },
  get itIncludeBody() { return t('options_itIncludeBody'); },
  get itIncludeBodyYes() { return t('options_itIncludeBodyYes'); },
  get itIncludeBodyNo() { return t('options_itIncludeBodyNo'); },
  get itFalsePositive() { return t('options_itFalsePositive'); },
  get itAllowed() { return t('options_itAllowed'); },
  get itNotAllowed() { return t('options_itNotAllowed'); },
  get itYes() { return t('options_itYes'); },
  get itNo() { return t('options_itNo'); },
  get itMarkers() { return t('options_itMarkers'); },
  itMarkersCount: (n: number) => (n === 0 ? t('options_none') : n === 1 ? t('options_itMarkersCount_one') : t('options_itMarkersCount_other', { n })),
  get none() { return t('options_none'); },

  // ---- Problems
  get problemsTitle() { return t('options_problemsTitle'); },
  get problemsIntro() { return t('options_problemsIntro'); },

  // ---- Health
  get healthTitle() { return t('options_healthTitle'); },
  get healthIntro() { return t('options_healthIntro'); },
  get webmailName(): Record<Webmail, string> {
    return { gmail: t('options_webmail_gmail'), outlook: t('options_webmail_outlook') };
  },
  get healthNotUsed() { return t('options_healthNotUsed'); },
  healthChecked: (n: number, when: string) => (n === 1 ? t('options_healthChecked_one', { when }) : t('options_healthChecked_other', { n, when })),
  get healthAllRead() { return t('options_healthAllRead'); },
  get healthSomeMissing() { return t('options_healthSomeMissing'); },
  healthField: (field: string, count: number, when: string) => (count === 1 ? t('options_healthField_one', { field, when }) : t('options_healthField_other', { field, count, when })),
  get healthAllWell() { return t('options_healthAllWell'); },
  get healthNothingYet() { return t('options_healthNothingYet'); },
  get healthAdvice() { return t('options_healthAdvice'); },

  get unknownTime() { return t('options_unknownTime'); },
  get actionError() { return t('options_actionError'); },
};
