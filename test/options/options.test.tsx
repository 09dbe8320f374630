// @vitest-environment jsdom
// The options page as a function of one state object plus actions: every state rendered with
// mock data; locked settings disabled with "Set by your IT" and never changed by a save (in the
// page and in the controller); domains checked before they are added; save sends exactly the
// new options; the IT policy, its problems and the webmail health shown, the token never; the
// report permission button only when it is missing; policy strings rendered as text; and the
// wiring to the background and the browser (client.ts, main.tsx) checked with a fake browser.
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, beforeEach, describe, expect, it, type Mock, vi } from 'vitest';
import type { Request } from '../../src/messaging/protocol';
import type { UserOptions } from '../../src/policy/user-options';
import { App } from '../../src/options/App';
import {
  createOptionsController,
  parseSettingsView,
  savedFromResponse,
  settingsFromResponse,
  webhookHost,
  webhookPattern,
  type OptionsApi,
} from '../../src/options/client';
import type { OptionsActions, OptionsState, SettingsView } from '../../src/options/state';
import { formatTime, TEXT } from '../../src/options/text';
import { colourVariables, contrast, pageStyles } from '../ui/stylesheet';

const browserMock = vi.hoisted(() => {
  const listeners = () => ({ addListener: vi.fn(), removeListener: vi.fn() });
  return {
    browser: {
      runtime: { sendMessage: vi.fn() },
      permissions: { contains: vi.fn(), request: vi.fn(), onAdded: listeners(), onRemoved: listeners() },
      storage: { onChanged: listeners() },
    },
  };
});
vi.mock('../../src/shared/browser', () => browserMock);

const HOSTILE = '<img src=x onerror=alert(1)>';
const TOKEN = 'sk-live-7d1e9c2b-SECRET';
const WEBHOOK = 'https://tickets.northgate-it.example/hooks/phish?key=PATHSECRET';

// ---------------------------------------------------------------------------------------------
// Mock data

function settings(overrides: Partial<SettingsView> = {}, policy: Partial<SettingsView['policy']> = {}): SettingsView {
  return {
    user: { trustedDomains: ['quest-labs.example'], sensitivity: null, showSafeIndicator: null, language: 'auto' },
    locked: [],
    managedKeys: ['organizationDomains', 'protectedNames', 'reportWebhookToken', 'reportWebhookUrl', 'supportContact'],
    problems: [],
    policy: {
      organizationDomains: ['northgate-clinic.example'],
      trustedDomains: ['availity.example', 'epic-mail.example'],
      blockedDomains: ['rnicrosoft-support.co'],
      protectedNames: ['Dr. Amelia Ortiz', 'Priya Raman'],
      disabledRules: ['wording-urgency'],
      sensitivity: 'balanced',
      supportContact: { name: 'Northgate IT', phone: '(555) 010-4477', email: 'helpdesk@northgate-it.example', url: 'https://help.northgate-it.example' },
      report: { webhookUrl: WEBHOOK, webhookTokenSet: true, mailbox: null, includeBody: false, allowFalsePositive: true, simulationMarkers: 2 },
      showSafeIndicator: false,
      allowUserAllowlist: true,
      ...policy,
    },
    health: {
      gmail: {
        analyzed: 42,
        lastAnalyzed: '2025-03-04T09:15:00.000Z',
        missing: { 'from.address': { count: 3, lastSeen: '2025-03-03T16:20:00.000Z' }, date: { count: 1, lastSeen: '2025-03-01T08:00:00.000Z' } },
      },
    },
    ...overrides,
  };
}

type ReadyState = Extract<OptionsState, { kind: 'ready' }>;
/** A view to spoil on purpose: any field may be set to anything or deleted. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Loose = Record<string, any>;

function ready(view: SettingsView = settings(), more: Partial<Omit<ReadyState, 'kind' | 'settings'>> = {}): ReadyState {
  return { kind: 'ready', settings: view, webhookAccess: 'granted', saved: 'idle', ...more };
}

const LOCKED_ALL = settings(
  {
    user: { trustedDomains: ['quest-labs.example'], sensitivity: 'relaxed', showSafeIndicator: true, language: 'auto' },
    locked: ['trustedDomains', 'sensitivity', 'showSafeIndicator'],
    managedKeys: ['allowUserAllowlist', 'sensitivity', 'showSafeIndicator'],
  },
  { sensitivity: 'strict', showSafeIndicator: false, allowUserAllowlist: false },
);

// ---------------------------------------------------------------------------------------------
// Rendering helpers

let container: HTMLElement;

type SaveMock = Mock<(options: UserOptions) => Promise<void>>;
type AllowMock = Mock<() => Promise<void>>;

function makeActions(): { save: SaveMock; allowWebhook: AllowMock } {
  return { save: vi.fn(async (_o: UserOptions) => {}), allowWebhook: vi.fn(async () => {}) };
}

function renderApp(state: OptionsState, actions: OptionsActions = makeActions()): HTMLElement {
  if (!container) {
    container = document.createElement('div');
    document.body.append(container);
  }
  void act(() => {
    render(<App state={state} actions={actions} />, container);
  });
  return container;
}

const BLOCK = new Set(['P', 'LI', 'UL', 'DIV', 'DT', 'DD', 'DL', 'PRE', 'H1', 'H2', 'H3', 'H4', 'SECTION', 'FIELDSET', 'LEGEND', 'LABEL', 'OPTION']);
/** Text as it reads: block elements are separated, inline ones run on (roughly innerText). */
function text(el: Node | null | undefined): string {
  if (!el) return '';
  const walk = (node: Node): string => {
    if (node.nodeType === 3) return node.nodeValue ?? '';
    const inner = [...node.childNodes].map(walk).join('');
    return BLOCK.has((node as Element).tagName) ? ` ${inner} ` : inner;
  };
  return walk(el).replace(/\s+/g, ' ').trim();
}
const buttons = (root: Element) => [...root.querySelectorAll('button')];
const button = (root: Element, name: string) => buttons(root).find((b) => text(b) === name || b.getAttribute('aria-label') === name);
const section = (root: Element, id: string) => root.querySelector<HTMLElement>(`section#${id}`);
const radio = (root: Element, name: string, value: string) => root.querySelector<HTMLInputElement>(`input[type="radio"][name="${name}"][value="${value}"]`)!;
const addInput = (root: Element) => root.querySelector<HTMLInputElement>('#trusted-add')!;

/** The accessible name as a screen reader would compute it, for the cases this page uses. */
function accessibleName(el: Element): string {
  const labelledBy = el.getAttribute('aria-labelledby');
  if (labelledBy) return labelledBy.split(' ').map((id) => text(document.getElementById(id))).join(' ').trim();
  const aria = el.getAttribute('aria-label');
  if (aria) return aria;
  if (el.tagName === 'BUTTON') return text(el);
  const labels = (el as HTMLInputElement).labels;
  return labels ? [...labels].map(text).join(' ').trim() : '';
}

