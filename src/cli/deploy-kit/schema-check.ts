// Checks a policy value against the extension's managed-storage schema (public/managed_schema.json,
// Chrome's JSON-schema subset: type, properties, additionalProperties, patternProperties, items,
// enum, required, minimum/maximum, pattern, id/$ref), and puts object keys in schema order so the
// kit's files come out the same however IT ordered its config. Every error names the key path.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

export interface Schema {
  id?: string;
  $ref?: string;
  type?: string;
  title?: string;
  description?: string;
  properties?: Record<string, Schema>;
  additionalProperties?: Schema | boolean;
  patternProperties?: Record<string, Schema>;
  items?: Schema;
  enum?: unknown[];
  required?: string[];
  minimum?: number;
  maximum?: number;
  pattern?: string;
}

export const SCHEMA_PATH = fileURLToPath(new URL('../../../public/managed_schema.json', import.meta.url));

/** The schema the extension ships, read at run time so the kit never drifts from it. */
export function loadSchema(path: string = SCHEMA_PATH): Schema {
  const schema = JSON.parse(readFileSync(path, 'utf8')) as Schema;
  if (schema.type !== 'object' || !schema.properties) throw new Error(`${path}: the top level must be an object schema with properties`);
  return schema;
}

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** What a JSON value is, in the words of the error messages. */
export function jsonType(v: unknown): string {
  if (v === null) return 'null';
  if (Array.isArray(v)) return 'array';
  return typeof v;
}

const EXPECTED: Record<string, string> = {
  string: 'a string',
  boolean: 'a boolean (true or false)',
  integer: 'an integer',
  number: 'a number',
  array: 'an array',
  object: 'an object',
  null: 'null',
};

function collectIds(schema: Schema, ids: Map<string, Schema>): void {
  if (schema.id) ids.set(schema.id, schema);
  for (const s of Object.values(schema.properties ?? {})) collectIds(s, ids);
  for (const s of Object.values(schema.patternProperties ?? {})) collectIds(s, ids);
  if (isRecord(schema.additionalProperties)) collectIds(schema.additionalProperties, ids);
  if (schema.items) collectIds(schema.items, ids);
}

function distance(a: string, b: string): number {
  const row = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    let prev = row[0]!;
    row[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const cur = row[j]!;
      row[j] = Math.min(row[j]! + 1, row[j - 1]! + 1, prev + (a[i - 1] === b[j - 1] ? 0 : 1));
      prev = cur;
    }
  }
  return row[b.length]!;
}

function suggestion(key: string, known: string[]): string {
  const lower = key.toLowerCase();
  let best: string | undefined;
  let bestDistance = Infinity;
  for (const k of known) {
    const d = distance(lower, k.toLowerCase());
    if (d < bestDistance) {
      best = k;
      bestDistance = d;
    }
  }
  if (best !== undefined && bestDistance <= Math.max(2, Math.floor(key.length / 4))) return ` (did you mean ${best}?)`;
  return known.length > 0 ? `; known keys: ${known.join(', ')}` : '';
}

export class SchemaChecker {
  readonly #ids = new Map<string, Schema>();

  constructor(readonly root: Schema) {
    collectIds(root, this.#ids);
  }

  #resolve(schema: Schema): Schema {
    let s = schema;
    for (let hops = 0; s.$ref !== undefined && hops < 20; hops++) {
      const target = this.#ids.get(s.$ref);
      if (!target) throw new Error(`schema: unknown $ref ${s.$ref}`);
      s = target;
    }
    return s;
  }

  /** The schema for one key of an object, or undefined when the key is not allowed. */
  #propertySchema(schema: Schema, key: string): Schema | undefined {
    const direct = schema.properties?.[key];
    if (direct) return direct;
    for (const [pattern, s] of Object.entries(schema.patternProperties ?? {})) if (new RegExp(pattern).test(key)) return s;
    if (isRecord(schema.additionalProperties)) return schema.additionalProperties;
    return undefined;
  }

  /** Appends one message per problem to `errors`, each starting with its key path. */
  check(value: unknown, path: string, errors: string[], schema: Schema = this.root): void {
    const s = this.#resolve(schema);
    const type = s.type;
    const actual = jsonType(value);
    const typeOk =
      type === undefined ||
      type === 'any' ||
      (type === 'integer' ? typeof value === 'number' && Number.isInteger(value) : type === 'number' ? typeof value === 'number' && Number.isFinite(value) : actual === type);
    if (!typeOk) {
      errors.push(`${path}: expected ${EXPECTED[type] ?? type}, got ${actual}`);
      return;
    }
    if (s.enum && !s.enum.some((e) => e === value)) {
      errors.push(`${path}: expected one of ${s.enum.map((e) => JSON.stringify(e)).join(', ')}, got ${JSON.stringify(value)}`);
      return;
    }
    if (typeof value === 'number') {
      if (s.minimum !== undefined && value < s.minimum) errors.push(`${path}: must be at least ${s.minimum}, got ${value}`);
      if (s.maximum !== undefined && value > s.maximum) errors.push(`${path}: must be at most ${s.maximum}, got ${value}`);
    }
    if (typeof value === 'string' && s.pattern !== undefined && !new RegExp(s.pattern).test(value)) {
      errors.push(`${path}: does not match the pattern ${s.pattern}`);
    }
    if (Array.isArray(value)) {
      if (s.items) value.forEach((item, i) => this.check(item, `${path}[${i}]`, errors, s.items));
      return;
    }
    if (isRecord(value)) {
      const known = Object.keys(s.properties ?? {});
      for (const [key, v] of Object.entries(value)) {
        const sub = this.#propertySchema(s, key);
        if (sub) this.check(v, `${path}.${key}`, errors, sub);
        else errors.push(`${path}.${key}: unknown key${suggestion(key, known)}`);
      }
      for (const key of s.required ?? []) if (!(key in value)) errors.push(`${path}.${key}: missing (required)`);
    }
  }

  /**
   * The same value with object keys in schema order (declared properties first, in the order the
   * schema lists them, then any others sorted). Lists keep their order: it can matter.
   */
  canonical(value: unknown, schema: Schema = this.root): unknown {
    const s = this.#resolve(schema);
    if (Array.isArray(value)) return value.map((item) => (s.items ? this.canonical(item, s.items) : canonicalAny(item)));
    if (!isRecord(value)) return value;
    const declared = Object.keys(s.properties ?? {}).filter((k) => k in value);
    const others = Object.keys(value)
      .filter((k) => !declared.includes(k))
      .sort();
    const out: Record<string, unknown> = {};
    for (const key of [...declared, ...others]) {
      const sub = this.#propertySchema(s, key);
      out[key] = sub ? this.canonical(value[key], sub) : canonicalAny(value[key]);
    }
    return out;
  }
}

function canonicalAny(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(canonicalAny);
  if (!isRecord(value)) return value;
  return Object.fromEntries(
    Object.keys(value)
      .sort()
      .map((k) => [k, canonicalAny(value[k])]),
  );
}
