// What the options page shows, as one plain object (the background answers "getSettings" with
// a SettingsView), plus the page's own actions. Rendered with mock state in tests.
import type { IntegrationHealth } from '../background/health';
import type { Sensitivity } from '../engine/types';
import type { SupportContact } from '../policy/parse';
import type { UserOptions, UserSetting } from '../policy/user-options';

export interface SettingsView {
  /** The person's own settings as stored. */
  user: UserOptions;
  /** Settings IT fixed in policy: shown disabled with "Set by your IT". */
  locked: UserSetting[];
  /** Keys present in managed policy (empty: no IT policy on this browser). */
  managedKeys: string[];
  /** What IT's policy got wrong and how it was repaired, for IT. */
  problems: string[];
  /** The effective policy, read-only. */
  policy: {
    organizationDomains: string[];
    trustedDomains: string[];
    blockedDomains: string[];
    protectedNames: string[];
    disabledRules: string[];
    sensitivity: Sensitivity;
    supportContact: SupportContact | null;
    report: { webhookUrl: string | null; webhookTokenSet: boolean; mailbox: string | null; includeBody: boolean; allowFalsePositive: boolean; simulationMarkers: number };
    showSafeIndicator: boolean;
    allowUserAllowlist: boolean;
  };
  /** Which webmail fields could not be read recently (counts and times, no content). */
  health: IntegrationHealth;
}

export type OptionsState =
  | { kind: 'loading' }
  | { kind: 'unavailable' }
  | {
      kind: 'ready';
      settings: SettingsView;
      /** Whether the browser lets Second Look reach the report webhook ("not-needed" without one). */
      webhookAccess: 'granted' | 'missing' | 'not-needed';
      /** Outcome of the last save, for a polite status line. */
      saved: 'idle' | 'saving' | 'saved' | 'failed';
    };

export interface OptionsActions {
  save(options: UserOptions): Promise<void>;
  /** Ask the browser for permission to reach the webhook's host (a user gesture). */
  allowWebhook(): Promise<void>;
}
