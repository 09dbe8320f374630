// What the popup and options tests read of their styles: the page's own stylesheet after the
// shared controls (as main.tsx imports them), its colour variables by scheme, and WCAG contrast.
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const SRC = join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'src');

/** The page's own stylesheet (popup/popup.css, options/options.css) after src/ui/controls.css. */
export function pageStyles(own: string): { css: string; light: string; dark: string } {
  const page = readFileSync(join(SRC, own), 'utf8');
  const [light, dark] = page.split('@media (prefers-color-scheme: dark)');
  return { css: `${readFileSync(join(SRC, 'ui', 'controls.css'), 'utf8')}\n${page}`, light: light!, dark: dark! };
}

/** The `--name: #rrggbb;` variables of one part of a stylesheet. */
export const colourVariables = (part: string): Record<string, string> =>
  Object.fromEntries([...part.matchAll(/--([\w-]+):\s*(#[0-9a-fA-F]{6})\s*;/g)].map((m) => [m[1]!, m[2]!]));

function luminance(hex: string): number {
  const [r, g, b] = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16) / 255).map((c) => (c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4));
  return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
}

/** WCAG contrast ratio of two colours. */
export function contrast(a: string, b: string): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (hi! + 0.05) / (lo! + 0.05);
}
