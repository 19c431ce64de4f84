// This file is generated: do not edit it by hand.
// Source: spec/openapi.yaml
// Regenerate: npm run generate

/**
 * An opt-in logger, so that seeing what the client does takes one option instead of three hooks:
 * `hooks: consoleLogger({ level: 'debug' })`. Built on the hooks, it sees what they see: never the key, no header
 * values, and failure texts the client has already scrubbed of the key. It also leaves query strings out of
 * what it prints (`?email=…` is personal data). A module of its own: only apps that import it bundle it.
 */
import type { Hooks } from './client.js';

/** How much to log: `debug` every request, `info` every response, `warn` failed responses and retries. */
export type LogLevel = 'debug' | 'info' | 'warn' | 'silent';

/** Where and how much. */
export interface LoggerOptions {
  /** The least important level printed; default `info`. */
  level?: LogLevel;
  /** Where lines go; default the console. */
  sink?: Pick<Console, 'debug' | 'info' | 'warn'>;
}

const RANK: Record<LogLevel, number> = { debug: 0, info: 1, warn: 2, silent: 3 };

/** Hooks that print one line per request (debug), response (info, or warn from 400 on) and retry (warn). */
export function consoleLogger({ level = 'info', sink = console }: LoggerOptions = {}): Hooks {
  const log = (at: Exclude<LogLevel, 'silent'>, line: string) => RANK[at] >= RANK[level] && sink[at](`[braze] ${line}`);
  return {
    onRequest: ({ operationId, method, url, attempt }) =>
      void log('debug', `${operationId} → ${method} ${url.replace(/[?#].*/, '')}${attempt ? ` (attempt ${attempt + 1})` : ''}`),
    onResponse: ({ operationId, status, durationMs, rateLimit }) =>
      void log(status > 399 ? 'warn' : 'info', `${operationId} ← ${status} in ${Math.round(durationMs)} ms${rateLimit.remaining === undefined ? '' : `, ${rateLimit.remaining} requests left`}`),
    onRetry: ({ operationId, attempt, delayMs, reason }) => void log('warn', `${operationId} retry ${attempt} in ${delayMs} ms: ${reason}`),
  };
}
