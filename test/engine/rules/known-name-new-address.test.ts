import { describe, expect, it } from 'vitest';
import type { SenderHistory } from '../../../src/engine/types';
import { ctx, hits } from '../helpers';

const id = 'known-name-new-address';
const history = (known: Record<string, string[]>): SenderHistory => ({
  knowsAddress: (a) => Object.values(known).some((list) => list.includes(a)),
  nameSeenWithOtherAddress: (name, a) => (known[name] ?? []).length > 0 && !(known[name] ?? []).includes(a),
});

describe(id, () => {
  const h = history({ 'Jordan Reyes': ['jordan@reyesplumbing.com'] });
  it('flags a known name from a new address', () => {
    expect(hits(id, { from: { name: 'Jordan Reyes', address: 'jordan.reyes.plumbing@gmail.com' } }, ctx({}, h))).toEqual([id]);
  });
  it('is silent for the known address, without history, and for one-word role names', () => {
    expect(hits(id, {}, ctx({}, h))).toEqual([]);
    expect(hits(id, { from: { name: 'Jordan Reyes', address: 'x@gmail.com' } })).toEqual([]);
    const roles = history({ Billing: ['a@x.com'] });
    expect(hits(id, { from: { name: 'Billing', address: 'b@y.com' } }, ctx({}, roles))).toEqual([]);
  });
});
