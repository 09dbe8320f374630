// File-name helpers for attachment rules: names arrive URL-encoded, padded with spaces or
// carrying invisible characters, and the real type is the last extension.
import { INVISIBLE_RE } from './text';

export function cleanFileName(name: string): string {
  let n = name;
  try {
    n = decodeURIComponent(n);
  } catch {
    /* keep as is */
  }
  return n.replace(INVISIBLE_RE, '').replace(/[\s.]+$/, '').trim().toLowerCase();
}

/** Extensions from last to first: "invoice.pdf.html" → ["html", "pdf"]. */
export function extensions(name: string): string[] {
  const parts = cleanFileName(name).split('.');
  parts.shift();
  return parts.reverse().map((p) => p.trim());
}
