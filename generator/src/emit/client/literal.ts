/**
 * Plain data → TypeScript expression text, for the descriptor constants the client emitter prints. Keys are
 * bare when they are identifiers and strings are single-quoted and escaped (spec text is untrusted).
 */
import { propertyKey, quoteString } from '../../shared/identifiers.js';

/** An expression to print as it is (a call into the runtime) where `literal` would print data. */
export class Code {
  constructor(readonly text: string) {}
}

/** Prints JSON-like data (`undefined` properties are dropped) on one line; `Code` values as their text. */
export function literal(value: unknown): string {
  if (value === null) return 'null';
  if (value instanceof Code) return value.text;
  if (typeof value === 'string') return quoteString(value);
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (Array.isArray(value)) return `[${value.map(literal).join(', ')}]`;
  if (typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>).filter(([, v]) => v !== undefined);
    return entries.length === 0 ? '{}' : `{ ${entries.map(([k, v]) => `${propertyKey(k)}: ${literal(v)}`).join(', ')} }`;
  }
  throw new TypeError(`cannot print ${typeof value} as a literal`);
}
