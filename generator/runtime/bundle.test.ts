import { build, type Plugin } from 'esbuild';
import { describe, expect, it } from 'vitest';

const INDEX = new URL('./index.ts', import.meta.url).pathname;

/**
 * The package's browser build (`dist/browser`, its `browser` and `worker` exports): `build.mjs` empties the Node
 * transport there; this does the same to the sources.
 */
const browserBuild: Plugin = {
  name: 'browser-build',
  setup(b) {
    b.onResolve({ filter: /\/node-transport\.js$/ }, (a) => ({ path: a.path, namespace: 'browser-build' }));
    b.onLoad({ filter: /.*/, namespace: 'browser-build' }, () => ({ contents: 'export const nodeTransport = undefined;', loader: 'js' }));
  },
};

/**
 * The minified esbuild bundle of `code`, resolving the runtime as an app would (node platform, ESM; with
 * `browser`, the browser platform and the browser build).
 */
async function bundle(code: string, browser?: boolean): Promise<string> {
  const out = await build({
    stdin: { contents: code, resolveDir: '.', loader: 'ts' }, bundle: true, minify: true, platform: browser ? 'browser' : 'node', format: 'esm',
    write: false, external: ['node:*'], logLevel: 'silent', plugins: browser ? [browserBuild] : [],
  });
  return out.outputFiles[0]!.text;
}

/**
 * The minified size of the whole runtime (every export), in bytes. The goal is 6,144 (openapi-fetch's size);
 * the runtime is not there, so this budget holds the size reached and fails on any growth. Lower it as the
 * runtime shrinks (it rose once, by ~50 bytes, for `Retry-After` HTTP-dates, and once, by ~20, for a faster
 * Node transport, and once, by 25, for the hook that lets label/matrix/array path parameters use
 * `path-style.ts`, which only specs with such parameters bundle, and once, by 16, so that the fetch transport
 * takes `timeoutMs: Infinity` and fractions as the Node one does, and once, by 157, so that the key is also taken
 * out of an error's response headers and out of a network failure's texts down its `cause` chain; and by 1,414
 * for the robustness fixes of issue 16, each measured in its commit: abort listeners removed after a 429 wait
 * (66), the 429 spread (37), hooks that cannot fail a call (109), redirects refused on both transports (129),
 * exact `rel` parsing, page-cycle detection and proxy path prefixes (235), node:http only on Node itself (76),
 * precise Node timeouts (78), `maxResponseBytes` on both transports and 2XX bodies that must be JSON (498), the
 * key out of escaped bodies and out of a failure's other properties (186)). Where the bytes go (esbuild's
 * per-module figures): the request and attempt loop with hooks, the key's redaction and the body checks ~2,750,
 * the Node keep-alive transport with its timeout timer and size limit and the fetch transport ~1,380, URL checks,
 * next-link mapping, path filling and query styles ~1,200, the error classes and their messages ~1,190,
 * createClient and the clock ~920, pagination ~690, retry timing ~400, the export list ~420, the facade ~180,
 * rate-limit headers ~150.
 */
