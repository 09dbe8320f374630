// Guards the links the engine flagged in a suspicious message (never the others): hovering shows
// where the link really goes, and a click first opens an in-page confirmation whose default
// button is "Go back". Everything is undone by the returned function.
import { MAX_HREF_CHARS } from '../engine/lib/limits';
import { clip } from '../engine/lib/text';
import type { RiskyLink } from '../engine/types';
import { GUARD_CSS } from './link-guard-style';
import { TEXT } from './text';

export const RISKY_ATTRIBUTE = 'data-second-look-risky';
export const DIALOG_ATTRIBUTE = 'data-second-look-dialog';

export interface GuardOptions {
  /** Opens a link the person chose to open anyway. */
  open(url: string): void;
}

export function guardLinks(body: HTMLElement, risky: readonly RiskyLink[], options: GuardOptions): () => void {
  const doc = body.ownerDocument;
  const byHref = new Map(risky.map((r) => [r.href, r]));
  const marked: { anchor: Element; title: string | null }[] = [];
  for (const anchor of Array.from(body.querySelectorAll('a[href], area[href]'))) {
    // The engine judged the address cut at its bound; a longer one is found by that cut.
    const link = byHref.get(clip(anchor.getAttribute('href') ?? '', MAX_HREF_CHARS));
    if (!link) continue;
    marked.push({ anchor, title: anchor.getAttribute('title') });
    anchor.setAttribute(RISKY_ATTRIBUTE, link.href);
    anchor.setAttribute('title', TEXT.hover(link.destination));
  }
  if (marked.length === 0) return () => undefined;

  const onClick = (event: Event) => {
    const target = event.target as Element | null;
    const anchor = target?.closest?.(`[${RISKY_ATTRIBUTE}]`);
    if (!anchor || !body.contains(anchor)) return;
    // The webmail (and the browser) must not follow this click: stop it before anyone else.
    event.preventDefault();
    event.stopImmediatePropagation();
    const link = byHref.get(anchor.getAttribute(RISKY_ATTRIBUTE) ?? '');
    if (link) showConfirmation(doc, link, anchor as HTMLElement, options);
  };
  body.addEventListener('click', onClick, true);
  body.addEventListener('auxclick', onClick, true);

  return () => {
    body.removeEventListener('click', onClick, true);
    body.removeEventListener('auxclick', onClick, true);
    for (const { anchor, title } of marked) {
      anchor.removeAttribute(RISKY_ATTRIBUTE);
      if (title === null) anchor.removeAttribute('title');
      else anchor.setAttribute('title', title);
    }
  };
}

/**
 * Only web and mail links may be opened anyway. A javascript:, data:, blob: or file: link would
 * run code or open something local (a javascript: URL in a window the webmail opens runs with the
 * webmail's own origin), so for those the dialog offers "Go back" only.
 */
export function canOpenAnyway(href: string): boolean {
  try {
    return ['http:', 'https:', 'mailto:'].includes(new URL(href.trim()).protocol);
  } catch {
    return false;
  }
}

/** Where a link goes, in short: the host for the eye, the whole address below it. */
function hostOf(url: string): string {
  try {
    return new URL(url).hostname || url;
  } catch {
    return url;
  }
}

function showConfirmation(doc: Document, link: RiskyLink, anchor: HTMLElement, options: GuardOptions): void {
  doc.querySelector(`[${DIALOG_ATTRIBUTE}]`)?.remove();
  const host = doc.createElement('div');
  host.setAttribute(DIALOG_ATTRIBUTE, '');
  host.style.cssText = 'position:fixed;inset:0;z-index:2147483647;display:block;';
  const root = host.attachShadow({ mode: 'open' });
  const style = doc.createElement('style');
  style.textContent = GUARD_CSS;

  const backdrop = doc.createElement('div');
  backdrop.className = 'backdrop';
  const dialog = doc.createElement('div');
  dialog.className = 'dialog';
  dialog.setAttribute('role', 'alertdialog');
  dialog.setAttribute('aria-modal', 'true');
  dialog.setAttribute('aria-labelledby', 'sl-guard-title');
  dialog.setAttribute('aria-describedby', 'sl-guard-advice');

  const title = doc.createElement('h2');
  title.id = 'sl-guard-title';
  title.textContent = TEXT.guardTitle;
  const goesTo = doc.createElement('p');
  goesTo.textContent = TEXT.guardGoesTo;
  const where = doc.createElement('p');
  where.className = 'where';
  const strong = doc.createElement('strong');
  strong.textContent = hostOf(link.destination);
  const full = doc.createElement('span');
  full.className = 'full';
  full.textContent = link.destination.slice(0, 300);
  where.append(strong, full);
  const openable = canOpenAnyway(link.href);
  const advice = doc.createElement('p');
  advice.id = 'sl-guard-advice';
  advice.textContent = openable ? TEXT.guardAdvice : TEXT.cannotOpen;

  const buttons = doc.createElement('div');
  buttons.className = 'buttons';
  const back = doc.createElement('button');
  back.type = 'button';
  back.className = 'back';
  back.textContent = TEXT.goBack;
  const open = doc.createElement('button');
  open.type = 'button';
  open.className = 'open';
  open.textContent = TEXT.openAnyway;
  buttons.append(...(openable ? [back, open] : [back]));

  dialog.append(title, goesTo, where, advice, buttons);
  root.append(style, backdrop, dialog);

  const close = () => {
    host.remove();
    anchor.focus?.();
  };
  back.addEventListener('click', close);
  backdrop.addEventListener('click', close);
  open.addEventListener('click', () => {
    close();
    if (openable) options.open(link.href);
  });
  dialog.addEventListener('keydown', (event) => {
    if (event.key === 'Escape') {
      event.preventDefault();
      close();
    } else if (event.key === 'Tab') {
      // Keep focus inside the dialog: cycle between its buttons.
      event.preventDefault();
      (openable && root.activeElement === back ? open : back).focus();
    }
  });
  (doc.body ?? doc.documentElement).append(host);
  back.focus();
}
