// @vitest-environment jsdom
// The link check's confirmation: web links can be opened anyway; links that would run code or
// open something local (javascript:, data:, file:, blob:) never can, whatever the person clicks.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { canOpenAnyway, DIALOG_ATTRIBUTE, guardLinks } from '../../src/content/link-guard';

afterEach(() => {
  document.body.replaceChildren();
});

function messageWith(href: string): { body: HTMLElement; anchor: HTMLAnchorElement } {
  const body = document.createElement('div');
  const anchor = document.createElement('a');
  anchor.setAttribute('href', href);
  anchor.textContent = 'View your results';
  body.append(anchor);
  document.body.append(body);
  return { body, anchor };
}

const dialog = () => document.querySelector(`[${DIALOG_ATTRIBUTE}]`)!.shadowRoot!;

describe('link check confirmation', () => {
  it.each(['https://patient-portal.example/login', 'http://192.0.2.7/x', 'mailto:billing@example.net'])('offers "Open anyway" for %s, and opens it only when chosen', (href) => {
    const { body, anchor } = messageWith(href);
    const open = vi.fn();
    guardLinks(body, [{ href, destination: href }], { open });
    anchor.click();
    const buttons = Array.from(dialog().querySelectorAll('button'));
    expect(buttons.map((b) => b.className)).toEqual(['back', 'open']);
    expect(open).not.toHaveBeenCalled();
    buttons[1]!.click();
    expect(open).toHaveBeenCalledWith(href);
  });

  it.each([
    "javascript:fetch('/mail').then(r=>r.text()).then(t=>top.__steal(t))",
    'JaVaScRiPt:alert(1)',
    ' javascript:alert(1)',
    'data:text/html,<script>alert(1)</script>',
    'file:///C:/Users/front-desk/Desktop/invoice.exe',
    'blob:https://mail.google.com/1234',
    'vbscript:msgbox(1)',
    'not a url at all',
  ])('never offers to open %s', (href) => {
    const { body, anchor } = messageWith(href);
    const open = vi.fn();
    guardLinks(body, [{ href, destination: href }], { open });
    anchor.click();
    const root = dialog();
    expect(Array.from(root.querySelectorAll('button')).map((b) => b.className)).toEqual(['back']);
    expect(root.querySelector('#sl-guard-advice')!.textContent).toMatch(/will not open it/);
    // The address is shown as text, never as markup.
    expect(root.querySelector('.full')!.textContent).toBe(href.slice(0, 300));
    expect(root.querySelectorAll('script, img, iframe, object')).toHaveLength(0);
    // Tab stays on "Go back"; Enter on it closes the dialog without opening anything.
    root.querySelector('[role="alertdialog"]')!.dispatchEvent(new KeyboardEvent('keydown', { key: 'Tab', bubbles: true }));
    (root.querySelector('button') as HTMLButtonElement).click();
    expect(open).not.toHaveBeenCalled();
    expect(document.querySelector(`[${DIALOG_ATTRIBUTE}]`)).toBeNull();
  });

  it('classifies schemes by the parsed URL, not by the text', () => {
    expect(canOpenAnyway('HTTPS://EXAMPLE.ORG')).toBe(true);
    expect(canOpenAnyway('\tjava\nscript:alert(1)')).toBe(false);
    expect(canOpenAnyway('')).toBe(false);
  });
});
