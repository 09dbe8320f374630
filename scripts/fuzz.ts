// The long fuzz run: `npm run fuzz -- --runs 100000 [--seed N] [--jobs 2]`. Cases rotate between
// the kinds below; each kind's cases come from its fast-check arbitrary, drawn in chunks from the
// seed, so case k of a seed is always the same case. The cases run in shards of 2,000, each in a
// fresh worker process (jsdom's memory grows over tens of thousands of documents), `--jobs` at a
// time. Prints progress, then cases, failures (the first few in full, to replay), time per case
// (median, p99, max) per kind and overall, and the seed; exits 1 on any failure. The adapter and
// runtime properties are those of test/fuzz (one source).
import { spawn } from 'node:child_process';
import fc from 'fast-check';
import { JSDOM } from 'jsdom';
import { analyze } from '../src/engine/index';
import { adapterCaseArb, POLICY, runAdapterCase, type AdapterCase, type CaseResult } from '../test/fuzz/cases';
import { factsArb } from '../test/fuzz/facts';
import { runRuntimeCase } from '../test/fuzz/runtime-case';
import { verdictProblems } from '../test/fuzz/verdict';

function option(name: string, fallback: number): number {
  const i = process.argv.indexOf(`--${name}`);
  const raw = i >= 0 ? process.argv[i + 1] : process.env[`FUZZ_${name.toUpperCase()}`];
  const n = raw === undefined ? fallback : Number(raw);
  if (!Number.isInteger(n) || n < 0) {
    console.error(`usage: npm run fuzz -- [--runs N] [--seed N] [--jobs N] [--max-ms N]   (--${name} must be a whole number)`);
    process.exit(2);
  }
  return n;
}

const runs = option('runs', 10_000);
const seed = option('seed', Date.now() % 2 ** 31);
const jobs = Math.max(1, option('jobs', 2));
/** Generous bound on one case (jsdom, a loaded machine, a 1,500-deep nest or a 700-node flood): a slower case fails the run. */
const maxMs = option('max-ms', 15_000);
const SHARD = 2_000;

/**
 * Of every 40 cases: 5 adapter cases (a damaged fixture through the adapter and the engine),
 * 1 runtime case (the same through the content-script loop) and 34 engine cases (random and
 * hostile facts). jsdom makes a page case some fifty times dearer than an engine case.
 */
type Kind = 'adapter' | 'runtime' | 'engine';
const kindOf = (i: number): Kind => (i % 40 < 5 ? 'adapter' : i % 40 === 5 ? 'runtime' : 'engine');
/** How many cases of a kind come before case i (so a shard draws the same cases as one long run). */
function countBefore(kind: Kind, i: number): number {
  const rounds = Math.floor(i / 40);
  const rest = i % 40;
  if (kind === 'adapter') return rounds * 5 + Math.min(rest, 5);
  if (kind === 'runtime') return rounds + (rest > 5 ? 1 : 0);
  return rounds * 34 + Math.max(0, rest - 6);
}

const gmailWindow = new JSDOM('<!doctype html><body></body>', { url: 'https://mail.google.com/mail/u/0/#inbox/FMfcgzQcqlBLwLspwKpJHSKfdDPZsRhN' }).window;
const outlookWindow = new JSDOM('<!doctype html><body></body>', { url: 'https://outlook.office.com/mail/inbox/id/AAQkADAwATM0MDAAMS1hZDdjLTQ2' }).window;
const parser = new gmailWindow.DOMParser();
const parse = (html: string) => parser.parseFromString(html, 'text/html');

/** Draws cases of one arbitrary in chunks: chunk c of a kind uses seed + c, so runs replay. */
function drawer<T>(arb: fc.Arbitrary<T>, salt: number): (n: number) => T {
  const CHUNK = 500;
  let chunk = -1;
  let items: T[] = [];
  return (n) => {
    const c = Math.floor(n / CHUNK);
    if (c !== chunk) {
      chunk = c;
      items = fc.sample(arb, { seed: (seed + salt * 1_000_003 + c) | 0, numRuns: CHUNK });
    }
    return items[n % CHUNK]!;
  };
}
const nextAdapter = drawer(adapterCaseArb, 1);
const nextRuntime = drawer(adapterCaseArb, 2);
const nextFacts = drawer(factsArb, 3);

const times: Record<Kind, number[]> = { adapter: [], runtime: [], engine: [] };
const counts: Record<Kind, number> = { adapter: 0, runtime: 0, engine: 0 };
let messages = 0;
const failures: { index: number; kind: Kind; problems: string[]; input: unknown }[] = [];