async function click(el: Element) {
  await act(async () => {
    (el as HTMLElement).click();
  });
}

async function type(input: HTMLInputElement, value: string) {
  await act(async () => {
    input.value = value;
    input.dispatchEvent(new Event('input', { bubbles: true }));
  });
}

async function choose(select: HTMLSelectElement, value: string) {
  await act(async () => {
    select.value = value;
    select.dispatchEvent(new Event('change', { bubbles: true }));
  });
}

async function pressEnter(input: HTMLInputElement) {
  await act(async () => {
    input.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true, cancelable: true }));
  });
}

afterEach(() => {
  if (container) {
    render(null, container);
    container.remove();
  }
  container = undefined as unknown as HTMLElement;
});

// ---------------------------------------------------------------------------------------------

describe('options App: page structure', () => {
  const states: [string, OptionsState][] = [
    ['loading', { kind: 'loading' }],
    ['unavailable', { kind: 'unavailable' }],
    ['ready', ready()],
    ['ready, access missing, problems', ready(settings({ problems: ['sensitivity must be relaxed, balanced or strict; using balanced'] }), { webhookAccess: 'missing' })],
    ['ready, all locked', ready(LOCKED_ALL)],
    ['ready, no policy', ready(settings({ managedKeys: [], health: {} }, { report: { webhookUrl: null, webhookTokenSet: false, mailbox: null, includeBody: false, allowFalsePositive: true, simulationMarkers: 0 } }), { webhookAccess: 'not-needed' })],
  ];

  it.each(states)('has one h1 that labels the page (%s)', (_name, state) => {
    const root = renderApp(state);
    const h1s = root.querySelectorAll('h1');
    expect(h1s).toHaveLength(1);
    expect(h1s[0]!.textContent).toBe('Second Look settings');
    expect(root.querySelector('main')?.getAttribute('aria-labelledby')).toBe(h1s[0]!.id);
  });

  it.each(states)('labels every control and section, and keeps heading levels in order (%s)', (_name, state) => {
    const root = renderApp(state);
    for (const control of root.querySelectorAll('input, select, textarea, button')) {
      expect(accessibleName(control), control.outerHTML.slice(0, 120)).not.toBe('');
    }
    for (const b of buttons(root)) expect(b.getAttribute('type')).toBe('button');
    for (const region of root.querySelectorAll('section')) {
      const label = document.getElementById(region.getAttribute('aria-labelledby') ?? '');
      expect(label && /^H[1-6]$/.test(label.tagName), `${region.id} labelled by a heading`).toBe(true);
      expect(text(label)).not.toBe('');
    }
    for (const group of root.querySelectorAll('fieldset')) expect(text(group.querySelector('legend'))).not.toBe('');
    const levels = [...root.querySelectorAll('h1, h2, h3, h4, h5, h6')].map((h) => Number(h.tagName[1]));
    expect(levels[0]).toBe(1);
    for (let i = 1; i < levels.length; i++) expect(levels[i]! - levels[i - 1]!).toBeLessThanOrEqual(1);
    // ids are unique, so every aria-describedby points at exactly one element
    const ids = [...root.querySelectorAll('[id]')].map((e) => e.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const el of root.querySelectorAll('[aria-describedby]')) {
      for (const id of el.getAttribute('aria-describedby')!.split(' ')) expect(document.getElementById(id), id).not.toBeNull();
    }
  });

  it('says it is loading, politely and busy', () => {
    const root = renderApp({ kind: 'loading' });
    const status = root.querySelector('[role="status"]');
    expect(text(status)).toBe('Loading your settings…');
    expect(status?.getAttribute('aria-busy')).toBe('true');
  });

  it('says the settings could not be loaded and what to try', () => {
    const root = renderApp({ kind: 'unavailable' });
    expect(text(root.querySelector('[role="status"]'))).toBe(
      'Second Look could not load its settings. Close this tab and open the settings again. If that does not help, restart the browser.',
    );
    expect(buttons(root)).toHaveLength(0);
  });

  it('shows the sections in order: your settings, set by your IT, health (no problems, no permission needed)', () => {
    const root = renderApp(ready());
    expect([...root.querySelectorAll('h2')].map(text)).toEqual(['Your settings', 'Set by your IT', 'Webmail reading health']);
  });

  it('puts the report permission first while it is missing, and the problems before the health', () => {
    const root = renderApp(ready(settings({ problems: ['x'] }), { webhookAccess: 'missing' }));
    expect([...root.querySelectorAll('h2')].map(text)).toEqual(['Reports', 'Your settings', 'Set by your IT', 'Problems with the IT policy', 'Webmail reading health']);
  });
});

