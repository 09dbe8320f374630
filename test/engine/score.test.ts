import { describe, expect, it } from 'vitest';
import type { RuleFinding } from '../../src/engine/rule';
import { FAMILY_CAP, scoreFindings } from '../../src/engine/score';
import type { Family } from '../../src/engine/types';

const f = (family: Family, points: number, decisive = false): RuleFinding => ({
  id: `x-${family}`, family, points, decisive, severity: 'caution', title: 't', key: 'first-contact', params: {},
});

describe('scoring', () => {
  it('wording alone never warns, however much of it', () => {
    expect(scoreFindings([f('wording', 3), f('wording', 3), f('wording', 3)], 'strict').level).toBe('safe');
  });
  it('caps each family', () => {
    const s = scoreFindings([f('wording', 3), f('wording', 3), f('identity', 9), f('identity', 9)], 'balanced');
    expect(s.families).toEqual({ wording: FAMILY_CAP.wording, identity: FAMILY_CAP.identity });
    expect(s.score).toBe(14);
  });
  it('one family stays yellow however strong; two families of 2+ points make it red', () => {
    expect(scoreFindings([f('identity', 7), f('identity', 3)], 'balanced').level).toBe('caution');
    expect(scoreFindings([f('identity', 3), f('links', 2)], 'balanced').level).toBe('danger');
    expect(scoreFindings([f('identity', 4), f('links', 1)], 'balanced').level).toBe('caution');
  });
  it('a decisive finding is red on its own', () => {
    expect(scoreFindings([f('attachments', 9, true)], 'relaxed').level).toBe('danger');
  });
  it('sensitivity moves the thresholds', () => {
    const three = [f('identity', 3)];
    expect(scoreFindings(three, 'strict').level).toBe('caution');
    expect(scoreFindings(three, 'balanced').level).toBe('safe');
    const five = [f('identity', 3), f('links', 2)];
    expect(scoreFindings(five, 'balanced').level).toBe('danger');
    expect(scoreFindings(five, 'relaxed').level).toBe('caution');
  });
  it('a trusted sender is not warned about unless a finding is decisive', () => {
    expect(scoreFindings([f('identity', 6), f('links', 5)], 'balanced', true).level).toBe('safe');
    expect(scoreFindings([f('attachments', 9, true)], 'balanced', true).level).toBe('danger');
  });
});

describe('engine order', () => {
  it('skips wording when there is no other evidence, and weighs it when there is', async () => {
    const { analyzeDetailed } = await import('../../src/engine/index');
    const { facts, ctx } = await import('./helpers');
    const lure = 'Your account has been suspended. Verify your account within 24 hours.';
    const alone = analyzeDetailed(facts({ text: lure }), ctx());
    expect(alone.findings.filter((x) => x.family === 'wording')).toEqual([]);
    const withEvidence = analyzeDetailed(facts({ text: lure, from: { name: 'Microsoft Support', address: 'help@ms-alerts.example-mail.com' } }), ctx());
    expect(withEvidence.findings.some((x) => x.id === 'wording-credentials')).toBe(true);
    expect(withEvidence.verdict.level).toBe('danger');
  });
});
