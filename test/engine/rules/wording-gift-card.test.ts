import { describe, expect, it } from 'vitest';
import { hits } from '../helpers';

const id = 'wording-gift-card';
describe(id, () => {
  it('finds gift-card requests and openers', () => {
    expect(hits(id, { text: 'Are you at your desk? I need a quick favor. Buy 5 Apple gift cards and send me the codes.' })).toEqual([id]);
  });
  it('is silent on ordinary mail', () => {
    expect(hits(id, { text: 'Thanks for the card you sent for my birthday!' })).toEqual([]);
  });
});