describe('options App: your settings', () => {
  it('shows the person’s trusted senders, each with a Remove button naming it', () => {
    const root = renderApp(ready());
    const list = root.querySelector('.domains')!;
    expect(text(list.querySelector('.evidence'))).toBe('quest-labs.example');
    expect(accessibleName(list.querySelector('button')!)).toBe('Remove quest-labs.example');
  });

  it('adds a domain written the way people write it, then saves exactly the new options', async () => {
    const actions = makeActions();
    const root = renderApp(ready(), actions);
    await type(addInput(root), '  @Availity-Portal.Example. ');
    await click(button(root, 'Add')!);
    expect([...root.querySelectorAll('.domains .evidence')].map(text)).toEqual(['quest-labs.example', 'availity-portal.example']);
    expect(addInput(root).value).toBe('');
    expect(text(root.querySelector('#trusted-note'))).toBe('Added availity-portal.example. Press “Save settings” to keep it.');
    expect(actions.save).not.toHaveBeenCalled();
    expect(text(root.querySelector('.save-status'))).toBe('You have changes that are not saved yet.');
    await click(button(root, 'Save settings')!);
    expect(actions.save).toHaveBeenCalledTimes(1);
    expect(actions.save).toHaveBeenCalledWith({
      trustedDomains: ['quest-labs.example', 'availity-portal.example'],
      sensitivity: null,
      showSafeIndicator: null,
      language: 'auto',
    });
  });

  it('adds with the Enter key too', async () => {
    const root = renderApp(ready());
    await type(addInput(root), 'labcorp.example');
    await pressEnter(addInput(root));
    expect([...root.querySelectorAll('.domains .evidence')].map(text)).toContain('labcorp.example');
  });

  it.each(['not a domain', 'localhost', 'http://lab.example/path', 'lab', 'a..example', HOSTILE])(
    'refuses an invalid domain (%s) with an error, and does not save it',
    async (typed) => {
      const actions = makeActions();
      const root = renderApp(ready(), actions);
      await type(addInput(root), typed);
      await click(button(root, 'Add')!);
      const alert = root.querySelector('[role="alert"]');
      expect(text(alert)).toBe(`“${typed}” is not a domain. Type only the part after the @, for example lab.example.com.`);
      expect(addInput(root).getAttribute('aria-invalid')).toBe('true');
      expect(addInput(root).getAttribute('aria-describedby')).toContain('trusted-note');
      expect([...root.querySelectorAll('.domains .evidence')].map(text)).toEqual(['quest-labs.example']);
      expect(root.querySelector('img')).toBeNull();
      // Save with the bad text still in the box: nothing is saved, the error stays.
      await click(button(root, 'Save settings')!);
      expect(actions.save).not.toHaveBeenCalled();
      expect(text(root.querySelector('[role="alert"]'))).toContain('is not a domain');
    },
  );

  it('says so for an empty box or a domain already on the list, and adds nothing', async () => {
    const root = renderApp(ready());
    await click(button(root, 'Add')!);
    expect(text(root.querySelector('[role="alert"]'))).toBe('Type a domain first, for example lab.example.com.');
    await type(addInput(root), 'Quest-Labs.example');
    await click(button(root, 'Add')!);
    expect(text(root.querySelector('#trusted-note'))).toBe('quest-labs.example is already on your list.');
    expect(root.querySelectorAll('.domains .evidence')).toHaveLength(1);
  });

  it('includes a typed, valid domain that was not added yet when Save is pressed', async () => {
    const actions = makeActions();
    const root = renderApp(ready(), actions);
    await type(addInput(root), 'labcorp.example');
    await click(button(root, 'Save settings')!);
    expect(actions.save).toHaveBeenCalledWith(expect.objectContaining({ trustedDomains: ['quest-labs.example', 'labcorp.example'] }));
  });

  it('removes a domain and saves without it; focus goes back to the box', async () => {
    const actions = makeActions();
    const root = renderApp(ready(), actions);
    await click(button(root, 'Remove quest-labs.example')!);
    expect(root.querySelector('.domains')).toBeNull();
    expect(text(root.querySelector('#trusted-note'))).toBe('Removed quest-labs.example. Press “Save settings” to keep this change.');
    expect(document.activeElement).toBe(addInput(root));
    await click(button(root, 'Save settings')!);
    expect(actions.save).toHaveBeenCalledWith({ trustedDomains: [], sensitivity: null, showSafeIndicator: null, language: 'auto' });
  });

  it('offers the default and three levels, each with one plain sentence', () => {
    const root = renderApp(ready());
    const group = root.querySelector('[data-setting="sensitivity"]')!;
    expect(text(group.querySelector('legend'))).toBe('How careful Second Look should be');
    const inputs = [...group.querySelectorAll('input')];
    expect(inputs.map(accessibleName)).toEqual(['Use the default (Balanced)', 'Relaxed', 'Balanced', 'Strict']);
    expect(inputs.map((i) => text(document.getElementById(i.getAttribute('aria-describedby') ?? '')))).toEqual([
      '',
      'Warns only about emails that are very likely scams, so you see fewer warnings.',
      'Warns about clear scams and asks you to be careful with emails that look odd; right for most people.',
      'Warns about anything unusual, so you see more warnings, some of them about safe emails.',
    ]);
    expect(radio(root, 'sensitivity', 'default').checked).toBe(true);
  });

  it('saves a changed sensitivity, safe-email line and language, and nothing else', async () => {
    const actions = makeActions();
    const root = renderApp(ready(), actions);
    await click(radio(root, 'sensitivity', 'strict'));
    await click(radio(root, 'safe-indicator', 'show'));
    await choose(root.querySelector<HTMLSelectElement>('#language')!, 'es');
    await click(button(root, 'Save settings')!);
    expect(actions.save).toHaveBeenCalledWith({ trustedDomains: ['quest-labs.example'], sensitivity: 'strict', showSafeIndicator: true, language: 'es' });
  });

  it('can go back to the default (null)', async () => {
    const actions = makeActions();
    const view = settings({ user: { trustedDomains: [], sensitivity: 'strict', showSafeIndicator: false, language: 'en' } });
    const root = renderApp(ready(view), actions);
    expect(radio(root, 'sensitivity', 'strict').checked).toBe(true);
    expect(radio(root, 'safe-indicator', 'hide').checked).toBe(true);
    await click(radio(root, 'sensitivity', 'default'));
    await click(radio(root, 'safe-indicator', 'default'));
    await click(button(root, 'Save settings')!);
    expect(actions.save).toHaveBeenCalledWith({ trustedDomains: [], sensitivity: null, showSafeIndicator: null, language: 'en' });
  });

  it('names the language choices in plain words', () => {
    const root = renderApp(ready());
    const select = root.querySelector<HTMLSelectElement>('#language')!;
    expect(accessibleName(select)).toBe('Language');
    expect([...select.options].map((o) => o.textContent)).toEqual(['Automatic (the same as your browser)', 'English', 'Español']);
  });

  it.each([
    ['idle', ''],
    ['saving', 'Saving…'],
    ['saved', 'Your settings are saved.'],
    ['failed', 'Your settings could not be saved. Please try again.'],
  ] as const)('says how the last save went (%s) in a status line', (saved, words) => {
    const root = renderApp(ready(settings(), { saved }));
    const status = root.querySelector('.save-status')!;
    expect(status.getAttribute('role')).toBe('status');
    expect(text(status)).toBe(words);
  });

  it('does not save twice while a save is running', async () => {
    const actions = makeActions();
    let finish: () => void = () => {};
    actions.save.mockImplementation(() => new Promise<void>((resolve) => (finish = resolve)));
    const root = renderApp(ready(), actions);
    await click(button(root, 'Save settings')!);
    expect(button(root, 'Saving…')?.getAttribute('aria-disabled')).toBe('true');
    await click(button(root, 'Saving…')!);
    expect(actions.save).toHaveBeenCalledTimes(1);
    await act(async () => finish());
    await vi.waitFor(() => expect(button(root, 'Save settings')).toBeDefined());
  });

  it('takes the stored value as the new draft after a save', async () => {
    const root = renderApp(ready());
    await click(radio(root, 'sensitivity', 'strict'));
    renderApp(ready(settings({ user: { trustedDomains: ['quest-labs.example'], sensitivity: 'strict', showSafeIndicator: null, language: 'auto' } }), { saved: 'saved' }));
    await act(async () => {});
    expect(radio(root, 'sensitivity', 'strict').checked).toBe(true);
    expect(text(root.querySelector('.save-status'))).toBe('Your settings are saved.');
  });

  it('clears “Added …, press Save” once the list is saved, and keeps it when the save failed', async () => {
    const root = renderApp(ready());
    await type(addInput(root), 'labcorp.example');
    await click(button(root, 'Add')!);
    renderApp(ready(settings(), { saved: 'failed' }));
    await act(async () => {});
    expect(text(root.querySelector('#trusted-note'))).toContain('Added labcorp.example.');
    expect([...root.querySelectorAll('.domains .evidence')].map(text)).toEqual(['quest-labs.example', 'labcorp.example']);
    renderApp(ready(settings({ user: { ...settings().user, trustedDomains: ['quest-labs.example', 'labcorp.example'] } }), { saved: 'saved' }));
    await act(async () => {});
    expect(text(root.querySelector('#trusted-note'))).toBe('');
    expect(text(root.querySelector('.save-status'))).toBe('Your settings are saved.');
  });
});

