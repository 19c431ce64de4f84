/** Paths of the parity-check test fixtures (pages and a small spec written for the tests). */
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const dir = path.join(path.dirname(fileURLToPath(import.meta.url)), 'fixtures');

/** Absolute path of a fixture file, e.g. `fixture('page-clean.md')`. */
export const fixture = (name: string): string => path.join(dir, name);

/** The fixture spec: 14 permissions, a catalogue kept in its own file. */
export const FIXTURE_SPEC = fixture('spec/openapi.yaml');
