// The warning shown above a suspicious message's body. It lives in a shadow root so the
// webmail's CSS cannot restyle it, and is built with createElement/textContent only: every
// string that came from an email is shown as text, never parsed as HTML.
import type { Verdict } from '../engine/types';
import type { SupportContact } from '../policy/parse';
import type { ReportStatus } from '../report/types';
import { BANNER_CSS } from './banner-style';
import { findingText } from '../shared/i18n';
import { contactLine, TEXT } from './text';

export const BANNER_ATTRIBUTE = 'data-second-look-banner';

type Level = 'caution' | 'danger';

function el<K extends keyof HTMLElementTagNameMap>(doc: Document, tag: K, className?: string, text?: string): HTMLElementTagNameMap[K] {
  const node = doc.createElement(tag);
  if (className) node.className = className;
  if (text !== undefined) node.textContent = text;
  return node;
}

/** A warning sign for danger, an exclamation mark for caution; words carry the meaning too. */
function icon(doc: Document, level: Level): SVGSVGElement {
  const ns = 'http://www.w3.org/2000/svg';
  const svg = doc.createElementNS(ns, 'svg');
  svg.setAttribute('viewBox', '0 0 24 24');
  svg.setAttribute('class', 'icon');
  svg.setAttribute('aria-hidden', 'true');
  svg.setAttribute('focusable', 'false');
  const shape = doc.createElementNS(ns, 'path');
  shape.setAttribute('d', level === 'danger' ? 'M12 2 1 21h22L12 2z' : 'M12 2a10 10 0 1 0 0 20 10 10 0 0 0 0-20z');
  shape.setAttribute('class', 'shape');
  const mark = doc.createElementNS(ns, 'path');
  mark.setAttribute('d', level === 'danger' ? 'M11 9h2v6h-2zm0 8h2v2h-2z' : 'M11 6h2v8h-2zm0 10h2v2h-2z');
  mark.setAttribute('class', 'mark');
  svg.append(shape, mark);
  return svg;
}

function list(doc: Document, className: string, items: readonly string[]): HTMLUListElement {
  const ul = el(doc, 'ul', className);
  for (const item of items) ul.append(el(doc, 'li', undefined, item));
  return ul;
}

/** "Reported to IT — thank you" once the person has reported this message. */
function reportLine(report: ReportStatus): string | null {
  if (report.state !== 'sent' && report.state !== 'queued' && report.state !== 'mailbox-opened') return null;
  if (report.simulation) return TEXT.reportedTraining;
  return report.state === 'mailbox-opened' ? TEXT.reportMailOpened : TEXT.reported;
}

/** Build the banner host (not yet in the page). */
export function createBanner(doc: Document, verdict: Verdict, support: SupportContact | null, report: ReportStatus = { state: 'none' }): HTMLElement {
  const level: Level = verdict.level === 'danger' ? 'danger' : 'caution';
  const host = el(doc, 'div');
  host.setAttribute(BANNER_ATTRIBUTE, level);
  // Keep the host itself neutral: the webmail's CSS reaches it, but not what is inside.
  host.style.cssText = 'display:block;margin:8px 0 12px;padding:0;border:0;background:none;';
  const root = host.attachShadow({ mode: 'open' });
  const style = el(doc, 'style', undefined, BANNER_CSS);

  const section = el(doc, 'section', `banner ${level}`);
  // Danger interrupts (alert); caution is announced politely (status).
  section.setAttribute('role', level === 'danger' ? 'alert' : 'status');
  section.setAttribute('aria-label', TEXT.bannerLabel);
  section.tabIndex = 0;

  const content = el(doc, 'div', 'content');
  content.append(el(doc, 'h2', 'title', level === 'danger' ? TEXT.dangerTitle : TEXT.cautionTitle));
  const thanks = reportLine(report);
  if (thanks) content.append(el(doc, 'p', 'reported', thanks));
  const titles = verdict.findings.filter((f) => f.severity !== 'info' || f.points > 0).map((f) => findingText(f, 'title') ?? f.title);
  const top = titles.slice(0, 2);
  if (top.length > 0) content.append(list(doc, 'reasons', top));
  if (titles.length > 2) {
    const details = el(doc, 'details', 'more');
    details.append(el(doc, 'summary', undefined, TEXT.moreReasons(titles.length - 2)), list(doc, 'reasons', titles.slice(2, 8)));
    content.append(details);
  }
  content.append(el(doc, 'h3', 'todo-title', TEXT.whatToDo), list(doc, 'todo', level === 'danger' ? TEXT.dangerSteps : TEXT.cautionSteps));
  const contact = contactLine(support);
  if (contact) content.append(el(doc, 'p', 'contact', contact));

  section.append(icon(doc, level), content);
  root.append(style, section);
  return host;
}

/**
 * The small line shown above a message judged safe, when policy or the person turned it on.
 * Plain and quiet: it must not look like a warning, and it is not announced.
 */
export function createSafeNote(doc: Document): HTMLElement {
  const host = el(doc, 'div');
  host.setAttribute(BANNER_ATTRIBUTE, 'safe');
  host.style.cssText = 'display:block;margin:4px 0 8px;padding:0;border:0;background:none;';
  const root = host.attachShadow({ mode: 'open' });
  const note = el(doc, 'p', 'safe-note', TEXT.safeNote);
  root.append(el(doc, 'style', undefined, BANNER_CSS), note);
  return host;
}
