/** Paths of the check:braze-openapi test fixtures (files in Braze's shape and a small spec, written for the tests). */
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const dir = path.join(path.dirname(fileURLToPath(import.meta.url)), 'fixtures');

/** Absolute path of a fixture, e.g. `fixture('braze/reports_get_report.yaml')`. */
export const fixture = (name: string): string => path.join(dir, name);

/** Our side: six operations, one behind another credential, the default limit in `info`. */
export const FIXTURE_SPEC = fixture('spec/openapi.yaml');
