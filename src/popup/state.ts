// What the popup shows, as one plain object, so the UI can be rendered with mock state in tests.
// The background answers "getTabState" with the `PopupState` for the active tab.
import type { Finding, Level } from '../engine/types';
import type { SupportContact } from '../policy/parse';
import type { Destination, ReportPreview, ReportStatus } from '../report/types';

export interface PopupMessage {
  /** The webmail's id for the message (or a stand-in); actions name it. */
  key: string;
  subject: string;
  from: { name: string; address: string };
  level: Level;
  /** Most important first; each title names the specific thing (domain, name). */
  findings: Pick<Finding, 'id' | 'severity' | 'title' | 'detail' | 'evidence' | 'messageKey' | 'params'>[];
  report: ReportStatus;
  /** The person said "This looks safe to me"; the banner is hidden for this message. */
  markedSafe: boolean;
  falsePositive: ReportStatus;
  /** Exactly what "Report to IT" sends, for the "What will be sent" section. */
  preview: ReportPreview;
}

export type PopupState =
  | { kind: 'loading' }
  | { kind: 'not-webmail' }
  | { kind: 'no-message'; webmail: 'gmail' | 'outlook' }
  | { kind: 'unavailable' }
  | {
      kind: 'messages';
      /** The message in view (else the latest opened) first; the others after it. */
      messages: PopupMessage[];
      support: SupportContact | null;
      destination: Destination;
      allowFalsePositive: boolean;
    };

/** What the popup can ask for; each resolves when the background has answered. */
export interface PopupActions {
  report(key: string): Promise<void>;
  markSafe(key: string): Promise<void>;
}

export const INITIAL_POPUP_STATE: PopupState = { kind: 'loading' };
