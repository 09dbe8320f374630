// The HTML body reader of the scan command: what a webmail page would show (visible text and
// links), and the plain-text helpers for bodies without HTML.
import { describe, it, expect } from 'vitest';
import { extractHtml, linksInPlainText, stripPlainQuotes } from '../../src/cli/html-extract';

const MAX = 60_000;

describe('extractHtml: visible text', () => {
  it('keeps the visible text and drops head, title, script and style content', () => {
    const html = `<!doctype html><html><head><title>HEADTITLE</title><meta charset="utf-8">
      <style>.x { color: red } STYLETEXT</style><script>var SCRIPTTEXT = 1;</script></head>
      <body><p>Hello Maria,</p><div>Your results are ready.</div>
      <script>alert("SCRIPT2")</script><noscript>NOSCRIPTTEXT</noscript></body></html>`;
    const { text } = extractHtml(html, MAX);
    expect(text).toContain('Hello Maria,');
    expect(text).toContain('Your results are ready.');
    for (const hidden of ['HEADTITLE', 'STYLETEXT', 'color: red', 'SCRIPTTEXT', 'SCRIPT2', 'NOSCRIPTTEXT']) {
      expect(text).not.toContain(hidden);
    }
  });

  it('drops content inside display:none elements, including nested elements, and resumes after them', () => {
    const html = `<div>Before</div>
      <div style="color:red; DISPLAY : none"><span>HIDDEN1</span><p>HIDDEN2 <b>bold</b></p></div>
      <span style="display:none">HIDDEN3</span><div>After</div>`;
    const { text } = extractHtml(html, MAX);
    expect(text).toContain('Before');
    expect(text).toContain('After');
    expect(text).not.toContain('HIDDEN');
    expect(text).not.toContain('bold');
  });

  it('decodes entities and separates block elements with line breaks', () => {
    const { text } = extractHtml('<p>Tom &amp; Jerry</p><p>Second&nbsp;line</p>', MAX);
    const lines = text.split('\n');
    expect(lines[0]).toBe('Tom & Jerry');
    expect(lines[1]).toBe('Second line');
  });

  it('squeezes whitespace runs in one pass: a run with a line break is one break, others keep one space', () => {
    expect(extractHtml('<p>a \t\u00a0 b\u2003\u2003c \r\n\f d</p>', MAX).text).toBe('a b\u2003\u2003c\nd');
    // 200,000 spaces of a kind the first squeeze leaves: quadratic backtracking here (as with
    // the old "\s*\n\s*") would take minutes, not the test's seconds.
    expect(extractHtml(`<p>a${'\u2003'.repeat(200_000)}b</p>`, MAX).text).toBe(`a${'\u2003'.repeat(200_000)}b`.slice(0, MAX));
  });

  it('respects the maxText bound', () => {
    const html = `<p>${'abcdefghij '.repeat(2000)}</p><p>TAILMARKER</p>`;
    const { text } = extractHtml(html, 100);
    expect(text.length).toBeLessThanOrEqual(100);
    expect(text.startsWith('abcdefghij')).toBe(true);
    expect(text).not.toContain('TAILMARKER');
    // Without a tight bound the same body keeps its tail.
    expect(extractHtml(html, MAX).text).toContain('TAILMARKER');
  });
});