describe('options App: settings set by IT are locked', () => {
  it('disables every locked control, says "Set by your IT" with the value in use, and tells screen readers why', () => {
    const root = renderApp(ready(LOCKED_ALL));
    const sensitivity = root.querySelector('[data-setting="sensitivity"]')!;
    expect(text(sensitivity.querySelector('.locked-note'))).toBe('Set by your IT: Strict');
    const radios = [...sensitivity.querySelectorAll<HTMLInputElement>('input[type="radio"]')];
    expect(radios).toHaveLength(4);
    for (const r of radios) {
      expect(r.disabled).toBe(true);
      expect(r.getAttribute('aria-describedby')).toContain('sensitivity-locked');
      expect(accessibleName(r)).not.toBe('');
    }
    // The value in use is the one shown as chosen, not the person's stored "relaxed".
    expect(radio(root, 'sensitivity', 'strict').checked).toBe(true);

    const safe = root.querySelector('[data-setting="showSafeIndicator"]')!;
    expect(text(safe.querySelector('.locked-note'))).toBe('Set by your IT: not shown');
    for (const r of safe.querySelectorAll<HTMLInputElement>('input')) {
      expect(r.disabled).toBe(true);
      expect(r.getAttribute('aria-describedby')).toContain('safe-locked');
    }
    expect(radio(root, 'safe-indicator', 'hide').checked).toBe(true);

    const trusted = root.querySelector('[data-setting="trustedDomains"]')!;
    expect(text(trusted.querySelector('.locked-note'))).toBe('Set by your IT: only the senders your IT trusts are used');
    expect(text(trusted)).toContain('Your IT does not let people add their own trusted senders on this browser.');
    expect(addInput(root).disabled).toBe(true);
    expect(addInput(root).getAttribute('aria-describedby')).toContain('trusted-locked');
    expect(button(root, 'Add')!.disabled).toBe(true);
    expect(button(root, 'Remove quest-labs.example')!.disabled).toBe(true);

    // Language is never set by IT: still free.
    expect(root.querySelector<HTMLSelectElement>('#language')!.disabled).toBe(false);
    expect(root.querySelector('[data-setting="language"] .locked-note')).toBeNull();
  });

  it('does not lock what IT did not set', () => {
    const root = renderApp(ready(settings({ locked: ['sensitivity'] }, { sensitivity: 'relaxed' })));
    expect(radio(root, 'sensitivity', 'relaxed').disabled).toBe(true);
    expect(radio(root, 'safe-indicator', 'show').disabled).toBe(false);
    expect(addInput(root).disabled).toBe(false);
    expect(root.querySelectorAll('.locked-note')).toHaveLength(1);
  });

  it('trying to change a locked setting changes nothing, and Save sends the stored values for it', async () => {
    const actions = makeActions();
    const root = renderApp(ready(LOCKED_ALL), actions);
    await click(radio(root, 'sensitivity', 'relaxed'));
    await click(radio(root, 'sensitivity', 'balanced'));
    await click(radio(root, 'safe-indicator', 'show'));
    // Even a change event forced on the disabled control is ignored.
    await act(async () => {
      radio(root, 'sensitivity', 'balanced').dispatchEvent(new Event('change', { bubbles: true }));
    });
    await click(button(root, 'Remove quest-labs.example')!);
    expect(radio(root, 'sensitivity', 'strict').checked).toBe(true);
    await choose(root.querySelector<HTMLSelectElement>('#language')!, 'es');
    await click(button(root, 'Save settings')!);
    expect(actions.save).toHaveBeenCalledTimes(1);
    expect(actions.save).toHaveBeenCalledWith({ ...LOCKED_ALL.user, language: 'es' });
  });
});

describe('options App: set by your IT', () => {
  const row = (root: Element, name: string) => root.querySelector(`[data-policy="${name}"] dd`);

  it('shows the effective policy as text', () => {
    const root = renderApp(ready());
    const it = section(root, 'it')!;
    expect(text(it)).toContain(TEXT.itIntro);
    expect(text(it)).not.toContain(TEXT.itNoPolicy);
    expect([...it.querySelectorAll('dt')].map(text)).toEqual([
      'Your organization’s email domains',
      'Senders your IT trusts',
      'Senders your IT blocks',
      'Names Second Look watches for impostors',
      'Checks your IT turned off',
      'How careful Second Look is',
      '“No problems found” on safe emails',
      'People may add their own trusted senders',
      'Who to contact',
      'Where reports go',
      'Message text in reports',
      '“This looks safe to me” button',
      'Training email markers',
    ]);
    expect(text(row(root, 'organizationDomains'))).toBe('northgate-clinic.example');
    expect(text(row(root, 'trustedDomains'))).toBe('availity.example epic-mail.example');
    expect(text(row(root, 'blockedDomains'))).toBe('rnicrosoft-support.co');
    expect(text(row(root, 'protectedNames'))).toBe('Dr. Amelia Ortiz Priya Raman');
    expect(text(row(root, 'disabledRules'))).toBe('wording-urgency');
    expect(text(row(root, 'sensitivity'))).toBe('Not set by your IT (in use now: Balanced)');
    expect(text(row(root, 'showSafeIndicator'))).toBe('Not set by your IT (in use now: not shown)');
    expect(text(row(root, 'allowUserAllowlist'))).toBe('Yes');
    expect(text(row(root, 'supportContact'))).toBe('Name: Northgate IT Phone: (555) 010-4477 Email: helpdesk@northgate-it.example Website: https://help.northgate-it.example');
    expect(text(row(root, 'report'))).toBe(
      'To your IT’s reporting system at tickets.northgate-it.example A security token is set. Second Look has your browser’s permission to send reports there.',
    );
    expect(text(row(root, 'reportIncludeBody'))).toBe('Not included');
    expect(text(row(root, 'allowFalsePositiveReports'))).toBe('Allowed');
    expect(text(row(root, 'simulationMarkers'))).toBe('2 markers');
  });

  it('shows locked values as set by IT, and the other variants of each row', () => {
    const view = settings(
      { locked: ['sensitivity', 'showSafeIndicator', 'trustedDomains'] },
      {
        sensitivity: 'strict',
        showSafeIndicator: true,
        allowUserAllowlist: false,
        organizationDomains: [],
        supportContact: null,
        report: { webhookUrl: null, webhookTokenSet: false, mailbox: 'phishing@northgate-it.example', includeBody: true, allowFalsePositive: false, simulationMarkers: 1 },
      },
    );
    const root = renderApp(ready(view, { webhookAccess: 'not-needed' }));
    expect(text(row(root, 'organizationDomains'))).toBe('None');
    expect(text(row(root, 'sensitivity'))).toBe('Strict');
    expect(text(row(root, 'showSafeIndicator'))).toBe('shown');
    expect(text(row(root, 'allowUserAllowlist'))).toBe('No');
    expect(text(row(root, 'supportContact'))).toBe('Not set');
    expect(text(row(root, 'report'))).toBe('By email to phishing@northgate-it.example');
    expect(text(row(root, 'reportIncludeBody'))).toBe('Included');
    expect(text(row(root, 'allowFalsePositiveReports'))).toBe('Not allowed');
    expect(text(row(root, 'simulationMarkers'))).toBe('1 marker');
  });

  it('says where reports go when nothing is set, and when a mailbox is set beside a webhook', () => {
    const none = settings({}, { report: { webhookUrl: null, webhookTokenSet: false, mailbox: null, includeBody: false, allowFalsePositive: true, simulationMarkers: 0 } });
    let root = renderApp(ready(none, { webhookAccess: 'not-needed' }));
    expect(text(row(root, 'report'))).toBe('Nowhere: your IT has not set where reports go.');
    expect(text(row(root, 'simulationMarkers'))).toBe('None');
    const both = settings({}, { report: { webhookUrl: WEBHOOK, webhookTokenSet: false, mailbox: 'phishing@northgate-it.example', includeBody: false, allowFalsePositive: true, simulationMarkers: 0 } });
    root = renderApp(ready(both));
    expect(text(row(root, 'report'))).toBe(
      'To your IT’s reporting system at tickets.northgate-it.example No security token is set. Second Look has your browser’s permission to send reports there. The mailbox phishing@northgate-it.example is set too, but reports go to the reporting system above.',
    );
  });

  it('says plainly when no IT policy is installed', () => {
    const root = renderApp(ready(settings({ managedKeys: [] })));
    const it = section(root, 'it')!;
    expect(text(it.querySelector('[data-policy-installed="false"]'))).toBe('No IT policy is installed on this browser, so Second Look uses its default settings.');
    expect(text(it)).not.toContain(TEXT.itIntro);
  });

  it('never shows the webhook token, nor the webhook’s path or query, even when the background sends them', () => {
    const raw = structuredClone(settings()) as unknown as Loose;
    raw.policy.report.webhookToken = TOKEN;
    raw.policy.webhookToken = TOKEN;
    const view = settingsFromResponse({ ok: true, settings: { ...raw, webhookToken: TOKEN } })!;
    expect(view).not.toBeNull();
    expect(JSON.stringify(view)).not.toContain(TOKEN);
    for (const access of ['granted', 'missing'] as const) {
      const root = renderApp(ready(view, { webhookAccess: access }));
      const html = root.innerHTML;
      expect(html).not.toContain(TOKEN);
      expect(html).not.toContain('PATHSECRET');
      expect(html).not.toContain('/hooks/phish');
      expect(text(root)).toContain('A security token is set.');
    }
  });
});

