/**
 * `multipart/form-data` request bodies (file uploads). The transports send strings and bytes, so the body is
 * encoded here, with the platform's own `FormData` and `Response` (they write the parts and the boundary),
 * before the request loop sees it: a retry re-sends the same bytes. Generated code calls `multipartRequest`
 * only for operations whose body is multipart, so an API without any (Braze's) never bundles this.
 */
import type { Client } from './client.js';
import { request, type OperationDescriptor, type RequestOptions } from './request.js';

/**
 * A `FormData` from a body object: a `Blob` (a `File` keeps its name) or bytes become a file part, other
 * objects their JSON text (OpenAPI's default for object properties), anything else its string; arrays repeat
 * the field, and `null`/`undefined` fields are left out. A `FormData` is used as it is.
 */
export function toFormData(value: unknown): FormData {
  if (value instanceof FormData) return value;
  const form = new FormData();
  for (const [name, field] of Object.entries(value ?? {})) {
    for (const v of [field].flat()) {
      if (v == null) continue;
      form.append(name, v instanceof Blob ? v : v instanceof Uint8Array ? new Blob([v as BlobPart]) : typeof v === 'object' ? JSON.stringify(v) : String(v));
    }
  }
  return form;
}

/** `request` for an operation with a multipart body (`input.body`): encodes it once, with its boundary. */
export async function multipartRequest(client: Client<never>, op: OperationDescriptor, input: object = {}, o: RequestOptions = {}): Promise<unknown> {
  const encoded = new Response(toFormData((input as { body?: unknown }).body));
  const body = new Uint8Array(await encoded.arrayBuffer());
  return request(client, op, { ...input, body }, { ...o, headers: { ...o.headers, 'content-type': encoded.headers.get('content-type')! } });
}
