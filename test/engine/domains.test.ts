import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { hostIsUnder } from '../../src/engine/lib/domains';

describe('hostIsUnder', () => {
  it('is "equal, or ends with a dot and the domain"', () => {
    const part = fc.string({ unit: fc.constantFrom('a', 'b', '.', '-'), maxLength: 8 });
    fc.assert(
      fc.property(part, part, (host, domain) => {
        expect(hostIsUnder(host, domain)).toBe(host === domain || host.endsWith(`.${domain}`));
      }),
      { numRuns: 3000 },
    );
    expect(hostIsUnder('mail.google.com', 'google.com')).toBe(true);
    expect(hostIsUnder('notgoogle.com', 'google.com')).toBe(false);
    expect(hostIsUnder('google.com', 'google.com')).toBe(true);
  });
});
