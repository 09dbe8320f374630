// Outlook: which messages are open. Each body is found first; its container is the highest
// ancestor that holds only this message (reference §3.1-3.2, §5.3).
import { all, closestAny, matchesAny, outermost, squash } from '../dom';
import type { DriftField, IsVisible, OpenMessage } from '../types';
import { attempt, documentOrder, firstWhere, inside, queryAll } from './query';
import { OUTLOOK } from './selectors';


/** Does this element hold a body as the reader sees it (text, a link or an image)? */
const hasContent = (el: Element): boolean => squash(el.textContent ?? '') !== '' || el.querySelector('a, img, table') !== null;

/** Bodies under a root, outermost only (an id echoed inside a body is the sender's HTML). */
const bodiesIn = (root: ParentNode): Element[] => all(root, OUTLOOK.body);

/** What marks one message in a pane: its body, and outside the bodies its sender header and date. */
interface PaneMarkers {
  bodies: Element[];
  headers: Element[];
  dates: Element[];
}

export function paneMarkers(pane: Element, bodies = bodiesIn(pane)): PaneMarkers {
  const outside = (selectors: readonly string[]) => selectors.flatMap((s) => queryAll(pane, s)).filter((el) => !inside(el, bodies));
  return { bodies, headers: outside(OUTLOOK.header), dates: outside(OUTLOOK.date) };
}

const countIn = (el: Element, markers: readonly Element[]): number => markers.filter((m) => el.contains(m)).length;

/** Holds this body and nothing of another message (no other body, one header, one date at most). */
function holdsOnly(el: Element, body: Element, m: PaneMarkers): boolean {
  if (m.bodies.some((b) => b !== body && el.contains(b))) return false;
  return countIn(el, m.headers) <= 1 && countIn(el, m.dates) <= 1;
}

/** Highest ancestor of body below `top` that holds only this message. */
function highestOwn(body: Element, top: Element, m: PaneMarkers): Element | null {
  let best: Element | null = null;
  for (let p = body.parentElement; p && p !== top && top.contains(p); p = p.parentElement) {
    if (!holdsOnly(p, body, m)) break;
    best = p;
  }
  return best;
}

/**
 * The message around a body: the "Email message" element (localized), else the item under the
 * conversation block, else the nearest ancestor holding a MSG_…_FROM header, else the highest
 * ancestor holding only this message, else the body itself.
 */
function containerOf(body: Element, pane: Element, m: PaneMarkers): Element {
  for (let p = body.parentElement; p && p !== pane && pane.contains(p); p = p.parentElement) {
    if (matchesAny(p, OUTLOOK.message) && holdsOnly(p, body, m)) return p;
  }
  const conversation = closestAny(body, OUTLOOK.conversation);
  if (conversation && (conversation === pane || pane.contains(conversation))) {
    const item = highestOwn(body, conversation, m);
    if (item) return item;
  }
  for (let p = body.parentElement; p && p !== pane && pane.contains(p); p = p.parentElement) {
    if (countIn(p, m.headers) > 0) {
      if (holdsOnly(p, body, m)) return p;
      break;
    }
  }
  return highestOwn(body, pane, m) ?? body;
}

function isCollapsed(body: Element, pane: Element): boolean {
  for (let p: Element | null = body; p && p !== pane; p = p.parentElement) if (matchesAny(p, OUTLOOK.collapsed)) return true;
  return false;
}

function keyOf(container: Element, body: Element, index: number): string {
  const header = firstWhere(container, OUTLOOK.header, (el) => !body.contains(el));
  const id = header ? /^MSG_(.+)_FROM$/.exec(header.id)?.[1] : undefined;
  if (id) return id;
  if (body.id) return body.id;
  return `outlook-position-${index}`;
}

/** Innermost visible reading-pane roots that hold a body, with their bodies; each anchor is queried on its own. */
function readingPanes(doc: Document, isVisible: IsVisible): { pane: Element; bodies: Element[] }[] {
  const anchors = [...new Set(OUTLOOK.pane.flatMap((s) => queryAll(doc, s)))];
  const holding = anchors.filter((a) => isVisible(a)).map((pane) => ({ pane, bodies: bodiesIn(pane) })).filter((h) => h.bodies.length > 0);
  return holding.filter((a) => !holding.some((b) => b !== a && a.pane.contains(b.pane))).sort((a, b) => documentOrder(a.pane, b.pane));
}

export function findOpen(doc: Document, isVisible: IsVisible): OpenMessage[] {
  const found: { container: Element; body: Element; key: string }[] = [];
  let index = 0;
  for (const { pane, bodies } of readingPanes(doc, isVisible)) {
    const markers = paneMarkers(pane, bodies);
    for (const idBody of markers.bodies) {
      const position = index++;
      if (!isVisible(idBody) || closestAny(idBody, OUTLOOK.editor) || isCollapsed(idBody, pane)) continue;
      const container = containerOf(idBody, pane, markers);
      if (!isVisible(container)) continue;
      // Variant B puts the id on an inner element; if that one is empty, its wrapper holds the mail.
      let body = idBody;
      if (!hasContent(idBody)) {
        const wrapper = idBody.parentElement ? closestAny(idBody.parentElement, OUTLOOK.bodyWrapper) : null;
        if (wrapper && container.contains(wrapper) && wrapper !== container && hasContent(wrapper)) body = wrapper;
      }
      found.push({ container, body, key: keyOf(container, idBody, position) });
    }
  }
  // Outermost containers, each once, in document order.
  const containers = outermost([...new Set(found.map((f) => f.container))]);
  return found
    .filter((f, i) => containers.includes(f.container) && found.findIndex((g) => g.container === f.container) === i)
    .sort((a, b) => documentOrder(a.container, b.container))
    .map((f) => ({ container: f.container as HTMLElement, body: f.body as HTMLElement, key: f.key }));
}

/** Paths that name one item: /mail/<folder>/id/<ItemId> and the deeplink read view (reference §3.1, §5.3). */
const NAMES_ITEM = /^\/mail\/(?:[^?#]*\/)?(?:id|deeplink\/read)\/[^/]+/;

/** When nothing was found although the path names an item: which part stopped matching. */
export function driftOf(doc: Document, pathname: string, isVisible: IsVisible): DriftField[] {
  if (!NAMES_ITEM.test(pathname)) return [];
  const bodies = [...new Set(OUTLOOK.body.flatMap((s) => queryAll(doc, s)))].filter((b) => isVisible(b) && !closestAny(b, OUTLOOK.editor));
  if (bodies.length === 0) {
    // A message header or an "Email message" item in view, but no body: the body selectors broke.
    const shell = [...OUTLOOK.header, ...OUTLOOK.message].flatMap((s) => queryAll(doc, s)).some(isVisible);
    return shell ? ['body'] : ['message'];
  }
  // Bodies in view but none in a reading pane: the pane (message) selectors broke. Collapsed
  // items are a reader's choice, not drift.
  const inPane = (b: Element) => OUTLOOK.pane.some((s) => attempt(() => b.closest(s) !== null, false));
  return bodies.some((b) => !inPane(b)) ? ['message'] : [];
}
