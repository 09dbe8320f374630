// The popup's side of the protocol: ask the background for the active tab's state, send the two
// actions, and check every answer before it reaches the UI. Nothing here throws: whatever goes
// wrong (no answer, a malformed answer, a refused request), the popup shows `unavailable` or a
// failed report, never a blank window. The browser APIs come in through `PopupApi` so tests can
// drive it without an extension around it (main.tsx passes the real ones).
import type { Request } from '../messaging/protocol';
import type { SupportContact } from '../policy/parse';
import type { Destination, ReportPreview, ReportStatus } from '../report/types';
import type { PopupActions, PopupMessage, PopupState } from './state';

export interface PopupApi {
  /** The active tab's id, or null when there is none. */
  activeTabId(): Promise<number | null>;
  /** runtime.sendMessage: resolves with whatever the background answered. */
  send(request: Request): Promise<unknown>;
}

type Rec = Record<string, unknown>;
const isRecord = (v: unknown): v is Rec => typeof v === 'object' && v !== null && !Array.isArray(v);
const isString = (v: unknown): v is string => typeof v === 'string';
const isBool = (v: unknown): v is boolean => typeof v === 'boolean';
const isOptString = (v: unknown): boolean => v === undefined || isString(v);
const isNullableString = (v: unknown): boolean => v === null || isString(v);
const LEVELS: readonly unknown[] = ['safe', 'caution', 'danger'];
const SEVERITIES: readonly unknown[] = ['info', 'caution', 'danger'];

const isAddress = (v: unknown): v is { name: string; address: string } => isRecord(v) && isString(v.name) && isString(v.address);
const isAddressList = (v: unknown): boolean => Array.isArray(v) && v.every(isAddress);

export function isReportStatus(v: unknown): v is ReportStatus {
  if (!isRecord(v)) return false;
  switch (v.state) {
    case 'none':
      return true;
    case 'sent':
    case 'mailbox-opened':
      return isString(v.at) && isBool(v.simulation);
    case 'queued':
      return isString(v.at) && isBool(v.simulation) && isNullableString(v.lastError);
    case 'failed':
      return isString(v.error);
    default:
      return false;
  }
}

const isParams = (v: unknown): boolean => v === undefined || (isRecord(v) && Object.values(v).every(isString));
const isFinding = (v: unknown): boolean =>
  isRecord(v) && isString(v.id) && SEVERITIES.includes(v.severity) && isString(v.title) && isOptString(v.detail) && isOptString(v.evidence) && isOptString(v.messageKey) && isParams(v.params);

/** The parts of the report document the popup reads to describe it; the rest is shown as JSON. */
function isReportDocument(v: unknown): boolean {
  if (!isRecord(v) || !isString(v.schema) || !isString(v.reportId)) return false;
  const { message: m, verdict, reporter } = v;
  if (!isRecord(m) || !isRecord(verdict) || !isRecord(reporter)) return false;
  return (
    isNullableString(reporter.account) &&
    isAddress(m.from) &&
    isAddressList(m.replyTo) &&
    isAddressList(m.to) &&
    isAddressList(m.cc) &&
    isString(m.subject) &&
    isNullableString(m.date) &&
    Array.isArray(m.links) &&
    m.links.every((l) => isRecord(l) && isString(l.text) && isString(l.href) && isString(l.destination)) &&
    Array.isArray(m.attachments) &&
    m.attachments.every((a) => isRecord(a) && isString(a.name) && isOptString(a.mimeType)) &&
    isNullableString(m.headers) &&
    isNullableString(m.headersNote) &&
    isNullableString(m.body) &&
    LEVELS.includes(verdict.level) &&
    Array.isArray(verdict.findings) &&
    verdict.findings.every((f) => isRecord(f) && isString(f.title))
  );
}

function isPreview(v: unknown): v is ReportPreview {
  if (!isRecord(v)) return false;
  switch (v.kind) {
    case 'none':
      return true;
    case 'mailbox':
      return isString(v.to) && isString(v.subject) && isString(v.body);
    case 'webhook':
      return isReportDocument(v.document);
    default:
      return false;
  }
}

function isDestination(v: unknown): v is Destination {
  if (!isRecord(v)) return false;
  if (v.kind === 'none') return true;
  if (v.kind === 'webhook') return isString(v.host);
  if (v.kind === 'mailbox') return isString(v.address);
  return false;
}

