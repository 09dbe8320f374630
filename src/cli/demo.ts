// npm run demo:table: judges the sample mail that ships with the project (samples/mail, a small
// clinic's day) with the sample practice policy, and prints what staff would be told.
import { basename, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { collectEmlFiles } from './files';
import { loadPolicyFile } from './policy-file';
import { scanFile } from './scan-core';
import { formatTable } from './table';

const root = join(fileURLToPath(import.meta.url), '..', '..', '..');
const samples = join(root, 'samples');

async function main() {
  const problems: string[] = [];
  const policy = loadPolicyFile(join(samples, 'policy.json'), problems);
  const { files } = collectEmlFiles([join(samples, 'mail')]);
  const lines = [];
  for (const f of files) lines.push(await scanFile(f, policy, true));
  const color = process.stdout.isTTY === true;
  process.stdout.write(
    [
      'Second Look: sample mailbox of Riverside Family Medicine',
      `Policy: ${policy.organizationDomains.join(', ')}; protected names: ${policy.protectedNames.join(', ')}`,
      'Each message as the extension would judge it in Gmail or Outlook (only what the page shows).',
      '',
      formatTable(lines, color),
      '',
      `${lines.filter((l) => l.level === 'danger').length} danger, ${lines.filter((l) => l.level === 'caution').length} caution, ${lines.filter((l) => l.level === 'safe').length} without warning, of ${lines.length} messages.`,
      'Scan your own .eml files: npm run scan -- --format table <file-or-folder>',
    ].join('\n') + '\n',
  );
  if (lines.some((l) => l.error)) {
    process.stderr.write(`Could not read: ${lines.filter((l) => l.error).map((l) => basename(l.file)).join(', ')}\n`);
    process.exitCode = 1;
  }
}

void main();
