// Types for what the tests import from eslint.config.js (plain JavaScript, not type-checked).
import type { Linter } from 'eslint';

export const HTML_SINKS: { selector: string; message: string }[];
declare const config: Linter.Config[];
export default config;
