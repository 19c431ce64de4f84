/**
 * Renders Redoc pages in a worker thread (`redoc-worker.mjs`, which runs Redocly's own build-docs renderer,
 * see `redoc-build-docs.mjs`). One worker per process, started early by `warmRedocRenderer` so React and Redoc
 * load on the second core while the main thread loads the spec; it holds the process open only while a render
 * is pending, so a run that fails before the docs (or never needs them) exits normally.
 */
import { Worker } from 'node:worker_threads';

/** The renderer cannot run in this installation (see `RedocUnavailableError` in `redoc-build-docs.mjs`). */
export class RedocUnavailableError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'RedocUnavailableError';
  }
}

interface Pending {
  resolve: (html: string) => void;
  reject: (error: Error) => void;
}

interface Reply {
  id: number;
  html?: string;
  error?: string;
  unavailable?: boolean;
}

/** One worker and its outstanding requests. */
class RedocRenderer {
  private readonly worker: Worker;
  private readonly pending = new Map<number, Pending>();
  private nextId = 0;
  private broken: Error | undefined;

  constructor(private readonly onBroken: (renderer: RedocRenderer) => void) {
    // React's production build renders the same HTML as its development build (the equality test against
    // `build-docs`, which runs in development mode, checks it) with fewer checks: ~10-20% faster.
    const env = { ...process.env, NODE_ENV: 'production' };
    this.worker = new Worker(new URL('./redoc-worker.mjs', import.meta.url), { env });
    this.worker.on('message', (reply: Reply) => this.settle(reply));
    this.worker.on('error', (error) => this.fail(new Error(`docs: the Redoc worker crashed: ${error.message}`)));
    this.worker.on('exit', (code) => this.fail(new Error(`docs: the Redoc worker exited (code ${code})`)));
    // After the listeners: adding a 'message' listener refs the worker again.
    this.worker.unref();
  }

  /** Redoc's page for `document` (rendered through the two-part shell template). */
  render(document: Record<string, unknown>, options: Record<string, unknown>): Promise<string> {
    if (this.broken) return Promise.reject(this.broken);
    const id = this.nextId++;
    const result = new Promise<string>((resolve, reject) => this.pending.set(id, { resolve, reject }));
    try {
      this.worker.postMessage({ id, document, options });
      this.worker.ref();
    } catch (error) {
      this.pending.delete(id);
      return Promise.reject(error);
    }
    return result;
  }

  private settle(reply: Reply): void {
    const waiting = this.pending.get(reply.id);
    this.pending.delete(reply.id);
    if (this.pending.size === 0) this.worker.unref();
    if (!waiting) return;
    if (reply.html !== undefined) waiting.resolve(reply.html);
    else if (reply.unavailable) waiting.reject(new RedocUnavailableError(reply.error ?? 'unknown reason'));
    else waiting.reject(new Error(`docs: Redoc could not render the document: ${reply.error ?? 'unknown error'}`));
  }

  private fail(error: Error): void {
    this.broken ??= error;
    for (const waiting of this.pending.values()) waiting.reject(error);
    this.pending.clear();
    this.onBroken(this);
  }
}

let shared: RedocRenderer | undefined;

function sharedRenderer(): RedocRenderer {
  shared ??= new RedocRenderer((renderer) => {
    if (shared === renderer) shared = undefined;
  });
  return shared;
}

/** Starts the worker (and its loading of Redoc) now, ahead of the first render. */
export function warmRedocRenderer(): void {
  sharedRenderer();
}

/** Renders `document` with Redoc `options` in the shared worker; resolves to the shell template's output. */
export function renderInWorker(document: Record<string, unknown>, options: Record<string, unknown>): Promise<string> {
  return sharedRenderer().render(document, options);
}
