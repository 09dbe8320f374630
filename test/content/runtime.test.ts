// @vitest-environment jsdom
// The content-script loop in jsdom with the real Gmail adapter and the real engine behind a fake
// background: marking, banner, link guard, navigation, and staying quiet on errors.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { analyze } from '../../src/engine/index';
import type { MessageFacts } from '../../src/engine/types';
import type { AnalyzeResult } from '../../src/messaging/protocol';
import { parsePolicy } from '../../src/policy/parse';
import { BANNER_ATTRIBUTE } from '../../src/content/banner';
import { DIALOG_ATTRIBUTE, RISKY_ATTRIBUTE } from '../../src/content/link-guard';
import { FINDINGS_ATTRIBUTE, LEVEL_ATTRIBUTE, startWatching, type Watcher } from '../../src/content/runtime';
import { gmailAdapter } from '../../src/webmail/gmail/adapter';
import { fixtureHtml, visibleInFixture } from '../webmail/fixture';

const POLICY = parsePolicy({
  organizationDomains: ['riversidefamilymed.org'],
  trustedDomains: ['questdiagnostics.com'],
  supportContact: { name: 'Northgate IT', phone: '(555) 010-4477', email: 'helpdesk@northgate-it.example' },
});

function show(path: string): void {
  const parsed = new DOMParser().parseFromString(fixtureHtml(path), 'text/html');
  document.body.innerHTML = parsed.body.innerHTML;
}

let stop: () => void = () => undefined;
let update: Watcher['update'] = () => undefined;
let asked: MessageFacts[];
let openKeys: string[][];
let opened: string[];

const NOT_REPORTED = { report: { state: 'none' as const }, markedSafe: false, showSafeIndicator: false, language: 'en' as const };

function watch(answer: (facts: MessageFacts) => Promise<AnalyzeResult | null> = (facts) => Promise.resolve({ ok: true, verdict: analyze(facts, { policy: POLICY.engine }), support: POLICY.support, ...NOT_REPORTED })) {
  ({ stop, update } = startWatching(gmailAdapter, {
    doc: document,
    win: window,
    isVisible: visibleInFixture,
    analyze: (facts) => {
      asked.push(facts);
      return answer(facts);
    },
    openMessages: (keys) => openKeys.push(keys),
    settleMs: 5,
    maxWaitMs: 20,
    fallbackMs: 0,
  }));
}

beforeEach(() => {
  asked = [];
  opened = [];
  openKeys = [];
  history.replaceState({}, '', '/mail/u/0/#inbox/FMfcgzQcqlBLwLspwKpJHSKfdDPZsRhN');
  vi.spyOn(window, 'open').mockImplementation((url) => {
    opened.push(String(url));
    return null;
  });
});

afterEach(() => {
  stop();
  vi.restoreAllMocks();
  document.body.innerHTML = '';
});

const container = (id: string) => document.querySelector<HTMLElement>(`[data-message-id="#msg-f:${id}"]`)!;
const banner = () => document.querySelector<HTMLElement>(`[${BANNER_ATTRIBUTE}]`);

