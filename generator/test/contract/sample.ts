/**
 * Valid example values for the contract tests: the spec's own examples first (parameter `example`/`examples`,
 * the request body example), else a minimal value built from the schema (required properties only, first
 * enum value, `minimum`, formats), resolving `#/components/...` references in the bundled document.
 */
type Json = Record<string, unknown>;

/** Follows a local `$ref` (possibly chained) to its target. */
export function deref(doc: Json, node: unknown): Json {
  let n = node as Json | undefined;
  for (let i = 0; n && typeof n.$ref === 'string' && i < 20; i++) {
    n = (n.$ref as string).slice(2).split('/').reduce<unknown>((o, k) => (o as Json)?.[k.replace(/~1/g, '/').replace(/~0/g, '~')], doc) as Json;
  }
  return n ?? {};
}

const FORMATS: Record<string, string> = {
  'date-time': '2024-01-02T03:04:05Z', date: '2024-01-02', email: 'user@example.com', uri: 'https://example.com/x',
  url: 'https://example.com/x', uuid: '123e4567-e89b-12d3-a456-426614174000',
};

/** A minimal value satisfying `schema`. */
export function sampleSchema(doc: Json, schema: unknown, depth = 0): unknown {
  const s = deref(doc, schema);
  if (depth > 8) return undefined;
  if (s.example !== undefined) return s.example;
  if (Array.isArray(s.examples) && s.examples.length > 0) return s.examples[0];
  if (s.const !== undefined) return s.const;
  if (Array.isArray(s.enum)) return s.enum[0];
  if (s.default !== undefined) return s.default;
  if (Array.isArray(s.allOf)) {
    return Object.assign({}, ...s.allOf.map((x) => sampleSchema(doc, x, depth + 1) as object));
  }
  const alt = (s.oneOf ?? s.anyOf) as unknown[] | undefined;
  if (Array.isArray(alt) && alt.length > 0) return sampleSchema(doc, alt[0], depth + 1);
  const type = Array.isArray(s.type) ? s.type.find((t) => t !== 'null') : s.type;
  if (type === 'object' || s.properties) {
    const out: Json = {};
    for (const name of (s.required as string[] | undefined) ?? []) {
      out[name] = sampleSchema(doc, (s.properties as Json | undefined)?.[name] ?? {}, depth + 1);
    }
    return out;
  }
  if (type === 'array') {
    const n = Math.max(1, Number(s.minItems ?? 1));
    return Array.from({ length: n }, () => sampleSchema(doc, s.items ?? {}, depth + 1));
  }
  if (type === 'integer' || type === 'number') return Number(s.minimum ?? 1);
  if (type === 'boolean') return true;
  if (type === 'string') {
    const text = FORMATS[String(s.format)] ?? 'example';
    return typeof s.minLength === 'number' && text.length < s.minLength ? text.padEnd(s.minLength, 'x') : text;
  }
  return 'example';
}

/** A parameter's example value: `example`, first of `examples`, else sampled from its schema. */
export function sampleParameter(doc: Json, param: unknown): unknown {
  const p = deref(doc, param);
  if (p.example !== undefined) return p.example;
  const examples = p.examples as Json | undefined;
  const first = examples && Object.values(examples)[0];
  if (first !== undefined) return deref(doc, first).value;
  return sampleSchema(doc, p.schema ?? {});
}
