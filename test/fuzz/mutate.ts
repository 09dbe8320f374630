// One fixture mutator for every fuzz run (vitest and scripts/fuzz.ts): a mutation is plain data,
// drawn by fast-check, and applied to a parsed fixture. It damages markup the way a webmail
// redesign or a hostile email would: nodes removed or unwrapped, attributes and classes renamed
// or removed, text garbled with hostile Unicode, nodes duplicated, reordered or nested deeply,
// floods of links and recipients. Plain data means a failing case prints and replays exactly.
import fc from 'fast-check';

/** Text a hostile sender or a broken page might put anywhere. No e-mail addresses: see decoys.ts. */
export const HOSTILE_TEXT = [
  '\u202Efdp.exe', '\u200B\u200C\u200D\uFEFF', '\u0000', '\uD800', '\uDFFF', 'Ａ̿̿̿̿̿̿̿̿', '𝐏𝐚𝐲𝐏𝐚𝐥', 'ＰａｙＰａｌ',
  'From:', 'To:', 'Von:', '<>', 'via', 'on behalf of', 'External', 'This message seems dangerous',
  'javascript:alert(1)', '<script>alert(1)</script>', '%', 'xn--', '\n\n\t', ' ', '', 'MSG__FROM', 'UniqueMessageBody',
  'e\u0301'.repeat(50), '\u0645\u0631\u062D\u0628\u0627', '\u{1F600}'.repeat(20),
] as const;

/** Attribute names the selectors of both adapters lean on, and a few the pages carry. */
export const ATTRIBUTES = [
  'id', 'class', 'role', 'aria-label', 'aria-expanded', 'aria-level', 'title', 'href', 'originalsrc', 'data-testid',
  'data-app-section', 'data-message-id', 'data-legacy-message-id', 'email', 'name', 'jid', 'data-name', 'style',
  'hidden', 'contenteditable', 'download_url', 'data-tooltip', 'data-lpc-hover-target-id', 'data-saferedirecturl',
] as const;

export type Mutation =
  | { kind: 'remove'; at: number }
  | { kind: 'unwrap'; at: number }
  | { kind: 'remove-attribute'; at: number; name: string }
  | { kind: 'rename-attribute'; at: number; name: string; to: string }
  | { kind: 'set-attribute'; at: number; name: string; value: HostileText }
  | { kind: 'rename-class'; at: number; index: number; to: string }
  | { kind: 'garble-text'; at: number; text: HostileText; how: 'replace' | 'append' | 'prepend' }
  | { kind: 'duplicate'; at: number }
  | { kind: 'reorder'; at: number; to: number }
  | { kind: 'nest'; at: number; depth: number }
  | { kind: 'flood'; at: number; what: 'links' | 'recipients' | 'attachments' | 'text'; count: number };

const at = fc.nat({ max: 1_000_000 });
const hostile = fc.oneof(
  { weight: 3, arbitrary: fc.constantFrom(...HOSTILE_TEXT) },
  { weight: 2, arbitrary: fc.string({ unit: 'binary', maxLength: 40 }) },
  { weight: 1, arbitrary: fc.string({ unit: 'grapheme', maxLength: 40 }) },
  // Long runs are kept as data ({ repeat, times }) so a failing case prints short.
  { weight: 1, arbitrary: fc.record({ repeat: fc.constantFrom('x', '\u202E', 'Ab ', '\u0301'), times: fc.integer({ min: 1_000, max: 25_000 }) }) },
);

/** Hostile text, or a long run of one piece. */
export type HostileText = string | { repeat: string; times: number };
const textOf = (t: HostileText): string => (typeof t === 'string' ? t : t.repeat.repeat(t.times));
const attribute = fc.constantFrom(...ATTRIBUTES);
/** Renamed names: a near miss (as a redesign renames), or nonsense. */
const renamed = fc.oneof(fc.constantFrom('data-x', 'aria-labelledby', 'data-message-key', 'emailaddress', 'klass', 'x-role'), fc.stringMatching(/^[a-z][a-z0-9-]{0,12}$/));

// Weights: cheap damage often; deep nesting and floods (costly in jsdom) rarely and mostly small,
// with a rare large one that goes past the adapters' caps (500 links, 200 recipients, 100 files).
const depth = fc.oneof({ weight: 49, arbitrary: fc.integer({ min: 1, max: 200 }) }, { weight: 1, arbitrary: fc.integer({ min: 500, max: 1_500 }) });
const count = fc.oneof({ weight: 9, arbitrary: fc.integer({ min: 1, max: 120 }) }, { weight: 1, arbitrary: fc.integer({ min: 450, max: 700 }) });

