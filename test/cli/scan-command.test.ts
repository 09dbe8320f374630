// The scan command end to end: the real `tsx src/cli/scan.ts` process on fixture files.
import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const ROOT = join(__dirname, '..', '..');
const TSX = join(ROOT, 'node_modules', '.bin', 'tsx');
const SCAN = join('src', 'cli', 'scan.ts');
const SPAWN_TIMEOUT = 30_000;
const TEST_TIMEOUT = { timeout: 60_000 };

interface Run {
  status: number | null;
  stdout: string;
  stderr: string;
}

function scan(...args: string[]): Run {
  const r = spawnSync(TSX, [SCAN, ...args], {
    cwd: ROOT,
    encoding: 'utf8',
    timeout: SPAWN_TIMEOUT,
    env: { ...process.env, NO_COLOR: '1', FORCE_COLOR: '0' },
  });
  if (r.error) throw r.error;
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

function jsonLines(stdout: string): Record<string, unknown>[] {
  return stdout
    .split('\n')
    .filter((l) => l.trim() !== '')
    .map((l) => JSON.parse(l) as Record<string, unknown>);
}

function message(from: string, subject: string, body: string): string {
  return [`From: ${from}`, 'To: Front Desk <frontdesk@riversidefamilymed.org>', `Subject: ${subject}`, 'Date: Mon, 03 Mar 2025 09:14:00 -0500', 'Content-Type: text/plain; charset=utf-8', '', body, ''].join('\r\n');
}

const HARMLESS = message('Jordan Reyes <jordan@reyesplumbing.com>', 'Sink quote', 'Hi, the quote for the sink repair is 240 dollars. Thanks, Jordan');
const PAYROLL = message('Dr. Anita Patel <anita.patel.md@gmail.com>', 'Quick request', 'Hi, please update my direct deposit before payroll. Thanks');

let dir: string;

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'second-look-scan-'));
  // mail/a.eml, mail/nested/deeper/b.EML, plus files the folder scan must skip.
  mkdirSync(join(dir, 'mail', 'nested', 'deeper'), { recursive: true });
  writeFileSync(join(dir, 'mail', 'a.eml'), HARMLESS);
  writeFileSync(join(dir, 'mail', 'nested', 'deeper', 'b.eml'), PAYROLL);
  writeFileSync(join(dir, 'mail', 'notes.txt'), HARMLESS);
  writeFileSync(join(dir, 'mail', 'nested', 'message.eml.bak'), HARMLESS);
  writeFileSync(join(dir, 'payroll.eml'), PAYROLL);
  writeFileSync(
    join(dir, 'policy.json'),
    JSON.stringify({ organizationDomains: ['riversidefamilymed.org'], protectedNames: ['Anita Patel', 'Marcus Okafor'] }),
  );
});

afterAll(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
});

describe('scan command: jsonl output', () => {
  it('prints one JSON object per .eml with file, level, score and findings', TEST_TIMEOUT, () => {
    const r = scan(join(dir, 'payroll.eml'), join(dir, 'mail', 'a.eml'));
    expect(r.status).toBe(0);
    const lines = jsonLines(r.stdout);
    expect(lines.map((l) => l.file)).toEqual([join(dir, 'payroll.eml'), join(dir, 'mail', 'a.eml')]);
    for (const line of lines) {
      expect(Object.keys(line).sort()).toEqual(['file', 'findings', 'level', 'score']);
      expect(['safe', 'caution', 'danger']).toContain(line.level);
      expect(typeof line.score).toBe('number');
      expect(Array.isArray(line.findings)).toBe(true);
      for (const f of line.findings as Record<string, unknown>[]) {
        expect(Object.keys(f).sort()).toEqual(['id', 'points', 'severity', 'title']);
        expect(typeof f.id).toBe('string');
        expect(['info', 'caution', 'danger']).toContain(f.severity);
        expect(typeof f.points).toBe('number');
        expect(typeof f.title).toBe('string');
        expect((f.title as string).length).toBeGreaterThan(0);
      }
    }
    // The harmless note gives no warning.
    expect(lines[1]!.level).toBe('safe');
  });

  it('scans folders recursively and skips files that are not .eml', TEST_TIMEOUT, () => {
    const r = scan(join(dir, 'mail'));
    expect(r.status).toBe(0);
    const files = jsonLines(r.stdout).map((l) => l.file);
    expect(files).toEqual([join(dir, 'mail', 'a.eml'), join(dir, 'mail', 'nested', 'deeper', 'b.eml')]);
  });

  it('reports a file it cannot read with an "error" line, goes on with the others and exits 0', TEST_TIMEOUT, () => {
    const missing = join(dir, 'does-not-exist.eml');
    const r = scan(missing, join(dir, 'mail', 'a.eml'));
    expect(r.status).toBe(0);
    const lines = jsonLines(r.stdout);
    expect(lines).toHaveLength(2);
    const bad = lines.find((l) => l.file === missing);
    expect(bad).toBeDefined();
    expect(typeof bad!.error).toBe('string');
    expect(bad!.error).toMatch(/ENOENT/);
    expect(bad!.level).toBeUndefined();
    const good = lines.find((l) => l.file === join(dir, 'mail', 'a.eml'));
    expect(good).toBeDefined();
    expect(good!.error).toBeUndefined();
    expect(good!.level).toBe('safe');
  });
});

