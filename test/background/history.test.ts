// Sender history: salted hashes only, "first time from this address" once there is enough
// history, "a known name from a new site", and nothing learnt from suspicious mail.
import { describe, expect, it } from 'vitest';
import { emptyHistory, historyFor, MIN_HISTORY, recordSender, saltedHash, type HistoryStore } from '../../src/background/history';
import type { MessageFacts } from '../../src/engine/types';

const hash = saltedHash('salt-1');
const facts = (name: string, address: string, id: string): MessageFacts => ({
  source: 'gmail', id, from: { name, address }, to: [], cc: [], subject: 's', text: 't', links: [], attachments: [], providerNotices: [], missing: [],
});

async function seeded(count: number): Promise<HistoryStore> {
  let store = emptyHistory('salt-1');
  for (let i = 0; i < count; i++) store = await recordSender(store, facts(`Sender ${i}`, `sender${i}@vendor${i}.com`, `m${i}`), hash);
  return store;
}

describe('sender history', () => {
  it('stores hashes, never addresses or names', async () => {
    const store = await recordSender(emptyHistory('salt-1'), facts('Anita Patel', 'anita.patel@gmail.com', 'm1'), hash);
    const text = JSON.stringify(store);
    expect(text).not.toContain('anita');
    expect(text).not.toContain('gmail');
    expect(Object.keys(store.addresses)).toHaveLength(1);
  });

  it('says nothing about first contact until it has seen enough senders', async () => {
    const few = await seeded(MIN_HISTORY - 1);
    expect((await historyFor(few, facts('New Person', 'new@elsewhere.com', 'x'), hash))!.knowsAddress('new@elsewhere.com')).toBeUndefined();
    const enough = await seeded(MIN_HISTORY);
    expect((await historyFor(enough, facts('New Person', 'new@elsewhere.com', 'x'), hash))!.knowsAddress('new@elsewhere.com')).toBe(false);
    expect((await historyFor(enough, facts('Sender 3', 'sender3@vendor3.com', 'later'), hash))!.knowsAddress('sender3@vendor3.com')).toBe(true);
  });

  it('does not count the message itself: seeing the same message again is still a first contact', async () => {
    let store = await seeded(MIN_HISTORY);
    const first = facts('Quest Results', 'results@questdiagnostics.com', 'q1');
    store = await recordSender(store, first, hash);
    expect((await historyFor(store, first, hash))!.knowsAddress(first.from.address)).toBe(false);
  });

  it('flags a known name from a new site, not from another mailbox of the same site', async () => {
    const store = await recordSender(emptyHistory('salt-1'), facts('Anita Patel', 'anita@riversidefamilymed.org', 'm1'), hash);
    const sameSite = await historyFor(store, facts('Anita Patel', 'dr.patel@riversidefamilymed.org', 'm2'), hash);
    expect(sameSite!.nameSeenWithOtherAddress('Anita Patel', 'dr.patel@riversidefamilymed.org')).toBe(false);
    const elsewhere = await historyFor(store, facts('anita  PATEL', 'anita.patel.md@gmail.com', 'm3'), hash);
    expect(elsewhere!.nameSeenWithOtherAddress('anita  PATEL', 'anita.patel.md@gmail.com')).toBe(true);
  });

  it('returns the same store when a known sender writes again, so nothing is rewritten', async () => {
    const store = await recordSender(emptyHistory('salt-1'), facts('Anita Patel', 'anita@riversidefamilymed.org', 'm1'), hash);
    expect(await recordSender(store, facts('Anita Patel', 'anita@riversidefamilymed.org', 'm2'), hash)).toBe(store);
    expect(await recordSender(store, facts('Billing', 'anita@riversidefamilymed.org', 'm3'), hash)).toBe(store); // one-word names are not kept
    // Something new is still learnt: the same address under a new full name, or a new address.
    const renamed = await recordSender(store, facts('Anita R Patel', 'anita@riversidefamilymed.org', 'm4'), hash);
    expect(renamed).not.toBe(store);
    expect(Object.keys(renamed.names)).toHaveLength(2);
    const added = await recordSender(store, facts('Anita Patel', 'a.patel@riversidefamilymed.org', 'm5'), hash);
    expect(Object.keys(added.addresses)).toHaveLength(2);
  });

  it('stays bounded', async () => {
    const store = await seeded(120);
    expect(Object.keys(store.addresses).length).toBeLessThanOrEqual(5_000);
    expect(Object.keys(store.names)).toHaveLength(120);
  });
});
