// Every sentence the popup shows, by name. The words live in public/_locales/ (English and
// Spanish) and are looked up when read, in the language main.tsx chose (the person's option,
// else the browser's). Plain words for busy, non-technical staff: what
// Second Look found, what to do, and what happened when they pressed a button. Strings that
// come from an email (subject, sender, finding evidence) are never part of this table: the
// components render them as text next to these words.
import type { Level } from '../engine/types';
import { ALL_CATALOGS } from '../shared/catalogs';
import { addCatalogs, t } from '../shared/i18n';

addCatalogs(ALL_CATALOGS);

export type Webmail = 'gmail' | 'outlook';

const WEBMAIL_NAME: Record<Webmail, string> = { gmail: 'Gmail', outlook: 'Outlook' };

export const TEXT = {
  get title() { return t('popup_title'); },

  get loading() { return t('popup_loading'); },
  get notWebmail() { return t('popup_notWebmail'); },
  noMessage: (webmail: Webmail | null) => t('popup_noMessage', { webmail: webmail ? WEBMAIL_NAME[webmail] : t('popup_gmailOrOutlook') }),
  get unavailable() { return t('popup_unavailable'); },
  get unavailableAdvice() { return t('popup_unavailableAdvice'); },

  get level(): Record<Level, string> {
    return { danger: t('popup_level_danger'), caution: t('popup_level_caution'), safe: t('popup_level_safe') };
  },
  /** The level, said as a sentence for the compact list and for screen readers. */
  get levelLabel() { return t('popup_levelLabel'); },
  get safeReminder() { return t('popup_safeReminder'); },

  get from() { return t('popup_from'); },
  get subject() { return t('popup_subject'); },
  get noSubject() { return t('popup_noSubject'); },
  get noName() { return t('popup_noName'); },
  get addressHidden() { return t('popup_addressHidden'); },

  get whyTitle() { return t('popup_whyTitle'); },
  get evidence() { return t('popup_evidence'); },

  get reportTitle() { return t('popup_reportTitle'); },
  get reportButton() { return t('popup_reportButton'); },
  get reportBusy() { return t('popup_reportBusy'); },
  reportHintWebhook: (host: string) => t('popup_reportHintWebhook', { host }),
  reportHintMailbox: (address: string) => t('popup_reportHintMailbox', { address }),
  get reported() { return t('popup_reported'); },
  get queued() { return t('popup_queued'); },
  get mailboxOpened() { return t('popup_mailboxOpened'); },
  get simulation() { return t('popup_simulation'); },
  get reportFailed() { return t('popup_reportFailed'); },
  get failureReason() { return t('popup_failureReason'); },
  get noDestination() { return t('popup_noDestination'); },
  get noDestinationAdvice() { return t('popup_noDestinationAdvice'); },
  get noDestinationNoContact() { return t('popup_noDestinationNoContact'); },

  get markSafeButton() { return t('popup_markSafeButton'); },
  get markSafeBusy() { return t('popup_markSafeBusy'); },
  get markSafeHint() { return t('popup_markSafeHint'); },
  get markedSafe() { return t('popup_markedSafe'); },
  get markedSafeLocal() { return t('popup_markedSafeLocal'); },
  get markedSafeQueued() { return t('popup_markedSafeQueued'); },
  get markedSafeMailbox() { return t('popup_markedSafeMailbox'); },
  get markSafeFailed() { return t('popup_markSafeFailed'); },

  get previewTitle() { return t('popup_previewTitle'); },
  get previewTitleSent() { return t('popup_previewTitleSent'); },
  get previewTo() { return t('popup_previewTo'); },
  get previewFields() { return t('popup_previewFields'); },
  get previewSender() { return t('popup_previewSender'); },
  get previewReplyTo() { return t('popup_previewReplyTo'); },
  get previewRecipients() { return t('popup_previewRecipients'); },
  get previewSubject() { return t('popup_previewSubject'); },
  get previewDate() { return t('popup_previewDate'); },
  get previewDateUnknown() { return t('popup_previewDateUnknown'); },
  previewLinks: (n: number) => (n === 0 ? t('popup_previewLinks_none') : n === 1 ? t('popup_previewLinks_one') : t('popup_previewLinks_other', { n })),
  get previewLinkGoesTo() { return t('popup_previewLinkGoesTo'); },
  get previewAttachments() { return t('popup_previewAttachments'); },
  get previewNone() { return t('popup_previewNone'); },
  get previewFindings() { return t('popup_previewFindings'); },
  get previewHeaders() { return t('popup_previewHeaders'); },
  get previewHeadersIncluded() { return t('popup_previewHeadersIncluded'); },
  get previewHeadersMissing() { return t('popup_previewHeadersMissing'); },
  get previewBodyIncluded() { return t('popup_previewBodyIncluded'); },
  get previewBodyExcluded() { return t('popup_previewBodyExcluded'); },
  get previewAccount() { return t('popup_previewAccount'); },
  get previewAccountUnknown() { return t('popup_previewAccountUnknown'); },
  get previewJson() { return t('popup_previewJson'); },
  get previewMailTo() { return t('popup_previewMailTo'); },
  get previewMailSubject() { return t('popup_previewMailSubject'); },
  get previewMailBody() { return t('popup_previewMailBody'); },

  get contactTitle() { return t('popup_contactTitle'); },
  get contactPhone() { return t('popup_contactPhone'); },
  get contactEmail() { return t('popup_contactEmail'); },
  get contactWebsite() { return t('popup_contactWebsite'); },

  get othersTitle() { return t('popup_othersTitle'); },
  get actionError() { return t('popup_actionError'); },
};

/** "Be careful: Invoice overdue — from Jane <jane@example.com>", for the compact list. */
export function senderLine(from: { name: string; address: string }): string {
  const name = from.name.trim();
  const address = from.address.trim();
  if (name && address && name.toLowerCase() !== address.toLowerCase()) return `${name} <${address}>`;
  return name || address || TEXT.noName;
}
