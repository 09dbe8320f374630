// Readable table of scan results for people (the demo and --format table).
import { basename } from 'node:path';
import type { ScanLine } from './scan-core';

const COLOR = { safe: '\x1b[32m', caution: '\x1b[33m', danger: '\x1b[31m', reset: '\x1b[0m' } as const;
const LABEL = { safe: 'no warning', caution: 'CAUTION', danger: 'DANGER' } as const;

export function formatTable(lines: ScanLine[], color: boolean): string {
  const width = Math.min(48, Math.max(12, ...lines.map((l) => basename(l.file).length)));
  const out: string[] = [];
  for (const line of lines) {
    const name = basename(line.file).padEnd(width);
    if (line.error !== undefined || !line.level) {
      out.push(`${name}  ERROR       ${line.error ?? 'unknown error'}`);
      continue;
    }
    const label = LABEL[line.level].padEnd(10);
    const painted = color ? `${COLOR[line.level]}${label}${COLOR.reset}` : label;
    const reasons = (line.findings ?? []).filter((f) => f.severity !== 'info' || line.level !== 'safe').slice(0, 3);
    out.push(`${name}  ${painted}  ${reasons[0]?.title ?? ''}`);
    for (const r of reasons.slice(1)) out.push(`${' '.repeat(width)}  ${' '.repeat(10)}  ${r.title}`);
  }
  return out.join('\n');
}
