// Meta-test: every rule file is registered under its file name, has its own test file, is
// documented in docs/rules.md, and every message key it can use has text.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { RULES } from '../../src/engine/index';
import { MESSAGES } from '../../src/engine/messages';

const root = join(__dirname, '..', '..');
const ruleFiles = readdirSync(join(root, 'src/engine/rules'))
  .filter((f) => f.endsWith('.ts') && f !== 'index.ts')
  .map((f) => f.replace(/\.ts$/, ''));
const docs = readFileSync(join(root, 'docs/rules.md'), 'utf8');

describe('rule registry', () => {
  it('registers every rule file exactly once, with id = file name', () => {
    expect(RULES.map((r) => r.id).sort()).toEqual([...ruleFiles].sort());
    expect(new Set(RULES.map((r) => r.id)).size).toBe(RULES.length);
  });

  it.each(ruleFiles)('%s has a test file', (id) => {
    expect(readdirSync(join(root, 'test/engine/rules'))).toContain(`${id}.test.ts`);
  });

  it.each(ruleFiles)('%s is documented in docs/rules.md', (id) => {
    expect(docs).toContain(`\`${id}\``);
  });

  it('every message text belongs to a rule, and every rule has text', () => {
    // link-free-hosting speaks about file shares with its own sentence.
    const owner = (key: string) => (key === 'link-file-share' ? 'link-free-hosting' : key.split('.')[0]!);
    for (const key of Object.keys(MESSAGES)) expect(ruleFiles).toContain(owner(key));
    for (const id of ruleFiles) expect(Object.keys(MESSAGES).some((k) => owner(k) === id)).toBe(true);
  });
});