// runtime-dx, +438 on top: +4 so that createClient reads BRAZE_REST_ENDPOINT only when it needs it (Deno without --allow-env);
// +434 for the User-Agent (package and runtime), request ids on results and errors, operation/method/path/attempts
// on errors about sent requests, `deadlineMs` across retries, and `.pages()` (the opt-in logger and the options
// check are modules of their own, outside this count).
// runtime-size, each cut measured in its commit (whole runtime minified; one-operation app min+gz, 4,572 before):
// -216 (app -118 gz): query parameters in another style than form-exploded (`queryStyle`, query-style.ts) leave the
// core, as path styles did (generated code imports it only for parameters that need it; Braze's none), and the
// `at` fields of an error are built where it is thrown.
// +8: the Node transport in node-transport.ts, a module of its own that the package's browser build (`dist/browser`)
// empties, and a check that it is there; a browser or worker app leaves ~980 bytes out (one-operation app 4,460 →
// 4,026 B min+gz; the whole runtime below).
// attack, +559, each fix measured in its commit (attack.test.ts): path values `.`/`..` refused rather than
// encoded, which URL parsers undo (-11); header values either transport refuses are a BrazeConfigError on both
// (+41); a negative share of the deadline is no RangeError on fetch (+12); the key out of a body before its
// prefix is cut (0); a key echoed into a next link out of the repeated-page error (+42); a throwing console.warn
// is no unhandled rejection (+14); one signal shared by many calls makes no MaxListenersExceededWarning (+31);
// and Node only: gzip/deflate/br bodies decoded as fetch does (+203), a byte-order mark dropped as fetch does (+15),
// a failed request out of the deadlines map at once (+28; with `timeoutMs: Infinity` it stayed there forever);
// a quoted Link parameter skipped whole, so a comma in a title no longer hides rel="next" (+13); and a header name
// that is no token thrown by the fetch transport as node:http throws it, not retried as a network failure (+23); and
// the key out of a body that does not parse (cut JSON) when echoed JSON-escaped, and in any case (+73); and a
// relative next link resolved against the page requested, as RFC 8288 says, not the origin (+20); and Node only,
// a request whose body fails to decode destroyed, not left holding its socket (+12); and a 429 wait past 2e9 ms
// (maxRetryWaitMs raised) final, as timers fire such a delay at once (+14); and an X-RateLimit-Reset in epoch
// milliseconds read as such, not as a wait of 50,000 years that made a 429 final at once (+29).
const RUNTIME_BUDGET = 10_091;
// Issue 16's budgets are 9,000 here and 4,096 min+gz for a one-operation app: the browser build meets both (8,558;
// app 4,024 in `npm run bench`); a Node bundle carries both transports (`fetch` stays an option there) and is 532
// and ~360 gz over.
/** The same in the browser build: without the Node transport (its keep-alive agents, timer and size limit). */
const BROWSER_RUNTIME_BUDGET = 8_859; // attack: +301, the fixes above but the Node transport's

describe('size', () => {
  it(`bundles the whole runtime to at most ${RUNTIME_BUDGET} bytes minified`, async () => {
    const code = await bundle(`export * from ${JSON.stringify(INDEX)};`);
    expect(Buffer.byteLength(code)).toBeLessThanOrEqual(RUNTIME_BUDGET);
  });
  it(`bundles the whole runtime's browser build to at most ${BROWSER_RUNTIME_BUDGET} bytes minified, without the Node transport`, async () => {
    const code = await bundle(`export * from ${JSON.stringify(INDEX)};`, true);
    expect(code).not.toMatch(/keepAlive|getBuiltinModule\(/);
    expect(Buffer.byteLength(code)).toBeLessThanOrEqual(BROWSER_RUNTIME_BUDGET);
  });
});

describe('tree-shaking', () => {
  it('leaves nothing of a runtime imported for no names: no module has top-level side effects', async () => {
    expect(await bundle(`import ${JSON.stringify(INDEX)};`)).toBe('');
  });
  it('keeps only what a name needs', async () => {
    const errorsOnly = await bundle(`import { BrazeError } from ${JSON.stringify(INDEX)}; console.log(BrazeError);`);
    expect(errorsOnly).not.toMatch(/node:http|createClient|WeakMap/);
    const client = await bundle(`import { createClient, request } from ${JSON.stringify(INDEX)}; console.log(createClient, request);`);
    expect(client).toMatch(/node:https/);
    expect(client).not.toMatch(/rel\\s\*=|all:/); // pagination (its Link parser) and the facade stay out of a one-operation app
    expect(client).not.toMatch(/matrix/); // so do the path styles beyond simple (path-style.ts, imported by generated code only)
    expect(client).not.toMatch(/deepObject|pipeDelimited/); // and the query styles beyond form-exploded (query-style.ts, likewise)
  });
});
