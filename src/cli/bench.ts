// npm run bench -- <folder> [--dom-only] [--policy file.json] [--list] [--no-warmup]
// Speed (messages/s, median and p99 ms for parsing and for the engine, peak memory) and, when
// the folder has phish/ and ham/, detection figures and per-rule hits on each side.
import { existsSync, readFileSync } from 'node:fs';
import { relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { analyze, DEFAULT_POLICY } from '../engine/index';
import type { Verdict } from '../engine/types';
import { emlToFacts } from './eml-facts';
import { collectEmlFiles } from './files';
import { loadPolicyFile } from './policy-file';
import { warmupMail } from './warmup-mail';

interface Result { file: string; label: 'phish' | 'ham' | null; verdict?: Verdict; parseMs: number; engineMs: number; error?: string }

/**
 * CPU seconds the main thread has used (Linux; null elsewhere). On a shared machine wall time
 * also counts the time other processes held the core; this counts only the bench's own work
 * on its one thread (the compiler and garbage collector threads are left out).
 */
function mainThreadCpuSeconds(): number | null {
  const file = `/proc/self/task/${process.pid}/stat`;
  if (!existsSync(file)) return null;
  // Fields after the command name (which is in parentheses and may hold spaces): utime and stime are the 12th and 13th.
  const stat = readFileSync(file, 'utf8');
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  return (Number(fields[11]) + Number(fields[12])) / CLOCK_TICKS;
}

/** Linux's USER_HZ, the unit of /proc times: 100 on every common build. */
const CLOCK_TICKS = 100;

function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return 0;
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;
}

const pct = (n: number, d: number) => (d === 0 ? '-' : `${((100 * n) / d).toFixed(1)}%`);

/** A synthetic 5 MB message: the size limit the engine must handle without stalling the page. */
function bigMessage(): string {
  const para = '<p>Please review the attached quarterly statement and <a href="https://portal.example-clinic.com/doc/ID">open the document</a> before Friday.</p>\n';
  const html = Array.from({ length: 5_000 }, (_, i) => para.replace('ID', String(i))).join('') + '<p>' + 'x'.repeat(3_300_000) + '</p>';
  const attachment = Buffer.alloc(750_000, 7).toString('base64').replace(/.{76}/g, '$&\r\n');
  return [
    'From: "Billing" <billing@example-clinic.com>', 'To: frontdesk@riversidefamilymed.org', 'Subject: Statement', 'MIME-Version: 1.0',
    'Content-Type: multipart/mixed; boundary="b1"', '', '--b1', 'Content-Type: text/html; charset=utf-8', '', html, '--b1',
    'Content-Type: application/pdf; name="statement.pdf"', 'Content-Disposition: attachment; filename="statement.pdf"',
    'Content-Transfer-Encoding: base64', '', attachment, '--b1--', '',
  ].join('\r\n');
}

async function timeBigMessage(): Promise<number> {
  const raw = Buffer.from(bigMessage());
  const runs: number[] = [];
  await emlToFacts(raw, { domOnly: true }); // one untimed warm-up run, as a long-lived worker would be
  for (let i = 0; i < 3; i++) {
    const t0 = performance.now();
    analyze(await emlToFacts(raw, { domOnly: true }), { policy: DEFAULT_POLICY });
    runs.push(performance.now() - t0);
  }
  return runs.sort((a, b) => a - b)[1]!; // median of three
}

/**
 * Warm the JIT the way a scan or a service worker that has already judged some mail is warm:
 * the project's own sample mail, then made-up mail in every encoding and layout
 * (warmup-mail.ts). None of it is the measured mail, so no cache holds their hosts or names.
 * `--no-warmup` times a cold process instead.
 */
async function warmUp(): Promise<void> {
  const samples = collectEmlFiles([fileURLToPath(new URL('../../samples/mail', import.meta.url))]).files.map((f) => readFileSync(f));
  for (let round = 0; round < 25; round++) {
    for (const raw of samples) analyze(await emlToFacts(raw, { domOnly: true }), { policy: DEFAULT_POLICY });
  }
  const made = warmupMail(WARMUP_MESSAGES);
  for (let round = 0; round < 2; round++) {
    for (const raw of made) for (const domOnly of [true, false]) analyze(await emlToFacts(raw, { domOnly }), { policy: DEFAULT_POLICY });
  }
}

const WARMUP_MESSAGES = 500;

