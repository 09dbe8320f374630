// The sample mailbox that ships with the project (samples/mail): each message gets the level
// samples/expected.json states for it, judged as the demo does (sample policy, DOM-only).
import { describe, it, expect } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadPolicyFile } from '../../src/cli/policy-file';
import { scanFile } from '../../src/cli/scan-core';

const SAMPLES = join(__dirname, '..', '..', 'samples');
const MAIL = join(SAMPLES, 'mail');
const expected = JSON.parse(readFileSync(join(SAMPLES, 'expected.json'), 'utf8')) as Record<string, { level: string; why: string }>;
const files = readdirSync(MAIL).sort();

function policy() {
  const problems: string[] = [];
  const p = loadPolicyFile(join(SAMPLES, 'policy.json'), problems);
  expect(problems).toEqual([]);
  return p;
}

describe('sample mailbox', () => {
  it('has .eml files, each with an entry in expected.json, and no entry without a file', () => {
    expect(files.length).toBeGreaterThan(0);
    for (const f of files) expect(f.endsWith('.eml'), f).toBe(true);
    expect(files).toEqual(Object.keys(expected).sort());
    for (const [name, entry] of Object.entries(expected)) {
      expect(['safe', 'caution', 'danger'], name).toContain(entry.level);
    }
  });

  it('has both phishing and genuine samples', () => {
    const levels = Object.values(expected).map((e) => e.level);
    expect(levels).toContain('safe');
    expect(levels.some((l) => l !== 'safe')).toBe(true);
  });

  for (const file of files) {
    it(`${file} is judged ${expected[file]?.level ?? '(no expected level)'}`, async () => {
      const line = await scanFile(join(MAIL, file), policy(), true);
      expect(line.error).toBeUndefined();
      expect(line.level).toBe(expected[file]?.level);
      if (line.level !== 'safe') {
        const sentences = (line.findings ?? []).filter((f) => f.title.trim().length > 1 && f.title.trim().endsWith('.'));
        expect(sentences.length, `findings of ${file}: ${JSON.stringify(line.findings)}`).toBeGreaterThan(0);
      }
    });
  }
});
