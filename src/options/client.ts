// The options page's side of the protocol: load the settings view, save the person's options,
// ask for access to the report webhook, and check every answer before it reaches the UI. Nothing
// here throws: whatever goes wrong (no answer, a malformed answer, a refused request), the page
// shows `unavailable` or a failed save, never a blank tab. The browser APIs come in through
// `OptionsApi` so tests drive it without an extension around it (main.tsx passes the real ones).
import type { IntegrationHealth, SourceHealth } from '../background/health';
import type { Sensitivity } from '../engine/types';
import type { Request } from '../messaging/protocol';
import type { SupportContact } from '../policy/parse';
import { changesLocked, parseUserOptions, USER_SETTINGS, type UserOptions, type UserSetting } from '../policy/user-options';
import type { OptionsActions, OptionsState, SettingsView } from './state';

export interface OptionsApi {
  /** runtime.sendMessage: resolves with whatever the background answered. */
  send(request: Request): Promise<unknown>;
  /** permissions.contains for one host pattern. */
  hasHostAccess(pattern: string): Promise<boolean>;
  /**
   * permissions.request for one host pattern. Browsers only allow it during the person's click,
   * so the controller calls it before anything else it awaits.
   */
  requestHostAccess(pattern: string): Promise<boolean>;
}

/** As many trusted domains as the background accepts (policy/user-options.ts). */
export const MAX_USER_DOMAINS = 200;

type Rec = Record<string, unknown>;
const isRecord = (v: unknown): v is Rec => typeof v === 'object' && v !== null && !Array.isArray(v);
const isString = (v: unknown): v is string => typeof v === 'string';
const isBool = (v: unknown): v is boolean => typeof v === 'boolean';
const isStringList = (v: unknown): v is string[] => Array.isArray(v) && v.every(isString);
const SENSITIVITIES: readonly unknown[] = ['relaxed', 'balanced', 'strict'] satisfies Sensitivity[];
const isSetting = (v: unknown): v is UserSetting => isString(v) && Object.hasOwn(USER_SETTINGS, v);
const isCount = (v: unknown): v is number => typeof v === 'number' && Number.isInteger(v) && v >= 0;

/** An http(s) URL, or null. */
function webUrl(value: string): URL | null {
  try {
    const url = new URL(value);
    return url.protocol === 'https:' || url.protocol === 'http:' ? url : null;
  } catch {
    return null;
  }
}

/** The webhook's host as people read it ("tickets.example:8443"); never its path or query. */
export function webhookHost(webhookUrl: string): string {
  return webUrl(webhookUrl)?.host ?? '';
}

/**
 * The host permission the report webhook needs: scheme and host name, any port (Firefox match
 * patterns cannot name a port; Chrome's match any port when none is named). Null when the URL
 * is not http(s).
 */
export function webhookPattern(webhookUrl: string): string | null {
  const url = webUrl(webhookUrl);
  return url ? `${url.protocol}//${url.hostname}/*` : null;
}

/** Only the string fields of a contact; anything else is dropped (a bad contact is not fatal). */
function supportFrom(v: unknown): SupportContact | null {
  if (!isRecord(v)) return null;
  const out: SupportContact = {};
  for (const k of ['name', 'email', 'phone', 'url'] as const) {
    const value = v[k];
    if (isString(value) && value.trim() !== '') out[k] = value.trim();
  }
  return Object.keys(out).length > 0 ? out : null;
}

/** Health is informational: keep the entries that make sense and drop the rest. */
function healthFrom(v: unknown): IntegrationHealth {
  const out: IntegrationHealth = {};
  if (!isRecord(v)) return out;
  for (const source of ['gmail', 'outlook', 'eml'] as const) {
    const h = v[source];
    if (!isRecord(h) || !isCount(h.analyzed) || !isString(h.lastAnalyzed)) continue;
    const missing: SourceHealth['missing'] = {};
    if (isRecord(h.missing)) {
      for (const [field, f] of Object.entries(h.missing)) {
        if (/^[a-z]+(\.[a-z]+)?$/.test(field) && field.length <= 40 && isRecord(f) && isCount(f.count) && f.count > 0 && isString(f.lastSeen)) {
          missing[field] = { count: f.count, lastSeen: f.lastSeen };
        }
      }
    }
    out[source] = { analyzed: h.analyzed, lastAnalyzed: h.lastAnalyzed, missing };
  }
  return out;
}

/**
 * The settings view as the UI may trust it, or null when the answer is not a SettingsView.
 * Built field by field, so nothing the background did not mean to show (a token, say) can reach
 * the page.
 */
export function parseSettingsView(v: unknown): SettingsView | null {
  if (!isRecord(v) || !isRecord(v.policy)) return null;
  const user: UserOptions | null = parseUserOptions(v.user);
  if (!user) return null;
  if (!Array.isArray(v.locked) || !v.locked.every(isSetting)) return null;
  if (!isStringList(v.managedKeys) || !isStringList(v.problems)) return null;
  const p = v.policy;
  const lists = ['organizationDomains', 'trustedDomains', 'blockedDomains', 'protectedNames', 'disabledRules'] as const;
  if (!lists.every((k) => isStringList(p[k]))) return null;
  if (!SENSITIVITIES.includes(p.sensitivity) || !isBool(p.showSafeIndicator) || !isBool(p.allowUserAllowlist)) return null;
  const r = p.report;
  if (!isRecord(r)) return null;
  if (!(r.webhookUrl === null || (isString(r.webhookUrl) && webUrl(r.webhookUrl) !== null))) return null;
  if (!(r.mailbox === null || isString(r.mailbox))) return null;
  if (!isBool(r.webhookTokenSet) || !isBool(r.includeBody) || !isBool(r.allowFalsePositive) || !isCount(r.simulationMarkers)) return null;
  return {
    user,
    locked: [...new Set(v.locked)],
    managedKeys: [...v.managedKeys],
    problems: [...v.problems],
    policy: {
      organizationDomains: [...(p.organizationDomains as string[])],
      trustedDomains: [...(p.trustedDomains as string[])],
      blockedDomains: [...(p.blockedDomains as string[])],
      protectedNames: [...(p.protectedNames as string[])],
      disabledRules: [...(p.disabledRules as string[])],
      sensitivity: p.sensitivity as Sensitivity,
      supportContact: supportFrom(p.supportContact),
      report: {
        webhookUrl: r.webhookUrl,
        webhookTokenSet: r.webhookTokenSet,
        mailbox: r.mailbox,
        includeBody: r.includeBody,
        allowFalsePositive: r.allowFalsePositive,
        simulationMarkers: r.simulationMarkers,
      },
      showSafeIndicator: p.showSafeIndicator,
      allowUserAllowlist: p.allowUserAllowlist,
    },
    health: healthFrom(v.health),
  };
}

