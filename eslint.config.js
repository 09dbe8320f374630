// Lint owns correctness and the project's boundaries; formatting is left to the editor.
import js from '@eslint/js';
import { defineConfig, globalIgnores } from 'eslint/config';
import globals from 'globals';
import tseslint from 'typescript-eslint';

// TypeScript itself reports undefined globals in .ts files (no-undef is off there), so which
// globals exist is decided by each tsconfig, not here.

const POLYFILL = {
  name: 'webextension-polyfill',
  message: 'Import { browser } from src/shared/browser.ts; the polyfill is imported in that one file only.',
};

// Node built-ins, with or without the node: prefix.
const NODE_BUILTINS = ['node:*', 'fs', 'fs/*', 'path', 'path/*', 'os', 'child_process', 'crypto', 'url', 'util', 'http', 'https', 'net', 'stream', 'zlib'];

// Ways a string becomes markup or script. Selectors name the syntax, so aliases of `document`
// are caught too (`el.ownerDocument.write`).
const HTML_SINK_MESSAGE = 'Email text must never become markup: build nodes with createElement/textContent (or Preact text). Sanitize with DOMPurify only in src/demo.';
export const HTML_SINKS = [
  { selector: "AssignmentExpression > MemberExpression.left[property.name=/^(innerHTML|outerHTML|srcdoc)$/]", message: HTML_SINK_MESSAGE },
  { selector: "CallExpression[callee.property.name=/^(insertAdjacentHTML|createContextualFragment|write|writeln|setHTMLUnsafe|parseHTMLUnsafe)$/]", message: HTML_SINK_MESSAGE },
  { selector: "JSXAttribute[name.name='dangerouslySetInnerHTML']", message: HTML_SINK_MESSAGE },
  { selector: "CallExpression[callee.property.name='setAttribute'][arguments.0.value=/^on/i]", message: 'No inline event handlers: use addEventListener.' },
];

export default defineConfig([
  globalIgnores(['dist/', 'node_modules/', 'samples/', 'coverage/', 'out/', '.bench/']),

  js.configs.recommended,
  tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    rules: {
      'no-eval': 'error',
      'no-implied-eval': 'off', // replaced by the type-aware version below
      '@typescript-eslint/no-implied-eval': 'error',
      'no-new-func': 'error',
      'no-restricted-imports': ['error', { paths: [POLYFILL] }],
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },

  // Plain JavaScript (this file, build scripts) runs in Node and is not type-checked.
  {
    files: ['**/*.{js,mjs,cjs}'],
    extends: [tseslint.configs.disableTypeChecked],
    languageOptions: { globals: globals.node },
  },

  // The engine is pure: no extension APIs, no other part of the extension, no Node.
  {
    files: ['src/engine/**/*.ts'],
    rules: {
      // The engine deliberately matches invisible and combining characters (zero-width joiners,
      // variation selectors) one by one in character classes; that is what this rule forbids.
      'no-misleading-character-class': 'off',
      'no-restricted-imports': ['error', {
        paths: [POLYFILL],
        patterns: [
          {
            regex: '^(\\.\\./)+(background|content|popup|options|webmail|messaging|policy|report|shared|cli)(/|$)',
            message: 'src/engine is pure: it must not import other parts of the extension.',
          },
          { group: NODE_BUILTINS, message: 'src/engine is pure: no Node APIs (it also runs in the service worker).' },
          {
            group: ['dompurify', 'preact', 'preact/*', 'htmlparser2', 'postal-mime'],
            message: 'src/engine imports only tldts and its own data tables; parsing and rendering belong to its callers.',
          },
        ],
      }],
    },
  },

  // Email text is attacker-written. The extension builds every element with createElement and
  // textContent (or Preact's escaped text), so no HTML sink may appear in extension code; the
  // demo and benchmarks, which build replica webmail pages outside the extension, are exempt.
  {
    files: ['src/**/*.{ts,tsx}'],
    ignores: ['src/demo/**', 'src/cli/**'],
    rules: {
      'no-restricted-syntax': ['error', ...HTML_SINKS],
    },
  },

  // The single polyfill import.
  {
    files: ['src/shared/browser.ts'],
    rules: { 'no-restricted-imports': 'off' },
  },

  // Tests: mocks and fixtures are looser by nature.
  {
    files: ['test/**/*.{ts,tsx}', 'src/**/*.test.{ts,tsx}'],
    rules: {
      '@typescript-eslint/no-non-null-assertion': 'off',
      '@typescript-eslint/no-unsafe-assignment': 'off',
      '@typescript-eslint/no-unsafe-member-access': 'off',
      '@typescript-eslint/no-unsafe-argument': 'off',
      '@typescript-eslint/no-unsafe-call': 'off',
      '@typescript-eslint/unbound-method': 'off',
      '@typescript-eslint/require-await': 'off',
    },
  },
]);