describe('options App: reports permission', () => {
  it('shows the button and one sentence why only when access is missing', async () => {
    const actions = makeActions();
    const root = renderApp(ready(settings(), { webhookAccess: 'missing' }), actions);
    const reports = section(root, 'reports')!;
    expect(text(reports.querySelector('h2'))).toBe('Reports');
    const allow = button(reports, 'Allow Second Look to send reports to tickets.northgate-it.example')!;
    expect(allow).toBeDefined();
    expect(text(document.getElementById(allow.getAttribute('aria-describedby')!))).toBe(
      'Your browser needs your permission before Second Look can send the emails you report to your IT’s system at tickets.northgate-it.example. Without it, reports may not arrive.',
    );
    // It comes first: it is the one thing to do on this page.
    expect(root.querySelector('h2')).toBe(reports.querySelector('h2'));
    expect(text(root.querySelector('[data-policy="report"] [data-webhook-access="missing"]'))).toBe(
      'Second Look does not have your browser’s permission to send reports there yet (see “Reports” above).',
    );
    await click(allow);
    expect(actions.allowWebhook).toHaveBeenCalledTimes(1);
  });

  it('shows no Reports section when access is given; says so where reports go', () => {
    const root = renderApp(ready(settings(), { webhookAccess: 'granted' }));
    expect(section(root, 'reports')).toBeNull();
    expect(text(root)).not.toContain('Allow Second Look');
    expect(text(root.querySelector('[data-policy="report"] [data-webhook-access]'))).toBe('Second Look has your browser’s permission to send reports there.');
  });

  it('shows nothing about it without a webhook', () => {
    const view = settings({}, { report: { webhookUrl: null, webhookTokenSet: false, mailbox: 'phishing@northgate-it.example', includeBody: false, allowFalsePositive: true, simulationMarkers: 0 } });
    const root = renderApp(ready(view, { webhookAccess: 'not-needed' }));
    expect(section(root, 'reports')).toBeNull();
    expect(text(root)).not.toContain('Allow Second Look');
  });

  it('says something went wrong when the action fails, and the button works again', async () => {
    const actions = makeActions();
    actions.allowWebhook.mockRejectedValueOnce(new Error('boom'));
    const root = renderApp(ready(settings(), { webhookAccess: 'missing' }), actions);
    const name = 'Allow Second Look to send reports to tickets.northgate-it.example';
    await click(button(root, name)!);
    await act(async () => {});
    expect(text(root.querySelector('#reports [role="alert"]'))).toBe('Something went wrong. Please try again.');
    await click(button(root, name)!);
    expect(actions.allowWebhook).toHaveBeenCalledTimes(2);
  });
});

describe('options App: problems with the IT policy', () => {
  it('lists them for IT when there are any', () => {
    const problems = ['reportWebhookUrl must be an https:// address; ignored', 'trustedDomains: "lab" is not a domain; ignored'];
    const root = renderApp(ready(settings({ problems })));
    const s = section(root, 'problems')!;
    expect(text(s.querySelector('h2'))).toBe('Problems with the IT policy');
    expect(text(s)).toContain('For your IT person: these parts of the policy could not be used as written.');
    expect([...s.querySelectorAll('li')].map(text)).toEqual(problems);
  });

  it('is absent when there are none', () => {
    const root = renderApp(ready(settings({ problems: [] })));
    expect(section(root, 'problems')).toBeNull();
    expect(text(root)).not.toContain('Problems with the IT policy');
  });
});

describe('options App: strings from policy are text', () => {
  it('renders hostile names, domains, problems and contact details as text, creating no element', () => {
    const view = settings(
      { problems: [HOSTILE], user: { trustedDomains: [], sensitivity: null, showSafeIndicator: null, language: 'auto' } },
      {
        protectedNames: [HOSTILE],
        disabledRules: [HOSTILE],
        supportContact: { name: HOSTILE, phone: HOSTILE, email: HOSTILE, url: HOSTILE },
        report: { webhookUrl: WEBHOOK, webhookTokenSet: true, mailbox: HOSTILE, includeBody: false, allowFalsePositive: true, simulationMarkers: 0 },
      },
    );
    const root = renderApp(ready(view, { webhookAccess: 'missing' }));
    expect(root.querySelector('img')).toBeNull();
    expect(document.querySelector('img')).toBeNull();
    expect(root.querySelector('[onerror]')).toBeNull();
    expect(root.querySelector('a')).toBeNull();
    expect(text(root.querySelector('[data-policy="protectedNames"] dd'))).toBe(HOSTILE);
    expect(text(section(root, 'problems')!.querySelector('li'))).toBe(HOSTILE);
    expect(text(root.querySelector('[data-policy="supportContact"] dd'))).toContain(`Name: ${HOSTILE}`);
  });
});