async function runOne(i: number): Promise<void> {
  const kind = kindOf(i);
  const n = counts[kind]++;
  let result: CaseResult;
  let input: unknown;
  const start = performance.now();
  if (kind === 'engine') {
    const facts = nextFacts(n);
    input = facts;
    try {
      result = { problems: verdictProblems(analyze(facts, { policy: POLICY.engine })), messages: 1 };
    } catch (error) {
      result = { problems: [`threw: ${String(error)}`], messages: 1 };
    }
  } else if (kind === 'adapter') {
    const c: AdapterCase = nextAdapter(n);
    input = c;
    result = runAdapterCase(parse, c);
  } else {
    const c: AdapterCase = nextRuntime(n);
    input = c;
    const win = c.fixture.site === 'gmail' ? gmailWindow : outlookWindow;
    result = await runRuntimeCase(win, parse, c);
  }
  times[kind].push(performance.now() - start);
  messages += result.messages;
  if (result.problems.length > 0) failures.push({ index: i, kind, problems: result.problems, input });
}

function stats(list: number[]): string {
  if (list.length === 0) return 'no cases';
  const sorted = [...list].sort((a, b) => a - b);
  const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))]!;
  return `median ${at(0.5).toFixed(2)} ms, p99 ${at(0.99).toFixed(2)} ms, max ${sorted[sorted.length - 1]!.toFixed(2)} ms`;
}

/** Long strings in a failing case are shortened for the terminal; the seed and index replay it. */
const short = (v: unknown) => JSON.stringify(v, (_k, x: unknown) => (typeof x === 'string' && x.length > 200 ? `${x.slice(0, 200)}…(${x.length} chars)` : x));

interface ShardResult {
  times: Record<Kind, number[]>;
  messages: number;
  failures: { index: number; kind: Kind; problems: string[]; input: unknown }[];
}

const workerAt = process.argv.indexOf('--worker');
if (workerAt >= 0) {
  // A worker: run cases [from, to) and print one JSON line.
  const [from, to] = (process.argv[workerAt + 1] ?? '').split(',').map(Number) as [number, number];
  for (const kind of ['adapter', 'runtime', 'engine'] as const) counts[kind] = countBefore(kind, from);
  for (let i = from; i < to; i++) await runOne(i);
  const result: ShardResult = { times, messages, failures: failures.map((f) => ({ ...f, input: JSON.parse(short(f.input)) as unknown })) };
  process.stdout.write(`${JSON.stringify(result)}\n`);
  process.exit(0);
}

function runShard(from: number, to: number): Promise<ShardResult> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [...process.execArgv, process.argv[1]!, '--runs', String(runs), '--seed', String(seed), '--worker', `${from},${to}`], { stdio: ['ignore', 'pipe', 'inherit'] });
    let out = '';
    child.stdout.on('data', (chunk: Buffer) => (out += chunk.toString()));
    child.on('error', reject);
    child.on('close', (code) => {
      try {
        resolve(JSON.parse(out.trim().split('\n').pop() ?? '') as ShardResult);
      } catch {
        reject(new Error(`shard ${from}-${to} ended with status ${String(code)} and no result`));
      }
    });
  });
}

const began = Date.now();
console.log(`fuzz: ${runs} cases, seed ${seed}, ${jobs} worker(s) (replay: npm run fuzz -- --runs ${runs} --seed ${seed})`);
const shards: [number, number][] = [];
for (let from = 0; from < runs; from += SHARD) shards.push([from, Math.min(runs, from + SHARD)]);
let done = 0;
let next = 0;
async function lane(): Promise<void> {
  while (next < shards.length) {
    const [from, to] = shards[next++]!;
    const r = await runShard(from, to);
    for (const kind of ['adapter', 'runtime', 'engine'] as const) {
      times[kind].push(...r.times[kind]);
      counts[kind] += r.times[kind].length;
    }
    messages += r.messages;
    failures.push(...r.failures);
    done += to - from;
    console.log(`  ${done}/${runs} cases, ${failures.length} failures, ${((Date.now() - began) / 1000).toFixed(0)} s`);
  }
}
await Promise.all(Array.from({ length: jobs }, lane));
failures.sort((a, b) => a.index - b.index);

const all = [...times.adapter, ...times.runtime, ...times.engine];
console.log('');
console.log(`seed      ${seed}`);
console.log(`cases     ${all.length} (adapter ${times.adapter.length}, runtime ${times.runtime.length}, engine ${times.engine.length}); messages read and judged ${messages}`);
console.log(`failures  ${failures.length}`);
console.log(`time      all: ${stats(all)}`);
for (const kind of ['adapter', 'runtime', 'engine'] as const) console.log(`          ${kind}: ${stats(times[kind])}`);
console.log(`wall      ${((Date.now() - began) / 1000).toFixed(0)} s`);
const slowest = all.reduce((m, t) => Math.max(m, t), 0);
const tooSlow = slowest > maxMs;
console.log(`bound     slowest case ${slowest.toFixed(0)} ms, bound ${maxMs} ms: ${tooSlow ? 'EXCEEDED' : 'held'}`);
for (const f of failures.slice(0, 5)) console.log(`\nFAILED case ${f.index} (${f.kind}): ${f.problems.join('; ')}\n  ${short(f.input)}`);
process.exit(failures.length > 0 || tooSlow || all.length !== runs ? 1 : 0);
