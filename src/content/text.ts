// Every sentence the page shows, in one table, so the i18n work can move them to _locales/
// without hunting through the DOM code. Plain words for busy, non-technical staff: what is wrong,
// what to do. Finding titles come from the engine's own table (src/engine/messages.ts).
import type { SupportContact } from '../policy/parse';

export const TEXT = {
  dangerTitle: 'Warning: this email may be a scam',
  cautionTitle: 'Be careful with this email',
  whatToDo: 'What to do',
  dangerSteps: ['Do not click its links or open its attachments.', 'Do not reply or send them anything.', 'Report it to IT.'],
  cautionSteps: ['Before you click or reply, check with the sender another way.', 'Call them at a number you already know.', 'If it still seems wrong, report it to IT.'],
  moreReasons: (n: number) => (n === 1 ? 'One more reason' : `${n} more reasons`),
  bannerLabel: 'Second Look warning',
  guardTitle: 'Wait: this link may not be safe',
  guardGoesTo: 'This link really goes to:',
  guardAdvice: 'Second Look flagged this link in a suspicious email. If you were not expecting it, go back.',
  goBack: 'Go back',
  openAnyway: 'Open anyway',
  hoverPrefix: 'Really goes to: ',
  safeNote: 'Second Look: no problems found in this email.',
  reported: 'Reported to IT — thank you.',
  reportedTraining: 'Well spotted — this was a training message from your IT team. Thank you for reporting it.',
  reportMailOpened: 'A report email to IT is open in a new tab. Press Send there to finish.',
} as const;

/** "Questions? Contact Northgate IT: (555) 010-4477, helpdesk@…" or null without a contact. */
export function contactLine(support: SupportContact | null): string | null {
  if (!support) return null;
  const ways = [support.phone, support.email].filter(Boolean).join(', ');
  if (support.name && ways) return `Questions? Contact ${support.name}: ${ways}`;
  if (support.name) return `Questions? Contact ${support.name}.`;
  return ways ? `Questions? Contact IT: ${ways}` : null;
}
