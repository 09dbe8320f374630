// Every sentence the page shows, by name. The words themselves live in public/_locales/ (English
// and Spanish) and are looked up when read, in the language the background chose for this page
// (setLanguage in runtime.ts). Plain words for busy, non-technical staff: what is wrong, what to
// do. Finding titles come from the engine's own table (src/engine/messages.ts), exported to the
// catalogs as finding_* entries.
import type { SupportContact } from '../policy/parse';
import { addCatalogs, t } from '../shared/i18n';
import { CONTENT_CATALOGS } from './catalogs';

addCatalogs(CONTENT_CATALOGS);

export const TEXT = {
  get dangerTitle() { return t('banner_dangerTitle'); },
  get cautionTitle() { return t('banner_cautionTitle'); },
  get whatToDo() { return t('banner_whatToDo'); },
  get dangerSteps() { return [t('banner_dangerStep1'), t('banner_dangerStep2'), t('banner_dangerStep3')]; },
  get cautionSteps() { return [t('banner_cautionStep1'), t('banner_cautionStep2'), t('banner_cautionStep3')]; },
  moreReasons: (n: number) => (n === 1 ? t('banner_moreReasons_one') : t('banner_moreReasons_other', { n })),
  get bannerLabel() { return t('banner_label'); },
  get guardTitle() { return t('guard_title'); },
  get guardGoesTo() { return t('guard_goesTo'); },
  get guardAdvice() { return t('guard_advice'); },
  get goBack() { return t('guard_goBack'); },
  get openAnyway() { return t('guard_openAnyway'); },
  get cannotOpen() { return t('guard_cannotOpen'); },
  /** Tooltip on a flagged link. */
  hover: (destination: string) => t('guard_hover', { destination }),
  get safeNote() { return t('banner_safeNote'); },
  get reported() { return t('banner_reported'); },
  get reportedTraining() { return t('banner_reportedTraining'); },
  get reportMailOpened() { return t('banner_reportMailOpened'); },
};

/** "Questions? Contact Northgate IT: (555) 010-4477, helpdesk@…" or null without a contact. */
export function contactLine(support: SupportContact | null): string | null {
  if (!support) return null;
  const ways = [support.phone, support.email].filter(Boolean).join(', ');
  if (support.name && ways) return t('banner_contactNameWays', { name: support.name, ways });
  if (support.name) return t('banner_contactName', { name: support.name });
  return ways ? t('banner_contactWays', { ways }) : null;
}