describe('options App: webmail reading health', () => {
  it('shows per webmail how many emails were checked and which parts could not be read, how often and when', () => {
    const root = renderApp(ready());
    const s = section(root, 'health')!;
    expect(text(s)).toContain('Only counts and times are kept here, never anything from your emails.');
    const gmail = s.querySelector('[data-webmail="gmail"]')!;
    expect(text(gmail.querySelector('h3'))).toBe('Gmail');
    expect(text(gmail)).toContain(`42 emails checked, the last one on ${formatTime('2025-03-04T09:15:00.000Z')}.`);
    expect([...gmail.querySelectorAll('.health__fields li')].map(text)).toEqual([
      `date: 1 time, last on ${formatTime('2025-03-01T08:00:00.000Z')}`,
      `sender address: 3 times, last on ${formatTime('2025-03-03T16:20:00.000Z')}`,
    ]);
    expect(text(s.querySelector('[data-health-summary]'))).toBe(TEXT.healthAdvice);
    const outlook = s.querySelector('[data-webmail="outlook"]')!;
    expect(text(outlook)).toBe('Outlook No emails checked yet on this browser.');
  });

  it('names an open email that could not be found (markup drift) without counting it as checked', () => {
    const health = { outlook: { analyzed: 0, lastAnalyzed: '', missing: { message: { count: 2, lastSeen: '2025-03-04T09:15:00.000Z' } } } };
    const root = renderApp(ready(settings({ health })));
    const outlook = section(root, 'health')!.querySelector('[data-webmail="outlook"]')!;
    expect(text(outlook.querySelector('p'))).toBe('No emails checked yet on this browser.');
    expect([...outlook.querySelectorAll('.health__fields li')].map(text)).toEqual([
      `the open email itself (Second Look could not find it on the page): 2 times, last on ${formatTime('2025-03-04T09:15:00.000Z')}`,
    ]);
    expect(text(section(root, 'health')!.querySelector('[data-health-summary]'))).toBe(TEXT.healthAdvice);
  });

  it('says plainly when all is well', () => {
    const health = { outlook: { analyzed: 1, lastAnalyzed: '2025-03-04T09:15:00.000Z', missing: {} } };
    const root = renderApp(ready(settings({ health })));
    const s = section(root, 'health')!;
    expect(text(s.querySelector('[data-health-summary]'))).toBe('All is well: Second Look could read every part of the emails it checked.');
    expect(text(s.querySelector('[data-webmail="outlook"]'))).toContain('1 email checked');
    expect(text(s.querySelector('[data-webmail="outlook"] [data-health="ok"]'))).toBe('Every part of every email could be read.');
  });

  it('says when nothing was checked yet', () => {
    const root = renderApp(ready(settings({ health: {} })));
    expect(text(section(root, 'health')!.querySelector('[data-health-summary]'))).toBe('Second Look has not checked any emails on this browser yet.');
  });

  it('writes an unreadable time as unknown rather than "Invalid Date"', () => {
    expect(formatTime('yesterday-ish')).toBe('an unknown time');
  });
});

// ---------------------------------------------------------------------------------------------
// client.ts

describe('options client: answers are checked before they are shown', () => {
  it('accepts a well-formed view and keeps only its known fields', () => {
    const view = settings();
    expect(parseSettingsView(view)).toEqual(view);
    expect(parseSettingsView({ ...view, extra: 1 })).toEqual(view);
  });

  it.each<[string, (v: Loose) => void]>([
    ['no user', (v) => delete v.user],
    ['user with a bad domain', (v) => (v.user.trustedDomains = ['not a domain'])],
    ['an unknown locked setting', (v) => (v.locked = ['everything'])],
    ['locked not a list', (v) => (v.locked = 'sensitivity')],
    ['problems not strings', (v) => (v.problems = [1])],
    ['managedKeys missing', (v) => delete v.managedKeys],
    ['a policy list with a number', (v) => (v.policy.protectedNames = ['a', 2])],
    ['an unknown sensitivity', (v) => (v.policy.sensitivity = 'paranoid')],
    ['a webhook that is not a web address', (v) => (v.policy.report.webhookUrl = 'javascript:alert(1)')],
    ['token flag not boolean', (v) => (v.policy.report.webhookTokenSet = 'yes')],
    ['negative marker count', (v) => (v.policy.report.simulationMarkers = -1)],
    ['no report', (v) => delete v.policy.report],
  ])('rejects a view with %s', (_name, spoil) => {
    const v = structuredClone(settings()) as unknown as Loose;
    spoil(v);
    expect(parseSettingsView(v)).toBeNull();
  });

  it('keeps good health entries and drops bad ones (health never makes the page unavailable)', () => {
    const v = settings({
      health: {
        gmail: { analyzed: 2, lastAnalyzed: 't', missing: { from: { count: 1, lastSeen: 't' }, 'Bad Field!': { count: 1, lastSeen: 't' }, to: { count: 'x', lastSeen: 't' } } },
        outlook: { analyzed: 'many' },
      } as never,
    });
    expect(parseSettingsView(v)?.health).toEqual({ gmail: { analyzed: 2, lastAnalyzed: 't', missing: { from: { count: 1, lastSeen: 't' } } } });
    expect(parseSettingsView({ ...v, health: 'broken' })?.health).toEqual({});
  });

  it('drops contact fields that are not text', () => {
    const v = settings({}, { supportContact: { name: 'IT', phone: 5 } as never });
    expect(parseSettingsView(v)?.policy.supportContact).toEqual({ name: 'IT' });
  });

  it('reads responses', () => {
    expect(settingsFromResponse({ ok: true, settings: settings() })).toEqual(settings());
    expect(settingsFromResponse({ ok: false, error: 'forbidden' })).toBeNull();
    expect(settingsFromResponse(undefined)).toBeNull();
    expect(savedFromResponse({ ok: true })).toBe(true);
    expect(savedFromResponse({ ok: false, error: 'forbidden' })).toBe(false);
    expect(savedFromResponse({ ok: false, error: 'invalid-request' })).toBe(false);
    expect(savedFromResponse(null)).toBe(false);
  });

  it('asks for the webhook host on any port, and shows the host only', () => {
    expect(webhookPattern('https://tickets.example/hooks/x?key=1')).toBe('https://tickets.example/*');
    expect(webhookPattern('http://127.0.0.1:8080/report')).toBe('http://127.0.0.1/*');
    expect(webhookPattern('ftp://x.example/')).toBeNull();
    expect(webhookPattern('not a url')).toBeNull();
    expect(webhookHost('https://tickets.example:8443/hooks/x?key=1')).toBe('tickets.example:8443');
  });
});

