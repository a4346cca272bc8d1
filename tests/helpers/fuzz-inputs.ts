// Deterministic generators of hostile request inputs for the fuzz suite (fuzz.int.test.ts): a
// seeded PRNG, a sampler that builds a plausible value from an OpenAPI (JSON Schema) shape, and
// mutations that put NUL characters, lone surrogates, very long strings, wrong types or deep
// nesting somewhere in it. Hand-written and small; fast-check (a devDependency) can replace the
// PRNG and the pickers once it is installed.

/** A small seeded PRNG (mulberry32): the same seed gives the same cases on every run. */
export class Rng {
  constructor(private state: number) {}
  next(): number {
    this.state = (this.state + 0x6d2b79f5) | 0;
    let t = this.state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  }
  int(n: number): number {
    return Math.floor(this.next() * n);
  }
  pick<T>(items: readonly T[]): T {
    return items[this.int(items.length)] as T;
  }
  chance(p: number): boolean {
    return this.next() < p;
  }
}

/** A stable 32-bit seed from a text (FNV-1a): each operation gets its own stream of cases. */
export function seedOf(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  return h >>> 0;
}

export function randomUuid(rng: Rng): string {
  const hex = () => rng.int(16).toString(16);
  const part = (n: number) => Array.from({ length: n }, hex).join('');
  return `${part(8)}-${part(4)}-4${part(3)}-${rng.pick(['8', '9', 'a', 'b'])}${part(3)}-${part(12)}`;
}

/** Strings a careless server chokes on. */
export const NASTY_STRINGS: readonly string[] = [
  'a\u0000b',
  '\u0000',
  '\ud800',
  'x\udfff',
  'x'.repeat(100_000),
  '',
  '   ',
  "'; drop table units; --",
  '<script>alert(1)</script>',
  '../../etc/passwd',
  'Ứng Thị Ước 😀 𝓥',
  '\u202eabc',
  '2026-02-30',
  '99999-01-01',
  '-1',
  '1e309',
  'NaN',
];

/** Values of the wrong type (or out of range) for any field. */
export const NASTY_VALUES: readonly unknown[] = [
  null,
  0,
  -1,
  1.5,
  2 ** 31,
  2 ** 53 + 2,
  1e308,
  -1e308,
  true,
  [],
  {},
  [[[[[[]]]]]],
  { a: { b: { c: 'x\u0000' } } },
  ['\ud800'],
  Array.from({ length: 2000 }, (_, i) => i),
];

/** Raw path/query segments, already URL-encoded: invalid UUIDs, encoded NUL, broken UTF-8. */
export const NASTY_SEGMENTS: readonly string[] = [
  'abc',
  '%00',
  '%ED%A0%80',
  '%FF',
  '00000000-0000-0000-0000-000000000000',
  '1',
  '-1',
  'x'.repeat(3000),
  '%2E%2E%2F%2E%2E',
];

/** Whole bodies that are not the JSON the route expects. */
export const MALFORMED_BODIES: readonly { type: string; payload: string }[] = [
  { type: 'application/json', payload: '' },
  { type: 'application/json', payload: '{' },
  { type: 'application/json', payload: '{"a":' },
  { type: 'application/json', payload: 'null' },
  { type: 'application/json', payload: '[]' },
  { type: 'application/json', payload: '"x\\u0000"' },
  { type: 'application/json', payload: '{"__proto__":{"isAdmin":true}}' },
  { type: 'application/json', payload: `${'['.repeat(20_000)}${']'.repeat(20_000)}` },
  { type: 'application/json', payload: '{"x":"\\ud800"}' },
  { type: 'text/plain', payload: 'a\u0000b' },
  { type: 'application/x-www-form-urlencoded', payload: 'a=%00&b=1' },
  { type: 'application/xml', payload: '<a/>' },
];

export type JsonSchema = {
  type?: string | string[];
  properties?: Record<string, JsonSchema>;
  required?: string[];
  items?: JsonSchema;
  prefixItems?: JsonSchema[];
  enum?: unknown[];
  const?: unknown;
  anyOf?: JsonSchema[];
  oneOf?: JsonSchema[];
  allOf?: JsonSchema[];
  format?: string;
  pattern?: string;
  minLength?: number;
  maxLength?: number;
  minimum?: number;
  exclusiveMinimum?: number;
  maximum?: number;
  minItems?: number;
  default?: unknown;
  additionalProperties?: JsonSchema | boolean;
};

/** Ids of the demo by field name (conferenceId, unitId…), so some cases reach past the 404s. */
export type KnownIds = Record<string, string>;

