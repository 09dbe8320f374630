// npm run deploy-kit -- --config it-config.json --out folder
// Validates the IT config (policy against public/managed_schema.json and the extension's own
// checks) and writes the deployment files: Windows .reg (Chrome, Edge), macOS .mobileconfig
// (Chrome, Edge), Linux policy JSON (Chrome, Chromium, Edge), Google Admin console policy JSON,
// Firefox policies.json and a README.txt. Any problem: all of them are printed, nothing is written,
// exit status 1. Wrong arguments: usage, exit status 2.
import { readConfig } from './deploy-kit/config';
import { buildKit, checkOutFolder, writeKit } from './deploy-kit/kit';

const USAGE = `Usage: npm run deploy-kit -- --config <it-config.json> --out <folder>
  --config FILE   the IT config: extensionIds, updateUrl (both optional) and policy
                  (see samples/it-config.json and the README section "For IT: deploying Second Look")
  --out FOLDER    where to write the files (created if missing; files of the same name are replaced)`;

function fail(message: string): never {
  process.stderr.write(`${message}\n\n${USAGE}\n`);
  process.exit(2);
}

function main(argv: string[]): void {
  let configPath: string | undefined;
  let out: string | undefined;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === '--config') configPath = argv[++i] ?? fail('--config needs a file');
    else if (arg.startsWith('--config=')) configPath = arg.slice('--config='.length);
    else if (arg === '--out') out = argv[++i] ?? fail('--out needs a folder');
    else if (arg.startsWith('--out=')) out = arg.slice('--out='.length);
    else if (arg === '--help' || arg === '-h') {
      process.stdout.write(`${USAGE}\n`);
      return;
    } else if (arg.startsWith('-')) fail(`Unknown option: ${arg}`);
    else fail(`Unexpected argument: ${arg}`);
  }
  if (!configPath) fail('Give the IT config with --config.');
  if (!out) fail('Give the output folder with --out.');

  const result = readConfig(configPath);
  if (!result.ok) {
    const n = result.errors.length;
    process.stderr.write(`deploy-kit: ${configPath} has ${n} problem${n === 1 ? '' : 's'}; nothing was written.\n`);
    for (const e of result.errors) process.stderr.write(`  - ${e}\n`);
    process.exit(1);
  }
  const outProblem = checkOutFolder(out);
  if (outProblem) {
    process.stderr.write(`deploy-kit: ${outProblem}; nothing was written.\n`);
    process.exit(1);
  }

  const files = buildKit(result.config);
  let written: string[];
  try {
    written = writeKit(out, files);
  } catch (e) {
    process.stderr.write(`deploy-kit: could not write to ${out}: ${e instanceof Error ? e.message : String(e)}\n`);
    process.exit(1);
  }
  process.stdout.write(`Wrote ${written.length} files to ${out}:\n`);
  for (const f of files) process.stdout.write(`  ${f.path}\n`);
  for (const note of result.config.notes) process.stdout.write(`note: ${note}\n`);
  process.stdout.write('See README.txt in that folder for where each file goes.\n');
}

main(process.argv.slice(2));
