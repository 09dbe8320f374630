// @vitest-environment jsdom
// The in-page banner and the link check with every hostile payload in what they show: finding
// titles, details, filled-in message parameters, the IT contact, link destinations. Only the
// banner's own elements exist in its shadow root, and the payload is there as text. The link
// check never offers to open a script or data address.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createBanner } from '../../src/content/banner';
import { DIALOG_ATTRIBUTE, guardLinks, RISKY_ATTRIBUTE } from '../../src/content/link-guard';
import { TEXT } from '../../src/content/text';
import { analyze } from '../../src/engine/index';
import { quote } from '../../src/engine/lib/text';
import { setLanguage } from '../../src/shared/i18n';
import type { Verdict } from '../../src/engine/types';
import { allMessages } from '../fixtures/hostile/messages';
import { PAYLOADS } from '../fixtures/hostile/payloads';
import { ctx, facts } from '../engine/helpers';

/** Every tag the banner and the dialog build themselves (src/content/banner.ts, link-guard.ts). */
const BANNER_TAGS = new Set(['style', 'section', 'svg', 'path', 'div', 'h2', 'h3', 'ul', 'li', 'p', 'details', 'summary']);
const DIALOG_TAGS = new Set(['style', 'div', 'h2', 'p', 'strong', 'span', 'button']);

const tagsIn = (root: ParentNode) => new Set([...root.querySelectorAll('*')].map((el) => el.localName));
/** The only attributes the banner and the dialog set: any other came from somewhere else. */
const OWN_ATTRIBUTES = new Set(['class', 'role', 'aria-label', 'aria-hidden', 'aria-modal', 'aria-labelledby', 'aria-describedby', 'tabindex', 'viewBox', 'focusable', 'd', 'id', 'type']);
const handlers = (root: ParentNode) => [...root.querySelectorAll('*')].flatMap((el) => [...el.attributes].map((a) => a.name)).filter((n) => !OWN_ATTRIBUTES.has(n));
/** Tag counts, to compare with the same banner built from plain text. */
const counts = (root: ParentNode) => [...root.querySelectorAll('*')].map((el) => el.localName).sort().join(' ');

function bannerFor(verdict: Verdict, supportName = 'Northgate IT'): ShadowRoot {
  const host = createBanner(document, verdict, { name: supportName, phone: '(555) 010-4477' });
  document.body.append(host);
  expect([...host.attributes].map((a) => a.name).sort()).toEqual(['data-second-look-banner', 'style']);
  return host.shadowRoot!;
}

afterEach(() => {
  document.body.innerHTML = '';
  vi.restoreAllMocks();
});

describe('banner with hostile text', () => {
  const verdictWith = (text: string): Verdict => ({
    level: 'danger',
    score: 9,
    rulesVersion: 't',
    findings: [
      { id: 'display-name-address', severity: 'danger', points: 9, title: text, detail: text, evidence: text },
      // Worded from the catalog in Spanish (English uses the engine's title), the payload
      // filled in as a parameter.
      { id: 'attachment-executable', severity: 'danger', points: 9, title: `The file ${text} is a program.`, messageKey: 'attachment-executable', params: { file: text } },
      { id: 'link-text-mismatch', severity: 'caution', points: 3, title: text },
    ],
  });

  it.each(PAYLOADS.map((p) => ({ id: p.id, text: p.text })))('$id: title, detail, parameters and contact are text', ({ text }) => {
    const verdict = verdictWith(text);
    for (const lang of ['en', 'es'] as const) {
      setLanguage(lang);
      const root = bannerFor(verdict, text);
      expect([...tagsIn(root)].filter((t) => !BANNER_TAGS.has(t))).toEqual([]);
      expect(handlers(root)).toEqual([]);
      // Element for element the banner of the same findings in plain words.
      expect(counts(root)).toBe(counts(bannerFor(verdictWith('plain text'), 'plain text')));
      const items = [...root.querySelectorAll('.reasons li')].map((li) => li.textContent ?? '');
      expect(items[0]).toBe(text);
      expect(items[1]!.includes(text)).toBe(true);
      expect(items[1]).not.toBe(text);
      expect(items[2]).toBe(text);
      expect(root.querySelector('.contact')?.textContent?.includes(text)).toBe(true);
    }
    setLanguage('en');
  });

  it.each(allMessages().map((m) => ({ key: m.key, m })))('$key judged by the engine: only banner elements, attachment names as text', ({ m }) => {
    const verdict = analyze(facts({ from: { name: m.fromName, address: m.fromAddress }, subject: m.subject, text: m.body, links: m.links, attachments: m.attachments.map((name) => ({ name })) }), ctx());
    const root = bannerFor(verdict);
    expect([...tagsIn(root)].filter((t) => !BANNER_TAGS.has(t))).toEqual([]);
    expect(handlers(root)).toEqual([]);
    const shown = root.textContent ?? '';
    // File names are quoted short (at most 50 characters); those that fit are shown whole.
    for (const name of m.attachments.filter((n) => quote(n, 50) === n && /\.(exe|html?|svg)$/i.test(n))) expect(shown).toContain(name);
  });
});

