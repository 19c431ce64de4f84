import { pickMediaType, firstExample } from './body.js';
import { compareStrings, deref, isObject, str, type Json } from './refs.js';
import type { ResponseModel } from './types.js';

/** The responses in model form, sorted by status (`200` < `201` < `2XX` < `400` < … < `default`). */
export function buildResponses(doc: Json, raw: unknown): ResponseModel[] {
  if (!isObject(raw)) return [];
  return Object.keys(raw)
    .filter((status) => /^([1-5]([0-9]{2}|XX)|default)$/i.test(status))
    .sort(compareStrings)
    .map((status) => {
      const response = deref(doc, raw[status]) ?? {};
      const picked = pickMediaType(response.content, true);
      const model: ResponseModel = {
        status,
        description: str(response.description) ?? '',
        hasBody: picked !== undefined,
        headers: isObject(response.headers) ? Object.keys(response.headers).map((h) => h.toLowerCase()).sort(compareStrings) : [],
      };
      if (picked) model.contentType = picked[0];
      return model;
    });
}

/** The first 2XX status, `200` when none is declared (what a client should expect on success). */
export function successStatusOf(responses: ResponseModel[]): string {
  return responses.find((r) => /^2/.test(r.status))?.status ?? '200';
}

/** The first example of the success response's body, if the spec has one. */
export function successExample(doc: Json, raw: unknown, status: string): unknown {
  if (!isObject(raw)) return undefined;
  const response = deref(doc, raw[status]);
  return firstExample(doc, pickMediaType(response?.content)?.[1]);
}

/** The first example of the request body, if the spec has one. */
export function requestExample(doc: Json, raw: unknown): unknown {
  const body = deref(doc, raw);
  return firstExample(doc, pickMediaType(body?.content)?.[1]);
}