/** The version of an object that is never current: writes reach their 409, none succeeds. */
export const STALE_VERSION = 987_654;

/** What a sample is built with: the PRNG, the demo's ids, and the text put in every free-text field. */
export type SampleContext = { rng: Rng; ids: KnownIds; text?: string };

/**
 * A plausible value for `schema` (the demo's id when `name` is a known id field); with
 * `ctx.text`, every free-text string (no enum, format or pattern) is that text, so a hostile
 * character reaches each field that is stored as text while the rest of the request stays valid.
 */
export function sample(schema: JsonSchema | undefined, ctx: SampleContext, name = '', depth = 0): unknown {
  const { rng } = ctx;
  if (!schema || depth > 8) return null;
  if (schema.const !== undefined) return schema.const;
  if (schema.enum) return rng.pick(schema.enum);
  const alternatives = schema.anyOf ?? schema.oneOf;
  if (alternatives) {
    const concrete = alternatives.filter((s) => s.type !== 'null');
    return sample(rng.pick(concrete.length ? concrete : alternatives), ctx, name, depth + 1);
  }
  if (schema.allOf) return sample(Object.assign({}, ...schema.allOf), ctx, name, depth + 1);
  const type = Array.isArray(schema.type) ? schema.type.find((t) => t !== 'null') : schema.type;
  switch (type) {
    case 'object': {
      const out: Record<string, unknown> = {};
      for (const [key, prop] of Object.entries(schema.properties ?? {})) {
        if (schema.required?.includes(key) || ctx.text !== undefined || rng.chance(0.5))
          out[key] = sample(prop, ctx, key, depth + 1);
      }
      return out;
    }
    case 'array': {
      if (schema.prefixItems) return schema.prefixItems.map((s) => sample(s, ctx, name, depth + 1));
      const n = Math.max(schema.minItems ?? 0, rng.int(3));
      return Array.from({ length: n }, () => sample(schema.items, ctx, name, depth + 1));
    }
    case 'integer':
    case 'number': {
      if (name === 'version') return STALE_VERSION;
      const min = schema.minimum ?? (schema.exclusiveMinimum !== undefined ? schema.exclusiveMinimum + 1 : 0);
      const max = schema.maximum ?? min + 10;
      const n = min + rng.int(Math.max(1, Math.min(max - min, 10) + 1));
      return type === 'integer' ? Math.floor(n) : n;
    }
    case 'boolean':
      return rng.chance(0.5);
    case 'string':
      return sampleString(schema, ctx, name);
    default:
      return null;
  }
}

function sampleString(schema: JsonSchema, { rng, ids, text }: SampleContext, name: string): string {
  if (ids[name]) return ids[name];
  switch (schema.format) {
    case 'uuid':
      return rng.pick(Object.values(ids).concat(randomUuid(rng)));
    case 'date':
      return '2026-03-20';
    case 'date-time':
      return '2026-03-20T08:00:00.000Z';
    case 'email':
      return 'a@example.com';
    case 'time':
      return '08:00';
  }
  if (schema.pattern?.includes('\\d{4}-\\d{2}-\\d{2}')) return '2026-03-20';
  if (schema.pattern?.includes('\\d{2}:\\d{2}')) return '08:00';
  if (text !== undefined && !schema.format && !schema.pattern) return text;
  const length = Math.max(schema.minLength ?? 1, Math.min(schema.maxLength ?? 12, 12));
  return 'Thử nghiệm xyz'.padEnd(length, 'x').slice(0, Math.max(length, 1));
}

/** `value` with one leaf (or the whole) replaced by a hostile string or a value of the wrong type. */
export function mutate(value: unknown, rng: Rng): unknown {
  const hostile = () => (rng.chance(0.6) ? rng.pick(NASTY_STRINGS) : rng.pick(NASTY_VALUES));
  if (value === null || typeof value !== 'object' || rng.chance(0.1)) return hostile();
  const copy: Record<string, unknown> | unknown[] = Array.isArray(value) ? [...value] : { ...value };
  const keys = Object.keys(copy);
  if (keys.length === 0 || rng.chance(0.1)) {
    (copy as Record<string, unknown>)[rng.pick(['extra', 'a\u0000', '\ud800'])] = hostile();
    return copy;
  }
  const key = rng.pick(keys);
  const target = (copy as Record<string, unknown>)[key];
  (copy as Record<string, unknown>)[key] =
    target !== null && typeof target === 'object' && rng.chance(0.6) ? mutate(target, rng) : hostile();
  return copy;
}
