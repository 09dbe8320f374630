// "Email text never reaches innerHTML": the lint rule that forbids HTML sinks in extension code
// is what enforces it, so this test proves the rule catches each sink and that the project's
// lint config applies it to the code that handles email text.
import { ESLint, Linter } from 'eslint';
import tseslint from 'typescript-eslint';
import { describe, expect, it } from 'vitest';
import { HTML_SINKS } from '../../eslint.config.js';

const linter = new Linter({ configType: 'flat' });
const config = [{
  files: ['**/*.tsx'],
  languageOptions: { parser: tseslint.parser, parserOptions: { ecmaFeatures: { jsx: true } } },
  rules: { 'no-restricted-syntax': ['error', ...HTML_SINKS] },
}] as Linter.Config[];

function problems(code: string): number {
  return linter.verify(code, config, { filename: 'probe.tsx' }).length;
}

describe('HTML sinks are forbidden in extension code', () => {
  it.each([
    ['innerHTML', 'el.innerHTML = subject;'],
    ['outerHTML', 'el.outerHTML = subject;'],
    ['compound innerHTML', 'el.innerHTML += subject;'],
    ['iframe srcdoc', 'frame.srcdoc = body;'],
    ['insertAdjacentHTML', "el.insertAdjacentHTML('beforeend', name);"],
    ['document.write', 'el.ownerDocument.write(name);'],
    ['createContextualFragment', 'document.createRange().createContextualFragment(body);'],
    ['setHTMLUnsafe', 'el.setHTMLUnsafe(body);'],
    ['dangerouslySetInnerHTML', 'const x = <div dangerouslySetInnerHTML={{ __html: body }} />;'],
    ['inline handler', "el.setAttribute('onclick', code);"],
  ])('catches %s', (_name, code) => {
    expect(problems(code)).toBe(1);
  });

  it('allows the text-only ways the extension uses', () => {
    expect(problems("const p = document.createElement('p'); p.textContent = subject; p.setAttribute('title', name); const y = <p>{subject}</p>;")).toBe(0);
    expect(problems('const html = el.innerHTML;')).toBe(0); // reading is not a sink
  });

  it.each(['src/content/banner.ts', 'src/content/link-guard.ts', 'src/popup/MessageCard.tsx', 'src/options/App.tsx', 'src/webmail/dom.ts', 'src/background/report.ts'])(
    'the project lint config applies the rule to %s',
    async (file) => {
      const eslint = new ESLint({ cwd: new URL('../..', import.meta.url).pathname });
      const effective = (await eslint.calculateConfigForFile(file)) as { rules: Record<string, unknown[]> };
      const rule = effective.rules['no-restricted-syntax'];
      expect(rule?.[0]).toBe(2);
      expect(rule?.slice(1)).toEqual(HTML_SINKS);
    },
  );
});
