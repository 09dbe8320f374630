// One file → one result line: the part of the scan command the demo and tests share.
import { readFile } from 'node:fs/promises';
import { analyze } from '../engine/index';
import type { EnginePolicy, Verdict } from '../engine/types';
import { emlToFacts } from './eml-facts';

export interface ScanLine {
  file: string;
  level?: Verdict['level'];
  score?: number;
  findings?: { id: string; severity: string; points: number; title: string }[];
  error?: string;
}

export async function scanFile(file: string, policy: EnginePolicy, domOnly: boolean): Promise<ScanLine> {
  try {
    const raw = await readFile(file);
    const facts = await emlToFacts(raw, { domOnly });
    const verdict = analyze(facts, { policy });
    return {
      file,
      level: verdict.level,
      score: verdict.score,
      findings: verdict.findings.map((f) => ({ id: f.id, severity: f.severity, points: f.points, title: f.title })),
    };
  } catch (e) {
    return { file, error: e instanceof Error ? e.message : String(e) };
  }
}