describe('content runtime', () => {
  it('marks a phishing message and shows the danger banner above its body, in a shadow root', async () => {
    show('gmail/conversation-phish.html');
    watch();
    const message = container('1840959905192440240');
    await vi.waitFor(() => expect(message.getAttribute(LEVEL_ATTRIBUTE)).toBe('danger'));
    expect(message.getAttribute(FINDINGS_ATTRIBUTE)!.split(' ')).toEqual(expect.arrayContaining(['link-text-mismatch', 'attachment-html']));
    const host = banner()!;
    expect(host.getAttribute(BANNER_ATTRIBUTE)).toBe('danger');
    expect(host.nextElementSibling).toBe(message.querySelector('.a3s'));
    const root = host.shadowRoot!;
    expect(root.querySelector('[role="alert"]')).not.toBeNull();
    expect(root.querySelector('.title')!.textContent).toBe('Warning: this email may be a scam');
    expect(root.querySelectorAll('.reasons')[0]!.querySelectorAll('li').length).toBe(2);
    expect(root.textContent).toContain('Questions? Contact Northgate IT: (555) 010-4477, helpdesk@northgate-it.example');
    // The stale hidden view and the collapsed message are left alone; one question was asked.
    expect(container('1840959905192440233').hasAttribute(LEVEL_ATTRIBUTE)).toBe(false);
    expect(asked).toHaveLength(1);
  });

  it('marks a genuine message safe and shows nothing', async () => {
    show('gmail/single-message-genuine.html');
    watch();
    await vi.waitFor(() => expect(container('1841000000000000001').getAttribute(LEVEL_ATTRIBUTE)).toBe('safe'));
    expect(container('1841000000000000001').getAttribute(FINDINGS_ATTRIBUTE)).toBe('');
    expect(banner()).toBeNull();
  });

  it('shows a quiet "no problems found" line on a safe message only when asked to', async () => {
    show('gmail/single-message-genuine.html');
    watch((facts) => Promise.resolve({ ok: true, verdict: analyze(facts, { policy: POLICY.engine }), support: null, ...NOT_REPORTED, showSafeIndicator: true }));
    await vi.waitFor(() => expect(banner()).not.toBeNull());
    expect(banner()!.getAttribute(BANNER_ATTRIBUTE)).toBe('safe');
    expect(banner()!.shadowRoot!.textContent).toContain('Second Look: no problems found in this email.');
    expect(banner()!.shadowRoot!.querySelector('[role]')).toBeNull();
  });

  it('intercepts a click on a flagged link and lets a normal link through', async () => {
    show('gmail/conversation-phish.html');
    watch();
    await vi.waitFor(() => expect(banner()).not.toBeNull());
    const risky = document.querySelector<HTMLAnchorElement>(`a[${RISKY_ATTRIBUTE}]`)!;
    expect(risky.getAttribute('href')).toBe('https://mychart-patientportal.com/login?u=frontdesk');
    expect(risky.title).toBe('Really goes to: https://mychart-patientportal.com/login?u=frontdesk');

    const riskyClick = new MouseEvent('click', { bubbles: true, cancelable: true });
    risky.dispatchEvent(riskyClick);
    expect(riskyClick.defaultPrevented).toBe(true);
    const dialog = document.querySelector(`[${DIALOG_ATTRIBUTE}]`)!.shadowRoot!;
    expect(dialog.querySelector('[role="alertdialog"]')).not.toBeNull();
    expect(dialog.querySelector('.where strong')!.textContent).toBe('mychart-patientportal.com');
    expect(dialog.activeElement?.textContent).toBe('Go back');

    // "Go back" closes it and opens nothing.
    (dialog.querySelector('.back') as HTMLButtonElement).click();
    expect(document.querySelector(`[${DIALOG_ATTRIBUTE}]`)).toBeNull();
    expect(opened).toEqual([]);

    // "Open anyway" opens the link the person chose.
    risky.dispatchEvent(new MouseEvent('click', { bubbles: true, cancelable: true }));
    (document.querySelector(`[${DIALOG_ATTRIBUTE}]`)!.shadowRoot!.querySelector('.open') as HTMLButtonElement).click();
    expect(opened).toEqual(['https://mychart-patientportal.com/login?u=frontdesk']);

    const normal = document.querySelector<HTMLAnchorElement>('a[href="mailto:support@mychart-patientportal.com"]')!;
    expect(normal.hasAttribute(RISKY_ATTRIBUTE)).toBe(false);
    const normalClick = new MouseEvent('click', { bubbles: true, cancelable: true });
    normal.dispatchEvent(normalClick);
    expect(normalClick.defaultPrevented).toBe(false);
  });

  it('updates when the person opens another message, and removes the old banner', async () => {
    show('gmail/conversation-phish.html');
    watch();
    await vi.waitFor(() => expect(banner()).not.toBeNull());
    history.pushState({}, '', '/mail/u/0/#inbox/FMfcgzQcqlBLwLspwKpJHSKfdDPZsRhX');
    show('gmail/single-message-genuine.html');
    await vi.waitFor(() => expect(container('1841000000000000001').getAttribute(LEVEL_ATTRIBUTE)).toBe('safe'));
    expect(banner()).toBeNull();
    expect(asked.map((f) => f.id)).toEqual(['msg-f:1840959905192440240', 'msg-f:1841000000000000001']);
  });

  it('asks once per message content, and puts a banner back when the page re-renders it away', async () => {
    show('gmail/conversation-phish.html');
    watch();
    await vi.waitFor(() => expect(banner()).not.toBeNull());
    banner()!.remove();
    await vi.waitFor(() => expect(banner()).not.toBeNull());
    document.body.append(document.createElement('div')); // unrelated change
    await new Promise((r) => setTimeout(r, 40));
    expect(asked).toHaveLength(1);
  });

  it('leaves the page untouched when the background cannot answer or the adapter throws', async () => {
    show('gmail/conversation-phish.html');
    watch(() => Promise.reject(new Error('extension context invalidated')));
    await vi.waitFor(() => expect(asked).toHaveLength(1));
    await new Promise((r) => setTimeout(r, 30));
    expect(banner()).toBeNull();
    expect(container('1840959905192440240').hasAttribute(LEVEL_ATTRIBUTE)).toBe(false);
    stop();

    vi.spyOn(gmailAdapter, 'extract').mockImplementation(() => {
      throw new Error('markup changed');
    });
    expect(() => watch()).not.toThrow();
    await new Promise((r) => setTimeout(r, 30));
    expect(banner()).toBeNull();
  });

  it('does nothing outside the mail view', async () => {
    history.replaceState({}, '', '/mail/u/0/?view=pt&search=all');
    show('gmail/conversation-phish.html');
    watch();
    await new Promise((r) => setTimeout(r, 30));
    expect(asked).toHaveLength(0);
  });

  it('shows email text as text: markup in a finding stays inert', async () => {
    show('gmail/conversation-phish.html');
    const hostile = '<img src=x onerror="window.__pwned=1">';
    watch(() => Promise.resolve({
      ok: true,
      verdict: { level: 'danger', score: 9, rulesVersion: 't', findings: [{ id: 'display-name-address', severity: 'danger', points: 9, title: hostile }] },
      support: { name: hostile },
      ...NOT_REPORTED,
    }));
    await vi.waitFor(() => expect(banner()).not.toBeNull());
    const root = banner()!.shadowRoot!;
    expect(root.querySelector('img')).toBeNull();
    expect(root.textContent).toContain(hostile);
  });

  it('tells the background which messages are in view, and that none are after leaving the mail view', async () => {
    show('gmail/conversation-phish.html');
    watch();
    await vi.waitFor(() => expect(openKeys).toEqual([['msg-f:1840959905192440240']]));
    history.pushState({}, '', '/mail/u/0/?view=pt&search=all');
    document.body.append(document.createElement('div'));
    await vi.waitFor(() => expect(openKeys.at(-1)).toEqual([]));
  });

  it('thanks the person in the banner once reported, and hides it once marked safe', async () => {
    show('gmail/conversation-phish.html');
    watch();
    await vi.waitFor(() => expect(banner()).not.toBeNull());
    update('msg-f:1840959905192440240', { state: 'sent', at: '2026-11-27T10:00:00Z', simulation: false }, false);
    expect(banner()!.shadowRoot!.querySelector('.reported')!.textContent).toBe('Reported to IT — thank you.');
    update('msg-f:1840959905192440240', { state: 'sent', at: '2026-11-27T10:00:00Z', simulation: true }, false);
    expect(banner()!.shadowRoot!.querySelector('.reported')!.textContent).toContain('Well spotted');
    update('msg-f:1840959905192440240', { state: 'sent', at: '2026-11-27T10:00:00Z', simulation: false }, true);
    expect(banner()).toBeNull();
    // The marks stay: the message was still judged.
    expect(container('1840959905192440240').getAttribute(LEVEL_ATTRIBUTE)).toBe('danger');
    // An unrelated page change does not bring the banner back.
    document.body.append(document.createElement('div'));
    await new Promise((r) => setTimeout(r, 30));
    expect(banner()).toBeNull();
  });
});