describe('scan command: table output', () => {
  it('prints a readable table with the file name and a level word', TEST_TIMEOUT, () => {
    const r = scan('--format', 'table', join(dir, 'mail', 'a.eml'), join(dir, 'does-not-exist.eml'));
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('a.eml');
    expect(r.stdout).toMatch(/no warning|CAUTION|DANGER/);
    expect(r.stdout).toContain('does-not-exist.eml');
    expect(r.stdout).toContain('ERROR');
    // Not JSON, and no colour codes when stdout is not a terminal.
    expect(r.stdout.trimStart().startsWith('{')).toBe(false);
    expect(r.stdout).not.toContain('\x1b[');
  });

  it('accepts --format=table too', TEST_TIMEOUT, () => {
    const r = scan('--format=table', join(dir, 'mail', 'a.eml'));
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/a\.eml\s+no warning/);
  });
});

describe('scan command: wrong arguments', () => {
  it('prints the usage on stderr and exits 2 without arguments', TEST_TIMEOUT, () => {
    const r = scan();
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('Usage:');
    expect(r.stdout).toBe('');
  });

  it('prints the usage on stderr and exits 2 for an unknown option', TEST_TIMEOUT, () => {
    const r = scan('--bogus', join(dir, 'mail', 'a.eml'));
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('Usage:');
    expect(r.stderr).toContain('--bogus');
    expect(r.stdout).toBe('');
  });

  it('exits 2 for an unknown format', TEST_TIMEOUT, () => {
    const r = scan('--format', 'xml', join(dir, 'mail', 'a.eml'));
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('Usage:');
  });
});

describe('scan command: --policy', () => {
  it('flags a protected name on a personal address as danger only with the policy', TEST_TIMEOUT, () => {
    const withPolicy = jsonLines(scan('--policy', join(dir, 'policy.json'), join(dir, 'payroll.eml')).stdout);
    expect(withPolicy).toHaveLength(1);
    expect(withPolicy[0]!.level).toBe('danger');
    const ids = (withPolicy[0]!.findings as { id: string }[]).map((f) => f.id);
    expect(ids).toContain('protected-name-outside');

    const without = jsonLines(scan(join(dir, 'payroll.eml')).stdout);
    expect(without).toHaveLength(1);
    expect(without[0]!.error).toBeUndefined();
    expect((without[0]!.findings as { id: string }[]).map((f) => f.id)).not.toContain('protected-name-outside');
  });

  it('works the same with --dom-only', TEST_TIMEOUT, () => {
    const r = scan('--dom-only', '--policy', join(dir, 'policy.json'), join(dir, 'payroll.eml'));
    expect(r.status).toBe(0);
    const lines = jsonLines(r.stdout);
    expect(lines[0]!.level).toBe('danger');
    expect((lines[0]!.findings as { id: string }[]).map((f) => f.id)).toContain('protected-name-outside');
  });

  it('exits 2 when the policy file cannot be read', TEST_TIMEOUT, () => {
    const r = scan('--policy', join(dir, 'no-such-policy.json'), join(dir, 'payroll.eml'));
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('Cannot read policy');
    expect(r.stdout).toBe('');
  });
});
