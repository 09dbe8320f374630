import { describe, expect, it } from 'vitest';
import { hits, verdict } from '../helpers';

const id = 'wording-junk-offer';
describe(id, () => {
  it.each([
    'Claim 200 free spins at our online casino today.',
    'Cialis and Viagra without a prescription, lowest prices.',
    'Lose 20 pounds in a month with these keto gummies.',
    'Answer 3 questions in our survey and win a brand new iPhone.',
    'Personal loans from $100 to $40,000, bad credit OK.',
  ])('finds: %s', (text) => expect(hits(id, { text })).toEqual([id]));
  it('is silent on ordinary mail, including news that mentions meeting people', () => {
    expect(hits(id, { text: 'The two carriers may hook up next year. Meet women in tech at the conference.' })).toEqual([]);
    expect(hits(id, { text: 'Your prescription refill is ready for pickup.' })).toEqual([]);
  });
  it('never warns on its own', () => {
    expect(verdict({ text: 'Free spins! Online casino jackpot! Viagra without prescription!' }).level).toBe('safe');
  });
});
