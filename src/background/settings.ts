// The effective policy (IT's managed policy with the person's own settings where IT allows
// them), and the options page's view of it. Read fresh on every use, so a policy change applies
// without a browser restart.
import type { SettingsView } from '../options/state';
import { parsePolicy, type EffectivePolicy } from '../policy/parse';
import { lockedSettings, parseUserOptions, changesLocked, storedUserOptions, withUserOptions, type UserOptions } from '../policy/user-options';
import { resolveLanguage, type Lang } from '../shared/i18n';
import type { BackgroundDeps } from './deps';
import { LOCAL_KEYS } from './device';
import type { IntegrationHealth } from './health';

const USER_OPTIONS_KEY = 'userOptions';

const asRecord = (v: unknown): Record<string, unknown> => (typeof v === 'object' && v !== null && !Array.isArray(v) ? (v as Record<string, unknown>) : {});

async function parts(deps: BackgroundDeps) {
  const managed = asRecord(await deps.readManaged().catch(() => ({})));
  const it = parsePolicy(managed);
  const user = storedUserOptions(await deps.local.get(USER_OPTIONS_KEY));
  const locked = lockedSettings(managed, it);
  return { managed, it, user, locked };
}

export async function loadPolicy(deps: BackgroundDeps): Promise<EffectivePolicy> {
  const { it, user, locked } = await parts(deps);
  return withUserOptions(it, user, locked);
}

/**
 * The language the person's pages speak: 'en' or 'es' as chosen in the options, else the
 * browser's UI language (Spanish when it starts with "es", English otherwise).
 */
export async function resolvedLanguage(deps: BackgroundDeps): Promise<Lang> {
  const { user } = await parts(deps);
  let ui = '';
  try {
    ui = deps.uiLanguage?.() ?? '';
  } catch {
    // No UI language: English.
  }
  return resolveLanguage(user.language, ui);
}

export async function handleGetSettings(deps: BackgroundDeps): Promise<SettingsView> {
  const { managed, it, user, locked } = await parts(deps);
  const effective = withUserOptions(it, user, locked);
  const health = ((await deps.local.get(LOCAL_KEYS.health)) as IntegrationHealth | undefined) ?? {};
  const r = it.report;
  return {
    user,
    locked,
    managedKeys: Object.keys(managed).sort(),
    problems: it.problems,
    policy: {
      organizationDomains: it.engine.organizationDomains,
      trustedDomains: it.engine.trustedDomains,
      blockedDomains: it.engine.blockedDomains,
      protectedNames: it.engine.protectedNames,
      disabledRules: it.engine.disabledRules,
      sensitivity: effective.engine.sensitivity,
      supportContact: it.support,
      // The token is a secret: the options page only says whether one is set.
      report: { webhookUrl: r.webhookUrl, webhookTokenSet: r.webhookToken !== null, mailbox: r.mailbox, includeBody: r.includeBody, allowFalsePositive: r.allowFalsePositive, simulationMarkers: r.simulationMarkers.length },
      showSafeIndicator: effective.showSafeIndicator,
      allowUserAllowlist: it.allowUserAllowlist,
    },
    health,
  };
}

export type SaveResult = { ok: true } | { ok: false; error: 'invalid-request' | 'forbidden' };

export async function handleSetUserOptions(deps: BackgroundDeps, options: unknown): Promise<SaveResult> {
  const next = parseUserOptions(options);
  if (!next) return { ok: false, error: 'invalid-request' };
  const { user, locked } = await parts(deps);
  if (changesLocked(user, next, locked).length > 0) return { ok: false, error: 'forbidden' };
  await deps.local.set(USER_OPTIONS_KEY, next satisfies UserOptions);
  return { ok: true };
}