describe('link check with hostile addresses', () => {
  function guard(href: string, text: string, destination: string) {
    const body = document.createElement('div');
    const a = document.createElement('a');
    a.setAttribute('href', href);
    a.textContent = text;
    body.append(a);
    document.body.append(body);
    const open = vi.fn();
    guardLinks(body, [{ href: href.slice(0, 4096), destination }], { open });
    expect(a.getAttribute(RISKY_ATTRIBUTE)).toBe(href.slice(0, 4096));
    expect(a.getAttribute('title')).toBe(TEXT.hover(destination));
    a.click();
    const root = document.querySelector(`[${DIALOG_ATTRIBUTE}]`)!.shadowRoot!;
    return { root, open };
  }

  const links = PAYLOADS.filter((p) => p.field === 'href' || p.field === 'linkText');

  it.each(links.map((p) => ({ id: p.id, text: p.text })))('$id: the destination is text, and only web addresses can be opened', ({ text }) => {
    // The payload is both the link's address and where it goes (a link-text payload too: an
    // address is whatever the sender wrote).
    const { root, open } = guard(text, text, text);
    expect([...tagsIn(root)].filter((t) => !DIALOG_TAGS.has(t))).toEqual([]);
    expect(handlers(root)).toEqual([]);
    expect(root.querySelector('.full')!.textContent).toBe(text.slice(0, 300));
    const buttons = [...root.querySelectorAll('button')].map((b) => b.className);
    const web = /^(https?|mailto):/i.test(text.trim()) && URL.canParse(text.trim());
    // Exactly what link-guard.ts builds.
    expect(counts(root)).toBe(`${web ? 'button ' : ''}button div div div h2 p p p span strong style`);
    expect(buttons).toEqual(web ? ['back', 'open'] : ['back']);
    if (web) {
      (root.querySelector('.open') as HTMLButtonElement).click();
      expect(open).toHaveBeenCalledWith(text.slice(0, 4096));
    }
    expect(open.mock.calls.every(([url]) => /^(https?|mailto):/i.test(String(url).trim()))).toBe(true);
  });

  it('never opens a javascript: link, and keeps the focus on "Go back" when Tab is pressed', () => {
    const { root, open } = guard("javascript:top.__slTrap('js')", 'https://riversidefamilymed.org/login', "javascript:top.__slTrap('js')");
    expect(root.querySelector('.open')).toBeNull();
    const dialog = root.querySelector('[role="alertdialog"]')!;
    dialog.dispatchEvent(new KeyboardEvent('keydown', { key: 'Tab', bubbles: true }));
    expect(root.activeElement?.className).toBe('back');
    expect(open).not.toHaveBeenCalled();
  });

  it('guards a link longer than the engine reads, found by its cut', () => {
    const href = `https://evil.example/?q=${'a'.repeat(10_000)}`;
    const { root } = guard(href, 'Sign in', href.slice(0, 4096));
    expect(root.querySelector('.where strong')!.textContent).toBe('evil.example');
  });
});