function isMessage(v: unknown): v is PopupMessage {
  return (
    isRecord(v) &&
    isString(v.key) &&
    v.key !== '' &&
    isString(v.subject) &&
    isAddress(v.from) &&
    LEVELS.includes(v.level) &&
    Array.isArray(v.findings) &&
    v.findings.every(isFinding) &&
    isReportStatus(v.report) &&
    isBool(v.markedSafe) &&
    isReportStatus(v.falsePositive) &&
    isPreview(v.preview)
  );
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

/**
 * The state as the UI may trust it, or null when the answer is not a PopupState. Checked rather
 * than copied, so "What will be sent" shows the very document the background will send.
 */
export function parsePopupState(v: unknown): PopupState | null {
  if (!isRecord(v)) return null;
  switch (v.kind) {
    case 'loading':
    case 'not-webmail':
    case 'unavailable':
      return { kind: v.kind };
    case 'no-message':
      return v.webmail === 'gmail' || v.webmail === 'outlook' ? { kind: 'no-message', webmail: v.webmail } : null;
    case 'messages':
      if (!Array.isArray(v.messages) || !v.messages.every(isMessage)) return null;
      if (!isDestination(v.destination) || !isBool(v.allowFalsePositive)) return null;
      return {
        kind: 'messages',
        messages: v.messages,
        support: supportFrom(v.support),
        destination: v.destination,
        allowFalsePositive: v.allowFalsePositive,
      };
    default:
      return null;
  }
}

const UNAVAILABLE: PopupState = { kind: 'unavailable' };

/** A TabStateResponse as the popup shows it: anything but `{ ok: true, state }` is unavailable. */
export function stateFromResponse(response: unknown): PopupState {
  if (!isRecord(response) || response.ok !== true) return UNAVAILABLE;
  return parsePopupState(response.state) ?? UNAVAILABLE;
}

/** A ReportResponse's status, or null when the background refused or answered nonsense. */
export function statusFromResponse(response: unknown): ReportStatus | null {
  if (!isRecord(response) || response.ok !== true) return null;
  return isReportStatus(response.status) ? response.status : null;
}

/** Said when the background gave no usable answer to an action. */
export const NO_ANSWER = 'Second Look did not get an answer from its background.';

type Kind = 'report' | 'markSafe';

function withStatus(state: PopupState, kind: Kind, key: string, status: ReportStatus, onlyIfNone: boolean): PopupState {
  if (state.kind !== 'messages') return state;
  const messages = state.messages.map((m) => {
    if (m.key !== key) return m;
    if (kind === 'report') return onlyIfNone && m.report.state !== 'none' ? m : { ...m, report: status };
    if (onlyIfNone && (m.markedSafe || m.falsePositive.state !== 'none')) return m;
    return { ...m, falsePositive: status, markedSafe: m.markedSafe || status.state !== 'failed' };
  });
  return { ...state, messages };
}

export interface PopupController {
  actions: PopupActions;
  /** Find the active tab and load its state; resolves once it is shown. */
  start(): Promise<void>;
}

/**
 * Wires the popup to the background. `show` is called with every state to draw (first the
 * loaded state, then a fresh one after each action).
 */
export function createController(api: PopupApi, show: (state: PopupState) => void): PopupController {
  let tabId: number | null = null;
  let current: PopupState = { kind: 'loading' };

  const draw = (state: PopupState) => {
    current = state;
    try {
      show(state);
    } catch {
      // Drawing is the UI's business; a failure there must not break the next action.
    }
  };

  async function fetchState(): Promise<PopupState> {
    if (tabId === null) return UNAVAILABLE;
    try {
      return stateFromResponse(await api.send({ type: 'getTabState', tabId }));
    } catch {
      return UNAVAILABLE;
    }
  }

  async function perform(kind: Kind, key: string): Promise<void> {
    if (tabId === null || typeof key !== 'string' || key === '') return;
    let status: ReportStatus | null;
    try {
      status = statusFromResponse(await api.send({ type: kind, tabId, key }));
    } catch {
      status = null;
    }
    const before = current;
    let next = await fetchState();
    if (next.kind !== 'messages' && before.kind === 'messages') {
      // The action went through (or not) but the state could not be re-read: keep what was
      // shown, with what the background said about this one message.
      next = before;
      if (status) next = withStatus(next, kind, key, status, false);
    }
    // A refused, failed or unanswered action must not look like nothing happened.
    if (!status || status.state === 'failed') {
      next = withStatus(next, kind, key, { state: 'failed', error: status?.state === 'failed' ? status.error : NO_ANSWER }, true);
    }
    draw(next);
  }

  return {
    actions: {
      report: (key) => perform('report', key),
      markSafe: (key) => perform('markSafe', key),
    },
    async start() {
      try {
        const id = await api.activeTabId();
        tabId = typeof id === 'number' && Number.isInteger(id) && id >= 0 ? id : null;
      } catch {
        tabId = null;
      }
      let state = await fetchState();
      // The background says the open message is still being checked: ask again shortly.
      for (let tries = 0; state.kind === 'loading' && tries < 30; tries++) {
        draw(state);
        await new Promise((resolve) => setTimeout(resolve, 300));
        state = await fetchState();
      }
      draw(state);
    },
  };
}
