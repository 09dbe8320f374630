// Expands the command line's files and folders into .eml paths (folders recursively, sorted so
// output order is stable).
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

export function collectEmlFiles(inputs: string[]): { files: string[]; errors: { file: string; error: string }[] } {
  const files: string[] = [];
  const errors: { file: string; error: string }[] = [];
  const walk = (path: string, explicit: boolean) => {
    let st;
    try {
      st = statSync(path);
    } catch (e) {
      errors.push({ file: path, error: `cannot read: ${(e as NodeJS.ErrnoException).code ?? String(e)}` });
      return;
    }
    if (st.isDirectory()) {
      let names: string[];
      try {
        names = readdirSync(path).sort();
      } catch (e) {
        errors.push({ file: path, error: `cannot list folder: ${(e as NodeJS.ErrnoException).code ?? String(e)}` });
        return;
      }
      for (const name of names) walk(join(path, name), false);
    } else if (explicit || name(path).endsWith('.eml')) {
      files.push(path);
    }
  };
  for (const input of inputs) walk(input, true);
  return { files, errors };
}

function name(path: string): string {
  return path.toLowerCase();
}