/** A SettingsResponse's view, or null for anything but `{ ok: true, settings }`. */
export function settingsFromResponse(response: unknown): SettingsView | null {
  if (!isRecord(response) || response.ok !== true) return null;
  return parseSettingsView(response.settings);
}

/** Whether the background accepted a setUserOptions request. */
export function savedFromResponse(response: unknown): boolean {
  return isRecord(response) && response.ok === true;
}

export interface OptionsController {
  actions: OptionsActions;
  /** Load the settings; resolves once they are shown. */
  start(): Promise<void>;
  /** Load them again (policy or permissions changed); the last save's outcome stays shown. */
  refresh(): Promise<void>;
}

type Ready = Extract<OptionsState, { kind: 'ready' }>;

/**
 * Wires the options page to the background. `show` is called with every state to draw: the
 * loaded settings, then fresh ones after each action or refresh.
 */
export function createOptionsController(api: OptionsApi, show: (state: OptionsState) => void): OptionsController {
  let current: OptionsState = { kind: 'loading' };
  let saving = false;
  // Each load gets a number; a load that finishes after a newer one started is not drawn.
  let generation = 0;

  const draw = (state: OptionsState) => {
    current = state;
    try {
      show(state);
    } catch {
      // Drawing is the UI's business; a failure there must not break the next action.
    }
  };

  async function access(settings: SettingsView): Promise<Ready['webhookAccess']> {
    const url = settings.policy.report.webhookUrl;
    if (!url) return 'not-needed';
    const pattern = webhookPattern(url);
    if (!pattern) return 'missing';
    try {
      return (await api.hasHostAccess(pattern)) === true ? 'granted' : 'missing';
    } catch {
      return 'missing';
    }
  }

  /** Fresh settings, or null when the background gave no usable answer. */
  async function load(): Promise<{ settings: SettingsView; webhookAccess: Ready['webhookAccess'] } | null> {
    let settings: SettingsView | null;
    try {
      settings = settingsFromResponse(await api.send({ type: 'getSettings' }));
    } catch {
      settings = null;
    }
    if (!settings) return null;
    return { settings, webhookAccess: await access(settings) };
  }

  /** Load and draw; `saved` decides the status line; `fallback` is drawn when loading fails. */
  async function reload(saved: (s: OptionsState) => Ready['saved'], fallback: (before: OptionsState) => OptionsState): Promise<void> {
    const mine = ++generation;
    const before = current;
    const fresh = await load();
    if (mine !== generation) return;
    draw(fresh ? { kind: 'ready', ...fresh, saved: saved(current) } : fallback(before));
  }

  const keepSaved = (s: OptionsState): Ready['saved'] => (s.kind === 'ready' ? s.saved : 'idle');

  async function save(options: UserOptions): Promise<void> {
    if (current.kind !== 'ready' || saving) return;
    const before = current;
    const next = parseUserOptions(options);
    // The page never offers a change to a locked setting; should one arrive anyway it is
    // refused here as well as by the background.
    if (!next || changesLocked(before.settings.user, next, before.settings.locked).length > 0) {
      draw({ ...before, saved: 'failed' });
      return;
    }
    saving = true;
    draw({ ...before, saved: 'saving' });
    let ok = false;
    try {
      ok = savedFromResponse(await api.send({ type: 'setUserOptions', options: next }));
    } catch {
      ok = false;
    }
    saving = false;
    const outcome: Ready['saved'] = ok ? 'saved' : 'failed';
    await reload(
      () => outcome,
      // Saved but could not read back: show what was saved.
      (shown) => (shown.kind === 'ready' ? { ...shown, settings: ok ? { ...shown.settings, user: next } : shown.settings, saved: outcome } : shown),
    );
  }

  function allowWebhook(): Promise<void> {
    if (current.kind !== 'ready' || current.webhookAccess !== 'missing') return Promise.resolve();
    const url = current.settings.policy.report.webhookUrl;
    const pattern = url ? webhookPattern(url) : null;
    if (!pattern) return Promise.resolve();
    // Called at once, inside the click: browsers refuse the request once the gesture is over.
    let asked: Promise<unknown>;
    try {
      asked = Promise.resolve(api.requestHostAccess(pattern));
    } catch {
      asked = Promise.resolve(false);
    }
    return asked
      .catch(() => false)
      .then(() => reload(keepSaved, (before) => before));
  }

  return {
    actions: { save, allowWebhook },
    async start() {
      await reload(() => 'idle', () => ({ kind: 'unavailable' }));
    },
    async refresh() {
      if (saving) return;
      await reload(keepSaved, (before) => (before.kind === 'ready' ? before : { kind: 'unavailable' }));
    },
  };
}