async function main(argv: string[]) {
  const domOnly = argv.includes('--dom-only');
  const list = argv.includes('--list');
  const warm = !argv.includes('--no-warmup');
  const pIdx = argv.indexOf('--policy');
  const policy = pIdx >= 0 && argv[pIdx + 1] ? loadPolicyFile(argv[pIdx + 1]!, []) : DEFAULT_POLICY;
  const folder = argv.find((a, i) => !a.startsWith('--') && argv[i - 1] !== '--policy');
  if (!folder) {
    process.stderr.write('Usage: npm run bench -- <folder> [--dom-only] [--policy file.json] [--list] [--no-warmup]\n');
    process.exit(2);
  }
  const { files } = collectEmlFiles([folder]);
  if (warm) await warmUp();
  // Read the files before timing, to measure parsing and judging, not the disk or the memory
  // they were read into: one byte of every page is read too, since the first touch of fresh
  // memory costs about 6 us a page on the development VM (some 11,600 pages, 70 ms, here).
  const raws = files.map((f) => readFileSync(f));
  let touched = 0;
  for (const raw of raws) for (let i = 0; i < raw.length; i += 4096) touched += raw[i]!;
  if (touched < 0) process.stdout.write(''); // keeps the reads from being optimised away
  let peakRss = process.memoryUsage().rss;
  const results: Result[] = [];
  const started = performance.now();
  const cpuStarted = mainThreadCpuSeconds();
  for (let i = 0; i < files.length; i++) {
    const rel = relative(folder, files[i]!);
    const label = rel.startsWith('phish') ? 'phish' : rel.startsWith('ham') ? 'ham' : null;
    const t0 = performance.now();
    try {
      const facts = await emlToFacts(raws[i]!, { domOnly });
      const t1 = performance.now();
      const verdict = analyze(facts, { policy });
      const t2 = performance.now();
      results.push({ file: rel, label, verdict, parseMs: t1 - t0, engineMs: t2 - t1 });
    } catch (e) {
      results.push({ file: rel, label, parseMs: performance.now() - t0, engineMs: 0, error: String(e) });
    }
    if (i % 50 === 0) peakRss = Math.max(peakRss, process.memoryUsage().rss);
  }
  const totalMs = performance.now() - started;
  const cpuEnded = mainThreadCpuSeconds();
  peakRss = Math.max(peakRss, process.memoryUsage().rss);

  const parse = results.map((r) => r.parseMs).sort((a, b) => a - b);
  const engine = results.map((r) => r.engineMs).sort((a, b) => a - b);
  const out: string[] = [];
  out.push(`messages            ${results.length} (${results.filter((r) => r.error).length} unreadable)${domOnly ? '  [dom-only]' : ''}${warm ? '' : '  [cold: no warm-up]'}`);
  out.push(`messages/s          ${(results.length / (totalMs / 1000)).toFixed(0)} (parse + engine, one core)`);
  if (cpuStarted !== null && cpuEnded !== null && cpuEnded > cpuStarted) {
    out.push(`                    ${(results.length / (cpuEnded - cpuStarted)).toFixed(0)} per CPU-second of the main thread (${(cpuEnded - cpuStarted).toFixed(2)} s; wall ${(totalMs / 1000).toFixed(2)} s)`);
  }
  out.push(`parse ms            median ${percentile(parse, 50).toFixed(3)}  p99 ${percentile(parse, 99).toFixed(3)}  max ${percentile(parse, 100).toFixed(2)}`);
  out.push(`engine ms           median ${percentile(engine, 50).toFixed(3)}  p99 ${percentile(engine, 99).toFixed(3)}  max ${percentile(engine, 100).toFixed(2)}`);
  out.push(`peak memory         ${(peakRss / 1024 / 1024).toFixed(0)} MB RSS`);

  out.push(`5 MB message        ${(await timeBigMessage()).toFixed(1)} ms parse + engine (median of 3 after a warm-up; synthetic: 4 MB of HTML with 5,000 links, 1 MB attachment)`);

  const phish = results.filter((r) => r.label === 'phish' && r.verdict);
  const ham = results.filter((r) => r.label === 'ham' && r.verdict);
  if (phish.length > 0 && ham.length > 0) {
    const atLeast = (rs: Result[], lv: 'caution' | 'danger') => rs.filter((r) => r.verdict!.level === 'danger' || (lv === 'caution' && r.verdict!.level === 'caution')).length;
    out.push('');
    out.push(`                    caution-or-above   danger`);
    out.push(`phish (${phish.length})`.padEnd(20) + pct(atLeast(phish, 'caution'), phish.length).padEnd(19) + pct(atLeast(phish, 'danger'), phish.length));
    out.push(`ham (${ham.length})`.padEnd(20) + pct(atLeast(ham, 'caution'), ham.length).padEnd(19) + pct(atLeast(ham, 'danger'), ham.length));
    out.push('');
    out.push('rule hits (messages)          phish   ham');
    const ids = new Set(results.flatMap((r) => r.verdict?.findings.map((f) => f.id) ?? []));
    const count = (rs: Result[], id: string) => rs.filter((r) => r.verdict!.findings.some((f) => f.id === id)).length;
    for (const id of [...ids].sort()) out.push(`  ${id.padEnd(28)} ${String(count(phish, id)).padStart(5)} ${String(count(ham, id)).padStart(5)}`);
    if (list) {
      out.push('', 'ham at caution or above:');
      for (const r of ham.filter((r) => r.verdict!.level !== 'safe')) out.push(`  ${r.verdict!.level.padEnd(8)} ${r.file}  ${r.verdict!.findings.map((f) => `${f.id}(${f.points})`).join(' ')}`);
      out.push('', 'phish missed (no warning):');
      for (const r of phish.filter((r) => r.verdict!.level === 'safe')) out.push(`  ${r.file}  ${r.verdict!.findings.map((f) => `${f.id}(${f.points})`).join(' ')}`);
    }
  }
  process.stdout.write(`${out.join('\n')}\n`);
}

void main(process.argv.slice(2)).catch((e) => {
  process.stderr.write(`${String(e)}\n`);
  process.exit(1);
});
