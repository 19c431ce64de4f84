/**
 * The audit's tests run against the committed `generated/` package (Braze's), read from its TypeScript
 * sources: the fixture app maps `braze-rest-client` to `generated/src/index.ts` with `paths`.
 */
import { fileURLToPath } from 'node:url';
import { API } from '../../../generated/src/audit/api.gen.js';
import type { AuditApi } from '../api.js';

/** Braze's API as the generated package hands it to the audit. */
export const BRAZE_API: AuditApi = API;

/** The fixture app's folder. */
export const FIXTURE_APP = fileURLToPath(new URL('fixtures/app/', import.meta.url));
