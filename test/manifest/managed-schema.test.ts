// Contract from the design: every managed policy key is declared in public/managed_schema.json
// with a title and a description (IT reads them in admin consoles).
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

type SchemaNode = { type?: string; title?: string; description?: string; properties?: Record<string, SchemaNode> };

const schema = JSON.parse(readFileSync(new URL('../../public/managed_schema.json', import.meta.url), 'utf8')) as SchemaNode;
const manifest = JSON.parse(readFileSync(new URL('../../manifest.json', import.meta.url), 'utf8')) as {
  storage?: { managed_schema?: string };
};

function keys(node: SchemaNode, prefix = ''): [string, SchemaNode][] {
  return Object.entries(node.properties ?? {}).flatMap(([name, child]) => [
    [prefix + name, child] as [string, SchemaNode],
    ...keys(child, `${prefix}${name}.`),
  ]);
}

describe('managed policy schema', () => {
  it('is the schema the manifest points at, and is an object schema', () => {
    expect(manifest.storage?.managed_schema).toBe('managed_schema.json');
    expect(schema.type).toBe('object');
  });

  it.each(keys(schema))('%s has a type, title and description', (_name, node) => {
    expect(node.type).toEqual(expect.any(String));
    expect(node.title?.trim()).toBeTruthy();
    expect(node.description?.trim()).toBeTruthy();
  });
});
