// @vitest-environment jsdom
// The demo's replica Gmail and Outlook pages, built from samples/mail, read by the real adapters:
// each message opened the way the page's own navigation opens it gives the sample's sender,
// subject, links and attachments, and the engine's level on those facts is the one
// samples/expected.json states. Sample HTML is sanitized: no script, no event handler, nothing
// that imitates the webmail's own markup.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { emlToFacts } from '../../src/cli/eml-facts';
import { loadPolicyFile } from '../../src/cli/policy-file';
import { buildPages, DEMO_FILES, loadMailbox, SAMPLES, type DemoMessage, type Pages } from '../../src/demo/mailbox';
import { plainTextToHtml, sanitizeEmailHtml } from '../../src/demo/sanitize';
import { analyze } from '../../src/engine/index';
import type { MessageFacts } from '../../src/engine/types';
import { gmailAdapter } from '../../src/webmail/gmail/adapter';
import { outlookAdapter } from '../../src/webmail/outlook/adapter';
import type { WebmailAdapter } from '../../src/webmail/types';
import { visibleInFixture } from '../webmail/fixture';

let messages: DemoMessage[];
let pages: Pages;

beforeAll(async () => {
  messages = await loadMailbox();
  pages = buildPages(messages);
});

const parse = (html: string) => new DOMParser().parseFromString(html, 'text/html');

/** Open a message the way each page's navigation script does: its template replaces the view. */
function openIn(webmail: 'gmail' | 'outlook', m: DemoMessage): Document {
  const doc = parse(webmail === 'gmail' ? pages.gmail : pages.outlook);
  const template = (webmail === 'gmail'
    ? doc.getElementById(`thread-${m.gmail.threadId}`)
    : Array.from(doc.querySelectorAll('template[data-item]')).find((t) => t.getAttribute('data-item') === m.outlook.itemId)) as HTMLTemplateElement | null;
  expect(template, m.file).not.toBeNull();
  const target = webmail === 'gmail' ? doc.querySelector('[role="main"]')! : doc.getElementById('ReadingPaneContainerId')!;
  target.replaceChildren(template!.content.cloneNode(true));
  return doc;
}

function read(adapter: WebmailAdapter, doc: Document): MessageFacts {
  const open = adapter.findOpenMessages(doc, visibleInFixture);
  expect(open).toHaveLength(1);
  return adapter.extract(open[0]!);
}

const policy = () => {
  const problems: string[] = [];
  const p = loadPolicyFile(join(SAMPLES, 'policy.json'), problems);
  expect(problems).toEqual([]);
  return p;
};

describe('the demo mailbox', () => {
  it('holds 8-12 messages of the sample day, genuine and phishing, each with an expected level', () => {
    expect(messages.length).toBeGreaterThanOrEqual(8);
    expect(messages.length).toBeLessThanOrEqual(12);
    expect(messages.map((m) => m.file).sort()).toEqual([...DEMO_FILES].sort());
    expect(messages.every((m) => m.expected !== null)).toBe(true);
    expect(messages.some((m) => m.expected === 'safe')).toBe(true);
    expect(messages.some((m) => m.expected === 'danger')).toBe(true);
  });

  it('lists every message in the inbox of each page, newest first', () => {
    const gmail = parse(pages.gmail);
    const list = parse(`<table>${(gmail.getElementById('view-inbox') as HTMLTemplateElement).innerHTML}</table>`);
    expect(Array.from(list.querySelectorAll('tr[data-thread]'), (r) => r.getAttribute('data-thread'))).toEqual(messages.map((m) => m.gmail.threadId));
    const outlook = parse(pages.outlook);
    expect(Array.from(outlook.querySelectorAll('[data-convid]'), (r) => r.getAttribute('data-convid'))).toEqual(messages.map((m) => m.outlook.itemId));
    // Nothing is open before a row is clicked.
    expect(gmailAdapter.findOpenMessages(gmail, visibleInFixture)).toEqual([]);
    expect(outlookAdapter.findOpenMessages(outlook, visibleInFixture)).toEqual([]);
  });
});

