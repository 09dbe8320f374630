import { describe, expect, it } from 'vitest';
import { ctx, hits, verdict } from '../helpers';

const id = 'first-contact';
const h = (known: boolean | undefined) => ({ knowsAddress: () => known, nameSeenWithOtherAddress: () => false });

describe(id, () => {
  it('notes the first mail from an address, without warning on that alone', () => {
    expect(hits(id, {}, ctx({}, h(false)))).toEqual([id]);
    expect(verdict({}, ctx({}, h(false))).level).toBe('safe');
  });
  it('is silent for known addresses and when history is unknown', () => {
    expect(hits(id, {}, ctx({}, h(true)))).toEqual([]);
    expect(hits(id, {}, ctx({}, h(undefined)))).toEqual([]);
    expect(hits(id, {})).toEqual([]);
  });
});
