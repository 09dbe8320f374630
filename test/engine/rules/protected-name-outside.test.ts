import { describe, expect, it } from 'vitest';
import { ctx, finding, hits } from '../helpers';

const id = 'protected-name-outside';
describe(id, () => {
  it('flags a protected name from a personal account, saying so plainly', () => {
    const f = finding(id, { from: { name: 'Dr. Anita Patel', address: 'anita.patel.md@gmail.com' } });
    expect(f?.title).toBe('The name says Dr. Anita Patel, but it was sent from a personal gmail.com account.');
  });
  it('flags the name from another company\'s domain, and in reversed order', () => {
    expect(hits(id, { from: { name: 'Patel, Anita', address: 'apatel@consult-mail.net' } })).toEqual([id]);
  });
  it('flags an address spelling the name with a bland display name', () => {
    expect(hits(id, { from: { name: 'Office', address: 'marcus.okafor@outlook.com' } })).toEqual([`${id}.freemail`]);
  });
  it('is silent for the practice\'s own address and without a policy', () => {
    expect(hits(id, { from: { name: 'Dr. Anita Patel', address: 'apatel@riversidefamilymed.org' } })).toEqual([]);
    expect(hits(id, { from: { name: 'Dr. Anita Patel', address: 'anita@gmail.com' } }, ctx({ protectedNames: [] }))).toEqual([]);
  });
  it('is silent for someone who shares only a first name', () => {
    expect(hits(id, { from: { name: 'Anita Gomez', address: 'anita@gmail.com' } })).toEqual([]);
  });
});