describe('options client: controller', () => {
  function fakeApi(view: SettingsView | (() => unknown) = settings()) {
    const sent: Request[] = [];
    let stored: SettingsView = typeof view === 'function' ? settings() : view;
    const api = {
      send: vi.fn(async (request: Request): Promise<unknown> => {
        sent.push(request);
        if (request.type === 'getSettings') return typeof view === 'function' ? view() : { ok: true, settings: stored };
        if (request.type === 'setUserOptions') {
          stored = { ...stored, user: request.options as UserOptions };
          return { ok: true };
        }
        return { ok: false, error: 'unknown-request' };
      }),
      hasHostAccess: vi.fn(async (_pattern: string) => false),
      requestHostAccess: vi.fn(async (_pattern: string) => true),
    } satisfies OptionsApi;
    const shown: OptionsState[] = [];
    const controller = createOptionsController(api, (s) => shown.push(s));
    return { api, sent, shown, controller, last: () => shown[shown.length - 1]! };
  }

  it('loads the settings and asks whether the webhook host is reachable', async () => {
    const { api, controller, last } = fakeApi();
    await controller.start();
    expect(api.hasHostAccess).toHaveBeenCalledWith('https://tickets.northgate-it.example/*');
    expect(last()).toEqual({ kind: 'ready', settings: settings(), webhookAccess: 'missing', saved: 'idle' });
  });

  it('says granted when the browser says so, and not-needed without a webhook (without asking)', async () => {
    const a = fakeApi();
    a.api.hasHostAccess.mockResolvedValue(true);
    await a.controller.start();
    expect((a.last() as ReadyState).webhookAccess).toBe('granted');
    const b = fakeApi(settings({}, { report: { webhookUrl: null, webhookTokenSet: false, mailbox: null, includeBody: false, allowFalsePositive: true, simulationMarkers: 0 } }));
    await b.controller.start();
    expect((b.last() as ReadyState).webhookAccess).toBe('not-needed');
    expect(b.api.hasHostAccess).not.toHaveBeenCalled();
  });

  it('treats a failing permissions check as missing', async () => {
    const { api, controller, last } = fakeApi();
    api.hasHostAccess.mockRejectedValue(new Error('Invalid url pattern'));
    await controller.start();
    expect((last() as ReadyState).webhookAccess).toBe('missing');
  });

  it.each<[string, () => unknown]>([
    ['a refusal', () => ({ ok: false, error: 'forbidden' })],
    ['nonsense', () => ({ ok: true, settings: { user: 'x' } })],
    ['no answer', () => undefined],
    ['a rejected message', () => Promise.reject(new Error('Receiving end does not exist.'))],
  ])('shows unavailable after %s', async (_name, answer) => {
    const { controller, last } = fakeApi(answer);
    await controller.start();
    expect(last()).toEqual({ kind: 'unavailable' });
  });

  it('saves exactly the new options, reloads, and says saved', async () => {
    const { controller, sent, shown, last } = fakeApi();
    await controller.start();
    const next: UserOptions = { trustedDomains: ['quest-labs.example', 'labcorp.example'], sensitivity: 'strict', showSafeIndicator: true, language: 'es' };
    await controller.actions.save(next);
    expect(sent).toEqual([{ type: 'getSettings' }, { type: 'setUserOptions', options: next }, { type: 'getSettings' }]);
    expect(shown.map((s) => (s.kind === 'ready' ? s.saved : s.kind))).toEqual(['idle', 'saving', 'saved']);
    expect((last() as ReadyState).settings.user).toEqual(next);
  });

  it('says failed when the background refuses, and keeps the stored settings', async () => {
    const { api, controller, last } = fakeApi();
    await controller.start();
    api.send.mockImplementation(async (request: Request) => (request.type === 'setUserOptions' ? { ok: false, error: 'forbidden' } : { ok: true, settings: settings() }));
    await controller.actions.save({ ...settings().user, language: 'en' });
    expect((last() as ReadyState).saved).toBe('failed');
    expect((last() as ReadyState).settings.user).toEqual(settings().user);
  });

  it('refuses a change to a locked setting without asking the background', async () => {
    const { controller, sent, last } = fakeApi(LOCKED_ALL);
    await controller.start();
    for (const change of [{ sensitivity: 'strict' }, { sensitivity: null }, { showSafeIndicator: false }, { trustedDomains: [] }] as Partial<UserOptions>[]) {
      await controller.actions.save({ ...LOCKED_ALL.user, ...change });
      expect((last() as ReadyState).saved).toBe('failed');
    }
    expect(sent.filter((r) => r.type === 'setUserOptions')).toEqual([]);
    // An unlocked change with the locked values as stored goes through.
    await controller.actions.save({ ...LOCKED_ALL.user, language: 'es' });
    expect(sent.filter((r) => r.type === 'setUserOptions')).toEqual([{ type: 'setUserOptions', options: { ...LOCKED_ALL.user, language: 'es' } }]);
  });

  it('refuses options that are not valid without asking the background', async () => {
    const { controller, sent, last } = fakeApi();
    await controller.start();
    await controller.actions.save({ ...settings().user, trustedDomains: ['not a domain'] });
    await controller.actions.save({ ...settings().user, sensitivity: 'paranoid' as never });
    expect(sent.filter((r) => r.type === 'setUserOptions')).toEqual([]);
    expect((last() as ReadyState).saved).toBe('failed');
  });

  it('keeps what was saved on screen when the settings cannot be read back', async () => {
    const { api, controller, last } = fakeApi();
    await controller.start();
    api.send.mockImplementation(async (request: Request) => (request.type === 'setUserOptions' ? { ok: true } : Promise.reject(new Error('gone'))));
    const next = { ...settings().user, language: 'en' as const };
    await controller.actions.save(next);
    expect(last()).toMatchObject({ kind: 'ready', saved: 'saved', settings: { user: next } });
  });

  it('asks for the webhook permission inside the click (before anything is awaited), then reloads', async () => {
    const { api, controller, last } = fakeApi();
    await controller.start();
    api.hasHostAccess.mockResolvedValue(true);
    const done = controller.actions.allowWebhook();
    expect(api.requestHostAccess).toHaveBeenCalledWith('https://tickets.northgate-it.example/*');
    await done;
    expect((last() as ReadyState).webhookAccess).toBe('granted');
  });

  it('does not ask again when access is there, nor without a webhook; a refused prompt just stays missing', async () => {
    const a = fakeApi();
    a.api.hasHostAccess.mockResolvedValue(true);
    await a.controller.start();
    await a.controller.actions.allowWebhook();
    expect(a.api.requestHostAccess).not.toHaveBeenCalled();
    const b = fakeApi();
    b.api.requestHostAccess.mockRejectedValue(new Error('Permission request was not allowed by the user'));
    await b.controller.start();
    await b.controller.actions.allowWebhook();
    expect(b.api.requestHostAccess).toHaveBeenCalledTimes(1);
    expect((b.last() as ReadyState).webhookAccess).toBe('missing');
  });

  it('refresh keeps the last save’s outcome, and a stale load is not drawn over a newer one', async () => {
    const { api, controller, last } = fakeApi();
    await controller.start();
    await controller.actions.save({ ...settings().user, language: 'en' });
    await controller.refresh();
    expect((last() as ReadyState).saved).toBe('saved');

    let release: (v: unknown) => void = () => {};
    api.send.mockImplementationOnce(() => new Promise((resolve) => (release = resolve)));
    const slow = controller.refresh();
    api.hasHostAccess.mockResolvedValue(true);
    await controller.refresh();
    expect((last() as ReadyState).webhookAccess).toBe('granted');
    release({ ok: false, error: 'failed' });
    await slow;
    expect(last()).toMatchObject({ kind: 'ready', webhookAccess: 'granted' });
  });
});