export const mutationArb: fc.Arbitrary<Mutation> = fc.oneof(
  { weight: 8, arbitrary: fc.record({ kind: fc.constant('remove' as const), at }) },
  { weight: 4, arbitrary: fc.record({ kind: fc.constant('unwrap' as const), at }) },
  { weight: 6, arbitrary: fc.record({ kind: fc.constant('remove-attribute' as const), at, name: attribute }) },
  { weight: 6, arbitrary: fc.record({ kind: fc.constant('rename-attribute' as const), at, name: attribute, to: renamed }) },
  { weight: 4, arbitrary: fc.record({ kind: fc.constant('set-attribute' as const), at, name: attribute, value: hostile }) },
  { weight: 6, arbitrary: fc.record({ kind: fc.constant('rename-class' as const), at, index: fc.nat({ max: 5 }), to: renamed }) },
  { weight: 6, arbitrary: fc.record({ kind: fc.constant('garble-text' as const), at, text: hostile, how: fc.constantFrom('replace' as const, 'append' as const, 'prepend' as const) }) },
  { weight: 4, arbitrary: fc.record({ kind: fc.constant('duplicate' as const), at }) },
  { weight: 4, arbitrary: fc.record({ kind: fc.constant('reorder' as const), at, to: at }) },
  { weight: 2, arbitrary: fc.record({ kind: fc.constant('nest' as const), at, depth }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('flood' as const), at, what: fc.constantFrom('links' as const, 'recipients' as const, 'attachments' as const, 'text' as const), count }) },
);

export const mutationsArb = fc.array(mutationArb, { minLength: 1, maxLength: 8 });

/** Elements of the page body, in document order (the head is not the webmail's view). */
function elementsOf(doc: Document): Element[] {
  return doc.body ? Array.from(doc.body.querySelectorAll('*')) : [];
}

function textNodesOf(doc: Document): Text[] {
  const out: Text[] = [];
  if (!doc.body) return out;
  const walker = doc.createTreeWalker(doc.body, 4 /* NodeFilter.SHOW_TEXT */);
  for (let n = walker.nextNode(); n; n = walker.nextNode()) out.push(n as Text);
  return out;
}

/** setAttribute throws on names the DOM refuses; a refused rename is a removal. */
function trySetAttribute(el: Element, name: string, value: string): void {
  try {
    el.setAttribute(name, value);
  } catch {
    /* invalid attribute name */
  }
}

function flood(doc: Document, el: Element, what: 'links' | 'recipients' | 'attachments' | 'text', count: number): void {
  const make = (i: number): Node => {
    if (what === 'text') return doc.createTextNode(`word${i} `.repeat(20));
    const e = doc.createElement(what === 'links' ? 'a' : 'span');
    if (what === 'links') {
      e.setAttribute('href', `https://flood${i}.example.com/${i}`);
      e.textContent = `https://bank${i}.example.org/login`;
    } else if (what === 'recipients') {
      e.className = 'g2 lpc-hoverTarget';
      e.setAttribute('email', `r${i}@flood.example`);
      e.setAttribute('data-lpc-hover-target-id', `r${i}`);
      e.textContent = `R${i} <r${i}@flood.example>;`;
    } else {
      e.className = 'aZo';
      e.setAttribute('role', 'option');
      e.setAttribute('title', `file${i}.pdf`);
      e.innerHTML = `<span class="aV3">file${i}.pdf</span>`;
    }
    return e;
  };
  const fragment = doc.createDocumentFragment();
  for (let i = 0; i < count; i++) fragment.append(make(i));
  el.append(fragment);
}

/** Apply one mutation; a mutation that finds nothing to act on does nothing. */
export function applyMutation(doc: Document, m: Mutation): void {
  if (m.kind === 'garble-text') {
    const texts = textNodesOf(doc);
    const node = texts[m.at % Math.max(texts.length, 1)];
    if (!node) return;
    const text = textOf(m.text);
    node.data = m.how === 'replace' ? text : m.how === 'append' ? node.data + text : text + node.data;
    return;
  }
  const elements = elementsOf(doc);
  if (elements.length === 0) return;
  const el = elements[m.at % elements.length]!;
  switch (m.kind) {
    case 'remove':
      el.remove();
      return;
    case 'unwrap':
      el.replaceWith(...Array.from(el.childNodes));
      return;
    case 'remove-attribute':
      el.removeAttribute(m.name);
      return;
    case 'rename-attribute': {
      const value = el.getAttribute(m.name);
      if (value === null) return;
      el.removeAttribute(m.name);
      trySetAttribute(el, m.to, value);
      return;
    }
    case 'set-attribute':
      trySetAttribute(el, m.name, textOf(m.value));
      return;
    case 'rename-class': {
      const classes = Array.from(el.classList);
      if (classes.length === 0) return;
      classes[m.index % classes.length] = m.to;
      el.setAttribute('class', classes.join(' '));
      return;
    }
    case 'duplicate':
      el.after(el.cloneNode(true));
      return;
    case 'reorder': {
      const parent = el.parentElement;
      if (!parent) return;
      const siblings = Array.from(parent.children);
      const before = siblings[m.to % siblings.length]!;
      if (before !== el) parent.insertBefore(el, before);
      return;
    }
    case 'nest': {
      // A chain of wrappers built outside the page, then swapped in: one DOM insertion.
      const outer = doc.createElement('div');
      let inner: Element = outer;
      for (let i = 1; i < m.depth; i++) inner = inner.appendChild(doc.createElement(i % 2 ? 'span' : 'div'));
      el.replaceWith(outer);
      inner.append(el);
      return;
    }
    case 'flood':
      flood(doc, el, m.what, m.count);
      return;
  }
}

export function applyMutations(doc: Document, mutations: readonly Mutation[]): void {
  for (const m of mutations) applyMutation(doc, m);
}
