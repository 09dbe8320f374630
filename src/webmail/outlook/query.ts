// Small DOM queries for the Outlook adapter that never throw (a selector the browser cannot
// parse counts as no match) and order elements without this realm's Node global.

// Node.DOCUMENT_POSITION_* without relying on this realm's Node global.
export const FOLLOWING = 4;
const PRECEDING = 2;

/** Run one risky read; a surprise in the page costs that field, never the whole extraction. */
export function attempt<T>(read: () => T, fallback: T): T {
  try {
    return read();
  } catch {
    return fallback;
  }
}

export function queryAll(root: ParentNode, selector: string): Element[] {
  try {
    return Array.from(root.querySelectorAll(selector));
  } catch {
    return [];
  }
}

// Shared with the Gmail adapter.
export { firstWhere, inside } from '../dom';

export function documentOrder(a: Element, b: Element): number {
  if (a === b) return 0;
  const pos = a.compareDocumentPosition(b);
  return pos & FOLLOWING ? -1 : pos & PRECEDING ? 1 : 0;
}
