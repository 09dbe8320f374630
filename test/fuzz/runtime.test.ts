// @vitest-environment jsdom
// Fuzz: damaged fixtures shown in the page and watched by the real content-script loop (real
// adapter and engine behind a stand-in background): nothing throws out, the background gets
// facts it accepts, banners sit only above messages marked caution or danger.
import fc from 'fast-check';
import { afterEach, describe, expect, it } from 'vitest';
import { adapterCaseArb } from './cases';
import { runRuntimeCase } from './runtime-case';
import { fuzzOptions } from './settings';

const parse = (html: string) => new DOMParser().parseFromString(html, 'text/html');

afterEach(() => {
  document.body.innerHTML = '';
});

describe('content runtime on damaged fixtures', () => {
  it('never throws into the page and shows banners only where a verdict says so', async () => {
    let judged = 0;
    await fc.assert(
      fc.asyncProperty(adapterCaseArb, async (c) => {
        // The gate on the mail view reads the address: each webmail's own.
        history.replaceState({}, '', c.fixture.site === 'gmail' ? '/mail/u/0/#inbox/FMfcgzQcqlBLwLspwKpJHSKfdDPZsRhN' : '/mail/inbox/id/AAQkAD');
        const result = await runRuntimeCase(window, parse, c);
        judged += result.messages;
        expect(result.problems).toEqual([]);
      }),
      fuzzOptions(25),
    );
    // Light damage leaves most messages readable: a run that judged nothing tested nothing.
    expect(judged).toBeGreaterThan(0);
  }, 60_000);
});
