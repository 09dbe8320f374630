// Loads a dated webmail fixture into the jsdom document of the running test, optionally with
// every class name stripped except the ones an adapter is allowed to rely on, so a second run
// proves the adapter does not depend on churning classes.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { IsVisible } from '../../src/webmail/types';

export const FIXTURES = join(import.meta.dirname, '..', 'fixtures');

export function fixtureHtml(path: string): string {
  return readFileSync(join(FIXTURES, path), 'utf8');
}

/** Parse a fixture into a fresh document of this test's jsdom window. */
export function loadFixture(path: string, options: { keepClasses?: readonly string[] } = {}): Document {
  const doc = new DOMParser().parseFromString(fixtureHtml(path), 'text/html');
  if (options.keepClasses) stripClasses(doc, options.keepClasses);
  return doc;
}

/** Remove every class not in the keep list (the list holds single class names). */
export function stripClasses(doc: Document, keep: readonly string[]): void {
  const allowed = new Set(keep);
  for (const el of Array.from(doc.querySelectorAll('[class]'))) {
    const kept = Array.from(el.classList).filter((c) => allowed.has(c));
    if (kept.length > 0) el.setAttribute('class', kept.join(' '));
    else el.removeAttribute('class');
  }
}

/**
 * jsdom has no layout, so visibility is read from what hides things in the fixtures:
 * display:none or the hidden attribute on the element or an ancestor.
 */
export const visibleInFixture: IsVisible = (el) => {
  for (let p: Element | null = el; p; p = p.parentElement) {
    if (p.hasAttribute('hidden')) return false;
    if (/display\s*:\s*none/i.test(p.getAttribute('style') ?? '')) return false;
  }
  return true;
};