describe('extractHtml: links', () => {
  it('lists each link with its href and visible text', () => {
    const html = `<p>Please <a href="https://portal.example.com/login">sign in here</a> and
      <a href='http://other.example.org/x?a=1&amp;b=2'>  read   <b>more</b> </a></p>`;
    const { links, text } = extractHtml(html, MAX);
    expect(links).toEqual([
      { href: 'https://portal.example.com/login', text: 'sign in here', inQuote: false },
      { href: 'http://other.example.org/x?a=1&b=2', text: 'read more', inQuote: false },
    ]);
    expect(text).toContain('sign in here');
  });

  it('uses the alt text of an image inside a link as link text', () => {
    const html = '<a href="https://evil.example.net/pay"><img src="cid:logo" alt="View invoice"></a>';
    const { links } = extractHtml(html, MAX);
    expect(links).toHaveLength(1);
    expect(links[0]!.href).toBe('https://evil.example.net/pay');
    expect(links[0]!.text).toBe('View invoice');
  });

  it('ignores anchors without href and links inside hidden content', () => {
    const html = '<a name="top">Top</a><div style="display:none"><a href="https://hidden.example.com/">x</a></div><a href="https://shown.example.com/">y</a>';
    const { links } = extractHtml(html, MAX);
    expect(links.map((l) => l.href)).toEqual(['https://shown.example.com/']);
  });

  it('marks links inside <blockquote> as inQuote and leaves the quoted text out of text', () => {
    const html = `<div>My reply is here. <a href="https://new.example.com/">new link</a></div>
      <blockquote><p>QUOTEDTEXT from last week</p><a href="https://old.example.com/">old link</a></blockquote>
      <div>Signature after the quote</div>`;
    const { links, text } = extractHtml(html, MAX);
    expect(links).toEqual([
      { href: 'https://new.example.com/', text: 'new link', inQuote: false },
      { href: 'https://old.example.com/', text: 'old link', inQuote: true },
    ]);
    expect(text).toContain('My reply is here.');
    expect(text).not.toContain('QUOTEDTEXT');
    expect(text).not.toContain('old link');
    expect(text).toContain('Signature after the quote');
  });

  it('marks links inside an element with class gmail_quote as inQuote', () => {
    const html = `<div dir="ltr">Thanks!</div><div class="gmail_quote extra"><div class="gmail_attr">On Mon, Bob wrote:</div>
      <div>GMAILQUOTED <a href="https://quoted.example.com/a">quoted link</a></div></div>`;
    const { links, text } = extractHtml(html, MAX);
    expect(links).toEqual([{ href: 'https://quoted.example.com/a', text: 'quoted link', inQuote: true }]);
    expect(text).toBe('Thanks!');
    expect(text).not.toContain('GMAILQUOTED');
  });

  it('does not throw on broken or unclosed markup and still finds what it can', () => {
    const broken = [
      '<div><p>Unclosed <a href="https://a.example.com/">link text',
      '<a href="https://b.example.com/">one<a href="https://c.example.com/">two</a>',
      '</div></span></blockquote>stray closers<p',
      '<div style="display:none">never closed',
      '<<<>>><a href=>x</a><img alt=><script>unterminated',
      '<blockquote><blockquote></div>text after broken quote',
      '',
    ];
    for (const html of broken) {
      expect(() => extractHtml(html, MAX)).not.toThrow();
    }
    const unclosed = extractHtml(broken[0]!, MAX);
    expect(unclosed.text).toContain('Unclosed');
    expect(unclosed.links).toEqual([{ href: 'https://a.example.com/', text: 'link text', inQuote: false }]);
    const nested = extractHtml(broken[1]!, MAX);
    expect(nested.links.map((l) => l.href)).toEqual(['https://b.example.com/', 'https://c.example.com/']);
    // Stray closing tags must not drive counters negative and hide or quote later content.
    const stray = extractHtml('</blockquote></div><p>Visible <a href="https://d.example.com/">d</a></p>', MAX);
    expect(stray.text).toContain('Visible');
    expect(stray.links[0]!.inQuote).toBe(false);
  });
});

describe('linksInPlainText', () => {
  it('finds http, https and www. addresses', () => {
    const links = linksInPlainText('Go to https://secure.example.com/login?x=1 or http://plain.example.org/ or www.example.net/page now');
    expect(links).toEqual([
      { href: 'https://secure.example.com/login?x=1', text: 'https://secure.example.com/login?x=1' },
      { href: 'http://plain.example.org/', text: 'http://plain.example.org/' },
      { href: 'http://www.example.net/page', text: 'www.example.net/page' },
    ]);
  });

  it('strips trailing punctuation', () => {
    const links = linksInPlainText('Visit https://a.example.com/path. Or https://b.example.com/x?!, then www.c.example.com; done: https://d.example.com:');
    expect(links.map((l) => l.text)).toEqual([
      'https://a.example.com/path',
      'https://b.example.com/x',
      'www.c.example.com',
      'https://d.example.com',
    ]);
  });

  it('stops at brackets and quotes and finds nothing in text without addresses', () => {
    expect(linksInPlainText('(see https://e.example.com/a) and "https://f.example.com/b"').map((l) => l.href)).toEqual([
      'https://e.example.com/a',
      'https://f.example.com/b',
    ]);
    expect(linksInPlainText('No links here, just example.com and ftp://x.example.com')).toEqual([]);
  });
});

describe('stripPlainQuotes', () => {
  it("drops lines starting with '>'", () => {
    const out = stripPlainQuotes('New text\n> quoted line\n>> deeper quote\nMore new text');
    expect(out).toBe('New text\nMore new text');
  });

  it('drops everything after an "On ... wrote:" line', () => {
    const body = 'Sounds good, see you then.\n\nOn Mon, Mar 3, 2025 at 9:14 AM Linda Chen <linda@example.org> wrote:\nOLDMESSAGE body\nwith https://old.example.com/\n';
    const out = stripPlainQuotes(body);
    expect(out).toContain('Sounds good, see you then.');
    expect(out).not.toContain('wrote:');
    expect(out).not.toContain('OLDMESSAGE');
    expect(out).not.toContain('old.example.com');
  });

  it('handles CRLF line endings and leaves unquoted text alone', () => {
    expect(stripPlainQuotes('Hi\r\n> q\r\nOn Tue, Jan 7, 2025, Bob wrote:\r\nold\r\n').trim()).toBe('Hi');
    const plain = 'Line one\nLine two mentions On call wrote: nothing special here at all';
    expect(stripPlainQuotes(plain)).toBe(plain);
  });
});

describe('edge cases found in review', () => {
  it('a nested anchor closes the open link, as browsers do (so the page shows the same text)', () => {
    const { links } = extractHtml('<a href="https://x.example/a">Open <a name="n">the</a> file</a>', 1000);
    expect(links).toEqual([{ href: 'https://x.example/a', text: 'Open', inQuote: false }]);
  });
  it('a From: line at the very top is the writer\'s text, not quoted history', () => {
    expect(stripPlainQuotes('From: billing@example.com\nYour invoice is attached.')).toContain('Your invoice is attached.');
    expect(stripPlainQuotes('Thanks!\nFrom: old@example.com\nolder text')).not.toContain('older text');
  });
});