// ---------------------------------------------------------------------------------------------
// main.tsx

describe('options main.tsx: wired to the browser', () => {
  const b = browserMock.browser;

  beforeEach(() => {
    vi.resetModules();
    b.runtime.sendMessage.mockReset();
    b.permissions.contains.mockReset();
    b.permissions.request.mockReset();
    b.permissions.onAdded.addListener.mockReset();
    b.permissions.onRemoved.addListener.mockReset();
    b.storage.onChanged.addListener.mockReset();
    document.body.innerHTML = '<div id="app"></div>';
  });

  afterEach(() => {
    const app = document.getElementById('app');
    if (app) render(null, app);
    document.body.innerHTML = '';
  });

  it('loads the settings, asks the browser for the webhook permission on click, saves, and reloads on policy changes', async () => {
    let granted = false;
    let view = settings();
    b.permissions.contains.mockImplementation(async () => granted);
    b.permissions.request.mockImplementation(async () => (granted = true));
    b.runtime.sendMessage.mockImplementation(async (request: Request) => {
      if (request.type === 'setUserOptions') {
        view = { ...view, user: request.options as UserOptions };
        return { ok: true };
      }
      return { ok: true, settings: view };
    });
    await act(async () => {
      await import('../../src/options/main');
    });
    const allowName = 'Allow Second Look to send reports to tickets.northgate-it.example';
    await vi.waitFor(() => expect(button(document.body, allowName)).toBeDefined());
    expect(b.permissions.contains).toHaveBeenCalledWith({ origins: ['https://tickets.northgate-it.example/*'] });

    await click(button(document.body, allowName)!);
    expect(b.permissions.request).toHaveBeenCalledWith({ origins: ['https://tickets.northgate-it.example/*'] });
    await vi.waitFor(() => expect(section(document.body, 'reports')).toBeNull());
    expect(text(document.querySelector('[data-policy="report"] [data-webhook-access]'))).toBe('Second Look has your browser’s permission to send reports there.');

    await click(radio(document.body, 'sensitivity', 'strict'));
    await click(button(document.body, 'Save settings')!);
    await vi.waitFor(() => expect(text(document.querySelector('.save-status'))).toBe('Your settings are saved.'));
    const calls = b.runtime.sendMessage.mock.calls.map((c): unknown => c[0]);
    expect(calls).toContainEqual({ type: 'setUserOptions', options: { ...settings().user, sensitivity: 'strict' } });
    expect(calls.at(-1)).toEqual({ type: 'getSettings' });

    // IT changes the policy while the page is open: it loads again.
    const onChanged = b.storage.onChanged.addListener.mock.calls[0]![0] as (changes: object, area: string) => void;
    view = { ...view, locked: ['sensitivity'], policy: { ...view.policy, sensitivity: 'relaxed' } };
    await act(async () => onChanged({ sensitivity: { newValue: 'relaxed' } }, 'managed'));
    await vi.waitFor(() => expect(text(document.querySelector('[data-setting="sensitivity"] .locked-note'))).toBe('Set by your IT: Relaxed'));
    expect(b.permissions.onAdded.addListener).toHaveBeenCalledTimes(1);
    expect(b.permissions.onRemoved.addListener).toHaveBeenCalledTimes(1);
  });

  it('shows unavailable when the background does not answer', async () => {
    b.runtime.sendMessage.mockRejectedValue(new Error('Could not establish connection. Receiving end does not exist.'));
    await act(async () => {
      await import('../../src/options/main');
    });
    await vi.waitFor(() => expect(text(document.querySelector('[role="status"]'))).toContain(TEXT.unavailable));
  });
});

// ---------------------------------------------------------------------------------------------
// The stylesheet: contrast and sizes

describe('options.css', () => {
  const { css, light: lightPart, dark: darkPart } = pageStyles('options/options.css');

  const TEXT_PAIRS = [
    ['fg', 'bg'], ['muted', 'bg'], ['link', 'bg'], ['fg', 'panel-bg'], ['muted', 'panel-bg'],
    ['locked-fg', 'locked-bg'], ['attention-fg', 'attention-bg'],
    ['primary-fg', 'primary-bg'], ['secondary-fg', 'secondary-bg'], ['disabled-fg', 'disabled-bg'],
    ['error-fg', 'error-bg'], ['done-fg', 'done-bg'],
  ] as const;
  const NON_TEXT_PAIRS = [
    ['focus', 'bg'], ['line', 'bg'], ['attention-edge', 'attention-bg'], ['error-edge', 'error-bg'], ['error-edge', 'bg'], ['primary-bg', 'bg'],
  ] as const;

  it.each([
    ['light', lightPart],
    ['dark', darkPart],
  ])('meets WCAG AA contrast in the %s scheme', (_scheme, part) => {
    const colours = colourVariables(part);
    for (const [fg, bg] of TEXT_PAIRS) {
      expect(colours[fg], fg).toBeDefined();
      expect(contrast(colours[fg]!, colours[bg]!), `${fg} on ${bg}`).toBeGreaterThanOrEqual(4.5);
    }
    for (const [fg, bg] of NON_TEXT_PAIRS) expect(contrast(colours[fg]!, colours[bg]!), `${fg} on ${bg}`).toBeGreaterThanOrEqual(3);
  });

  it('sizes text in rem, shows focus, wraps long values, and never fades locked settings with opacity', () => {
    const sizes = [...css.matchAll(/font(?:-size)?:\s*([^;]+);/g)].map((m) => m[1]!).filter((v) => /\d/.test(v) && !/^16px$/.test(v));
    for (const size of sizes) expect(size, size).not.toMatch(/\d(px|pt)\b/);
    expect(css).toMatch(/:focus-visible\s*{\s*outline:\s*3px solid/);
    expect(css).toMatch(/overflow-wrap:\s*anywhere/);
    expect(css).not.toMatch(/opacity/);
  });
});
