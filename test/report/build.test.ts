import { describe, expect, it } from 'vitest';
import { redact } from '../../src/report/build';

describe('redaction of the reporter\'s address', () => {
  it('replaces plain, percent-encoded and differently-cased forms', () => {
    const a = 'frontdesk@riversidefamilymed.org';
    expect(redact('https://x.example/?u=frontdesk%40riversidefamilymed.org&e=FrontDesk@RiversideFamilyMed.org', a)).toBe('https://x.example/?u=[reporter]&e=[reporter]');
    expect(redact('mailto:frontdesk@riversidefamilymed.org', a)).toBe('mailto:[reporter]');
  });

  it('leaves text alone without an account', () => {
    expect(redact('https://x.example/?u=a@b.org', null)).toBe('https://x.example/?u=a@b.org');
  });
});