describe.each([
  ['gmail', gmailAdapter],
  ['outlook', outlookAdapter],
] as const)('the replica %s page, read by the real adapter', (webmail, adapter) => {
  for (const file of DEMO_FILES) {
    it(`${file}: sender, subject, recipients, links, attachments and the expected level`, async () => {
      const m = messages.find((x) => x.file === file)!;
      const facts = read(adapter, openIn(webmail, m));
      const eml = await emlToFacts(readFileSync(join(SAMPLES, 'mail', file)), { domOnly: true });

      expect(facts.source).toBe(webmail);
      expect(facts.from.address).toBe(eml.from.address.toLowerCase());
      expect(facts.from.name).toBe(eml.from.name);
      expect(facts.subject).toBe(eml.subject);
      // Gmail's header line lists To and Cc together; the Gmail adapter reads them as one list.
      const recipients = webmail === 'gmail' ? [...eml.to, ...eml.cc] : eml.to;
      expect(facts.to.map((a) => a.address)).toEqual(recipients.map((a) => a.address.toLowerCase()));
      if (webmail === 'outlook') expect(facts.cc.map((a) => a.address)).toEqual(eml.cc.map((a) => a.address.toLowerCase()));
      expect(facts.links.map((l) => [l.href, l.text])).toEqual(eml.links.map((l) => [l.href, l.text]));
      expect(facts.attachments.map((a) => a.name)).toEqual(eml.attachments.map((a) => a.name));
      expect(facts.missing).toEqual([]);
      expect(facts.text.length).toBeGreaterThan(20);
      expect(analyze(facts, { policy: policy() }).level).toBe(m.expected);
    });
  }
});

describe('sanitizing', () => {
  const HOSTILE = `<div id="UniqueMessageBody_9" class="a3s" data-message-id="#msg-f:1" role="document" aria-label="Message body" onclick="alert(1)">
    <script>alert(1)</script><img src="https://track.example/p.gif" onerror="alert(2)" alt="logo">
    <a href="javascript:alert(3)">click</a><a href="https://ok.example/" onmouseover="alert(4)">ok</a>
    <svg onload="alert(5)"><script>alert(6)</script></svg><iframe src="https://evil.example/"></iframe>
    <form action="https://evil.example/"><input name="password"></form><style>body{display:none}</style>
    <span contenteditable="true" style="color:red">text</span><object data="x.swf"></object></div>`;

  it.each(['gmail', 'outlook'] as const)('removes scripts, handlers, script links, forms and frames (%s)', (webmail) => {
    const clean = sanitizeEmailHtml(HOSTILE, webmail);
    const doc = parse(`<body>${clean}</body>`);
    expect(doc.querySelectorAll('script, iframe, form, input, style, object, svg')).toHaveLength(0);
    for (const el of Array.from(doc.body.querySelectorAll('*'))) {
      for (const attr of Array.from(el.attributes)) {
        expect(attr.name.startsWith('on'), `${el.tagName} ${attr.name}`).toBe(false);
        expect(attr.value.toLowerCase()).not.toContain('javascript:');
      }
    }
    // Nothing poses as the webmail's own markup, and nothing is fetched.
    expect(doc.querySelector('[data-message-id], [role], [aria-label], [contenteditable], [id^="UniqueMessageBody"], .a3s')).toBeNull();
    expect(doc.querySelector('img')!.hasAttribute('src')).toBe(false);
    expect(doc.querySelector('a[href="https://ok.example/"]')!.getAttribute('target')).toBe('_blank');
    expect(doc.body.textContent).toContain('text');
  });

  it('keeps the sender ids and classes only renamed, the way each webmail does', () => {
    expect(parse(sanitizeEmailHtml('<p id="x" class="cta big">a</p>', 'outlook')).querySelector('p')!.outerHTML).toBe('<p id="x_x" class="x_cta x_big">a</p>');
    expect(parse(sanitizeEmailHtml('<p id="x" class="cta">a</p>', 'gmail')).querySelector('p')!.outerHTML).toBe('<p class="m_cta">a</p>');
  });

  it('shows plain text as text, with web addresses linked', () => {
    const html = plainTextToHtml('Hi <b>you</b>\nsee https://example.org/a?b=1&c=2.');
    const doc = parse(html);
    expect(doc.querySelector('b')).toBeNull();
    expect(doc.body.textContent).toContain('Hi <b>you</b>');
    expect(doc.querySelector('a')!.getAttribute('href')).toBe('https://example.org/a?b=1&c=2');
  });

  it.each(['gmail', 'outlook'] as const)('leaves the %s page one script, its own navigation, and no event-handler attribute', (webmail) => {
    const html = webmail === 'gmail' ? pages.gmail : pages.outlook;
    const doc = parse(html);
    const scripts = Array.from(doc.querySelectorAll('script'));
    expect(scripts).toHaveLength(1);
    expect(html.match(/<script/gi)).toHaveLength(1);
    // The script holds no message data.
    for (const m of messages) expect(scripts[0]!.textContent).not.toContain(m.subject);
    const elements = [doc.documentElement, ...Array.from(doc.querySelectorAll('*'))];
    for (const t of Array.from(doc.querySelectorAll('template'))) elements.push(...Array.from(t.content.querySelectorAll('*')));
    for (const el of elements) {
      if (el.tagName === 'SCRIPT' && el !== scripts[0]) throw new Error('a second script');
      for (const attr of Array.from(el.attributes)) expect(attr.name.startsWith('on'), `${el.tagName} ${attr.name}`).toBe(false);
    }
    for (const t of Array.from(doc.querySelectorAll('template'))) expect(t.content.querySelector('script')).toBeNull();
  });
});
