// npm run scan -- [--format jsonl|table] [--dom-only] [--policy file.json] <file-or-folder>...
// Judges .eml files with the extension's engine. One JSON line per message (design contract);
// unreadable files give a line with "error" and the scan goes on.
import { collectEmlFiles } from './files';
import { loadPolicyFile } from './policy-file';
import { scanFile, type ScanLine } from './scan-core';
import { formatTable } from './table';
import { DEFAULT_POLICY } from '../engine/index';

const USAGE = `Usage: npm run scan -- [--format jsonl|table] [--dom-only] [--policy file.json] <file-or-folder>...
  --format jsonl   one JSON object per message (default)
  --format table   a readable table
  --dom-only       use only what a webmail page shows (no raw headers, no Reply-To)
  --policy FILE    the practice's policy (organizationDomains, trustedDomains, protectedNames, ...)`;

function fail(message: string): never {
  process.stderr.write(`${message}\n\n${USAGE}\n`);
  process.exit(2);
}

async function main(argv: string[]): Promise<void> {
  let format = 'jsonl';
  let domOnly = false;
  let policyPath: string | undefined;
  const inputs: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === '--format') format = argv[++i] ?? fail('--format needs a value');
    else if (arg.startsWith('--format=')) format = arg.slice(9);
    else if (arg === '--dom-only') domOnly = true;
    else if (arg === '--policy') policyPath = argv[++i] ?? fail('--policy needs a file');
    else if (arg === '--help' || arg === '-h') {
      process.stdout.write(`${USAGE}\n`);
      return;
    } else if (arg.startsWith('-')) fail(`Unknown option: ${arg}`);
    else inputs.push(arg);
  }
  if (format !== 'jsonl' && format !== 'table') fail(`Unknown format: ${format}`);
  if (inputs.length === 0) fail('Give at least one .eml file or folder.');

  const problems: string[] = [];
  let policy = DEFAULT_POLICY;
  if (policyPath) {
    try {
      policy = loadPolicyFile(policyPath, problems);
    } catch (e) {
      fail(`Cannot read policy ${policyPath}: ${e instanceof Error ? e.message : String(e)}`);
    }
  }
  for (const p of problems) process.stderr.write(`policy: ${p}\n`);

  const { files, errors } = collectEmlFiles(inputs);
  const lines: ScanLine[] = errors.map((e) => ({ file: e.file, error: e.error }));
  // Paths that could not be read come first, in both formats.
  if (format === 'jsonl') for (const e of errors) process.stdout.write(`${JSON.stringify({ file: e.file, error: e.error })}\n`);
  for (const file of files) {
    const line = await scanFile(file, policy, domOnly);
    if (format === 'jsonl') process.stdout.write(`${JSON.stringify(line)}\n`);
    else lines.push(line);
  }
  if (format === 'table') process.stdout.write(`${formatTable(lines, process.stdout.isTTY === true)}\n`);
}

void main(process.argv.slice(2));
