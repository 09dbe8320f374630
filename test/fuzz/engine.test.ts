// Fuzz: random and hostile facts, now and then of the wrong type, always give a valid verdict.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/engine/index';
import { factsArb } from './facts';
import { POLICY } from './cases';
import { fuzzOptions } from './settings';
import { verdictProblems } from './verdict';

describe('engine on random facts', () => {
  it('always answers with a valid verdict', () => {
    fc.assert(
      fc.property(factsArb, (facts) => {
        expect(verdictProblems(analyze(facts, { policy: POLICY.engine }))).toEqual([]);
      }),
      fuzzOptions(400),
    );
  });
});
