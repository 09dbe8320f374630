import { describe, expect, it } from 'vitest';
import { updateHealth } from '../../src/background/health';

const T1 = new Date('2026-11-27T10:00:00Z');
const T2 = new Date('2026-11-27T11:00:00Z');

describe('integration health', () => {
  it('counts analysed messages and the fields each webmail could not read, per source', () => {
    let health = updateHealth({}, 'gmail', ['date'], T1);
    health = updateHealth(health, 'gmail', ['date', 'from.address'], T2);
    health = updateHealth(health, 'outlook', [], T2);
    expect(health).toEqual({
      gmail: {
        analyzed: 2,
        lastAnalyzed: T2.toISOString(),
        missing: { date: { count: 2, lastSeen: T2.toISOString() }, 'from.address': { count: 1, lastSeen: T2.toISOString() } },
      },
      outlook: { analyzed: 1, lastAnalyzed: T2.toISOString(), missing: {} },
    });
  });

  it('never stores anything that is not a field name (no message content can slip in)', () => {
    const health = updateHealth({}, 'gmail', ['Dear patient, your results', 'from', 'x'.repeat(60), '<img src=x>'], T1);
    expect(Object.keys(health.gmail!.missing)).toEqual(['from']);
  });

  it('keeps the record small whatever an adapter reports', () => {
    const many = Array.from({ length: 100 }, (_, i) => `field${String.fromCharCode(97 + (i % 26))}${String.fromCharCode(97 + Math.floor(i / 26))}`);
    expect(Object.keys(updateHealth({}, 'outlook', many, T1).outlook!.missing)).toHaveLength(30);
  });
});
