// The scan command's lean HTML tokenizer (src/cli/html-tokens.ts): the standard's tokenizing
// rules where mail depends on them, and, on generated markup, the same reading of text and
// links as the htmlparser2-based extractor it replaced (test/cli/html-reference.ts).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { extractHtml } from '../../src/cli/html-extract';
import { tokenize, type TokenSink } from '../../src/cli/html-tokens';
import { referenceExtractHtml } from './html-reference';

const WANTED = new Set(['href', 'alt', 'class']);

/** Every token as a line: "<name attrs>", "</name>", or the text in quotes. */
function tokens(html: string): string[] {
  const out: string[] = [];
  const sink: TokenSink = {
    open: (name, attrs, selfClosing) => out.push(`<${name}${Object.entries(attrs).map(([k, v]) => ` ${k}=${JSON.stringify(v)}`).join('')}${selfClosing ? '/' : ''}>`),
    close: (name) => out.push(`</${name}>`),
    text: (t) => out.push(JSON.stringify(t)),
    done: () => false,
  };
  tokenize(html, sink, WANTED);
  return out;
}

describe('tokenize', () => {
  it('reads tags, attributes in any quoting and case, and text', () => {
    expect(tokens(`<A HREF="https://a.example/?x=1&amp;y=2" Alt='say "hi"' class=plain data-x=1>Hi</a>`)).toEqual([
      '<a href="https://a.example/?x=1&y=2" alt="say \\"hi\\"" class="plain">',
      '"Hi"',
      '</a>',
    ]);
  });

  it('keeps the first of a repeated attribute, as browsers do', () => {
    expect(tokens('<a href="https://first.example" href="https://second.example">x</a>')[0]).toBe('<a href="https://first.example">');
  });

  it('does not end a tag at a ">" inside a quoted value', () => {
    expect(tokens('<a alt="1 > 0" href="https://a.example">x</a>')[0]).toBe('<a alt="1 > 0" href="https://a.example">');
  });

  it('decodes entities in text, legacy ones without ";" too, but not "&" followed by a name in an attribute', () => {
    expect(tokens('<p>Tom &amp; Jerry &copy 2026 &#x41;&#66;</p>')[1]).toBe(JSON.stringify('Tom & Jerry © 2026 AB'));
    expect(tokens('<a href="https://a.example/?a=1&copy=2">x</a>')[0]).toBe('<a href="https://a.example/?a=1&copy=2">');
  });

  it('skips comments, doctype and processing instructions, including "<!-->"', () => {
    expect(tokens('a<!-- <b>not a tag</b> -->b<!-->c<!doctype html>d<?xml version="1.0"?>e')).toEqual(['"a"', '"b"', '"c"', '"d"', '"e"']);
  });

  it('reads script and style content as text up to their own end tag only', () => {
    expect(tokens('<style>a > b { x: "</p>" }</style><script>if (a<b) x("<a href=y>")</SCRIPT >z')).toEqual([
      '<style>',
      JSON.stringify('a > b { x: "</p>" }'),
      '</style>',
      '<script>',
      JSON.stringify('if (a<b) x("<a href=y>")'),
      '</script>',
      '"z"',
    ]);
  });

  it('decodes entities in title and textarea content, which cannot hold tags', () => {
    expect(tokens('<title>A &amp; <b>B</b></title>')).toEqual(['<title>', JSON.stringify('A & <b>B</b>'), '</title>']);
  });

  it('treats a "<" that starts no tag as text, drops "</>", and reads "</ x>" as a comment', () => {
    expect(tokens('1 < 2 <3 </> </ x>ok')).toEqual(['"1 "', '"<"', '" 2 "', '"<"', '"3 "', '" "', '"ok"']);
  });

  it('drops a tag cut off by the end of the input, as the standard does', () => {
    expect(tokens('text<a href="https://a.example')).toEqual(['"text"']);
    expect(tokens('text<a href=x')).toEqual(['"text"']);
  });

  it('marks "/>" as self-closing only when the "/" is outside a value', () => {
    expect(tokens('<svg/><path d=x/>')).toEqual(['<svg/>', '<path>']);
  });

  it('reads <image> as <img>, as the standard does', () => {
    expect(tokens('<image alt="logo">')).toEqual(['<img alt="logo">']);
  });

  it('stops when the sink has all it needs', () => {
    const seen: string[] = [];
    tokenize('<p>one</p><p>two</p>', { open: (n) => seen.push(n), close: () => {}, text: (t) => seen.push(t), done: () => seen.length >= 2 }, WANTED);
    expect(seen).toEqual(['p', 'one']);
  });
});

// Markup built from the pieces mail is made of, in odd combinations: tags of every kind the
// extractor treats specially, attributes in every quoting, entities, comments, broken nesting.
const TAGS = ['a', 'p', 'div', 'span', 'b', 'td', 'tr', 'table', 'li', 'ul', 'h1', 'br', 'hr', 'img', 'image', 'blockquote', 'style', 'script', 'title', 'head', 'body', 'svg', 'path', 'textarea', 'noscript', 'template', 'tbody', 'option', 'select'];
const name = fc.constantFrom(...TAGS).chain((t) => fc.constantFrom(t, t.toUpperCase()));
const value = fc.constantFrom('https://a.example/x?y=1&amp;z=2', 'display:none', 'color:red', 'gmail_quote', 'x > y', 'divRplyFwdMsg', '', 'a b', '&copy=1', 'javascript:alert(1)');
const attr = fc
  .tuple(fc.constantFrom('href', 'HREF', 'style', 'class', 'id', 'alt', 'data-x', 'title'), value, fc.constantFrom('"', "'", ''))
  .map(([k, v, q]) => (q === '' ? `${k}=${v.replace(/[\s>"'=<`]/g, '') || 'v'}` : `${k}=${q}${v.replaceAll(q, '')}${q}`));
const piece = fc.oneof(
  fc.tuple(name, fc.array(attr, { maxLength: 3 }), fc.constantFrom('', '/')).map(([n, as, s]) => `<${n}${as.map((a) => ` ${a}`).join('')}${s}>`),
  name.map((n) => `</${n}>`),
  fc.constantFrom('Hello', ' world ', 'Tom &amp; Jerry', '&nbsp;', '&copy 2026', '&#x41;', '1 < 2', 'a > b', '\n', ' \r\u2003\t', '\u00a0 \n\f ', 'Click here', 'Verify your account'),
  fc.constantFrom('<!-- c -->', '<!-->', '<!doctype html>', '<?xml x?>', '</ x>', '</>'),
);

describe('extractHtml on the tokenizer reads mail as the htmlparser2-based reader did', () => {
  it('gives the same text and links on generated markup', () => {
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 40 }), (pieces) => {
        const html = pieces.join('');
        expect(extractHtml(html, 60_000)).toEqual(referenceExtractHtml(html, 60_000));
      }),
      { numRuns: Number(process.env.FUZZ_RUNS ?? 2000), seed: process.env.FUZZ_SEED ? Number(process.env.FUZZ_SEED) : undefined },
    );
  });
});
