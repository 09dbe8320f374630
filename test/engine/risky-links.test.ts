// Which links the page guards (src/engine/risky-links.ts): every script, data and file link of a
// flagged message, not only the first one the rule names; links in quoted history never.
import { describe, expect, it } from 'vitest';
import { verdict } from './helpers';

describe('risky links', () => {
  it('guards every javascript:, data: and file: link once one is flagged', () => {
    const links = [
      { href: 'javascript:a()', text: 'one' },
      { href: 'JavaScript:b()', text: 'two' },
      { href: 'data:text/html,<b>x</b>', text: 'three' },
      { href: 'file:///C:/x.exe', text: 'four' },
      { href: 'https://riversidefamilymed.org/', text: 'our site' },
      { href: 'javascript:c()', text: 'quoted', inQuote: true },
    ];
    const v = verdict({ links });
    expect(v.level).toBe('danger');
    expect(v.riskyLinks?.map((r) => r.href)).toEqual(['javascript:a()', 'JavaScript:b()', 'data:text/html,<b>x</b>', 'file:///C:/x.exe']);
  });

  it('guards nothing in a message judged safe', () => {
    expect(verdict({ links: [{ href: 'https://riversidefamilymed.org/', text: 'our site' }] }).riskyLinks).toBeUndefined();
  });
});
