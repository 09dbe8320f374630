// One file of the deployment kit, as bytes, with a line for README.txt.
export interface OutputFile {
  /** Relative to the output folder, with forward slashes. */
  path: string;
  bytes: Buffer;
  /** One or two sentences for README.txt: which browser, where it goes, how. */
  purpose: string;
}

/** Pretty JSON with a final newline, as UTF-8. */
export function jsonBytes(value: unknown): Buffer {
  return Buffer.from(`${JSON.stringify(value, null, 2)}\n`, 'utf8');
}
