import { describe, expect, it } from 'vitest';
import { hits, verdict } from '../helpers';

const id = 'wording-money-offer';
describe(id, () => {
  it.each([
    'Congratulations! You have been selected to receive a free gift. Claim your reward now.',
    'I am the next of kin to an unclaimed inheritance of USD 4.5 million.',
    'Parabéns, você ganhou um prêmio!',
    'Elon Musk is giving away 5,000 BTC to celebrate the launch.',
    'Your tax refund is ready for processing.',
    'Stake your XLM for 25% yields.',
    'Seus pontos acumulados estão expirando. Resgate agora!',
  ])('finds: %s', (text) => expect(hits(id, { text })).toEqual([id]));
  it('is silent on ordinary mail', () => {
    // A friendly congratulation matches one phrase, which alone never warns.
    expect(verdict({ text: 'Congratulations on the new baby! See you at work.' }).level).toBe('safe');
    expect(hits(id, { text: 'Your invoice for October is attached.' })).toEqual([]);
  });
});
