// Every hostile payload through the engine, alone in its field and in the corpus messages: a
// well-formed verdict, no throw, bounded time, deterministic, and no prototype polluted by keys
// like __proto__. The messages carry a program attachment, so each must come out as danger.
import { afterAll, describe, expect, it } from 'vitest';
import { analyze, RULES } from '../../src/engine/index';
import type { MessageFacts, Verdict } from '../../src/engine/types';
import { allMessages, hugeMessage, manyLinksMessage, type HostileMessage } from '../fixtures/hostile/messages';
import { PAYLOADS, type Payload } from '../fixtures/hostile/payloads';
import { ctx, facts } from '../engine/helpers';

const RULE_IDS = new Set(RULES.map((r) => r.id));
/** Taken before any test runs, to compare with afterwards. */
const OBJECT_KEYS = Object.getOwnPropertyNames(Object.prototype).sort();
const ARRAY_KEYS = Object.getOwnPropertyNames(Array.prototype).sort();

function expectValid(v: Verdict): void {
  expect(['safe', 'caution', 'danger']).toContain(v.level);
  expect(Number.isFinite(v.score) && v.score >= 0).toBe(true);
  for (const f of v.findings) {
    expect(RULE_IDS.has(f.id)).toBe(true);
    expect(typeof f.title === 'string' && f.title.length > 0).toBe(true);
  }
}

/** One payload alone in its field of an otherwise plain message. */
function alone(p: Payload): Partial<MessageFacts> {
  switch (p.field) {
    case 'displayName':
      return { from: { name: p.text, address: 'billing@evil-payments.example' } };
    case 'addressLocal':
      return { from: { name: 'Billing', address: `${p.text}@evil-payments.example` } };
    case 'subject':
      return { subject: p.text };
    case 'body':
      return { text: p.text };
    case 'attachmentName':
      return { attachments: [{ name: p.text }] };
    case 'linkText':
      return { links: [{ href: 'https://evil-payments.example/', text: p.text }] };
    case 'href':
      return { links: Array.from({ length: p.count ?? 1 }, (_, i) => ({ href: p.count ? `${p.text}${i}` : p.text, text: 'Sign in' })) };
  }
}

function toFacts(m: HostileMessage): MessageFacts {
  return facts({
    source: 'gmail',
    from: { name: m.fromName, address: m.fromAddress },
    subject: m.subject,
    text: m.body,
    links: m.links,
    attachments: m.attachments.map((name) => ({ name })),
  });
}

const timeOf = (run: () => void): number => {
  const t0 = performance.now();
  run();
  return performance.now() - t0;
};

const figures: string[] = [];
afterAll(() => console.log(`engine on hostile input: ${figures.join('; ')}`));

describe('engine on the hostile corpus', () => {
  it.each(PAYLOADS.map((p) => ({ id: p.id, p })))('$id alone in its field: a valid, repeatable verdict within 500 ms', ({ p }) => {
    let v!: Verdict;
    const ms = timeOf(() => (v = analyze(facts(alone(p)), ctx())));
    expectValid(v);
    expect(analyze(facts(alone(p)), ctx())).toEqual(v);
    // Generous for a loaded 2-core machine: the point is no runaway work, not speed.
    expect(ms).toBeLessThan(500);
  });

  it.each(allMessages().map((m) => ({ key: m.key, m })))('$key: danger, for the program attached', ({ m }) => {
    const v = analyze(toFacts(m), ctx());
    expectValid(v);
    expect(v.level).toBe('danger');
    expect(v.findings.map((f) => f.id)).toContain('attachment-executable');
  });

  it('judges the 10,000-link and the 100 kB message in bounded time', () => {
    const many = toFacts(manyLinksMessage());
    const huge = toFacts(hugeMessage());
    analyze(many, ctx()); // warm up
    const manyMs = timeOf(() => analyze(many, ctx()));
    const hugeMs = timeOf(() => analyze(huge, ctx()));
    figures.push(`10,000 links ${manyMs.toFixed(1)} ms`, `100 kB fields ${hugeMs.toFixed(1)} ms`);
    expect(manyMs).toBeLessThan(1_000);
    expect(hugeMs).toBeLessThan(1_000);
  });

  it('leaves Object.prototype alone after every payload', () => {
    for (const m of allMessages()) analyze(toFacts(m), ctx());
    expect(Object.getOwnPropertyNames(Object.prototype).sort()).toEqual(OBJECT_KEYS);
    expect(Object.getOwnPropertyNames(Array.prototype).sort()).toEqual(ARRAY_KEYS);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.prototype).not.toHaveProperty('polluted');
  });
});
