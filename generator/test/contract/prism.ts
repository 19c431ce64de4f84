/**
 * Starts Prism 5.14.2 as a validating mock (`--errors`: an invalid request gets an error response with an
 * `sl-violations` header instead of an example) on a free loopback port, and stops it again.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { createServer } from 'node:net';
import { resolve } from 'node:path';

const PRISM = resolve(import.meta.dirname, '../../../node_modules/.bin/prism');

/** A free TCP port on 127.0.0.1. */
export async function freePort(): Promise<number> {
  return new Promise((done, fail) => {
    const s = createServer();
    s.once('error', fail);
    s.listen(0, '127.0.0.1', () => {
      const { port } = s.address() as { port: number };
      s.close(() => done(port));
    });
  });
}

/** A running Prism mock. */
export interface PrismMock { baseUrl: string; stop(): Promise<void>; output(): string }

/** Starts Prism on `specFile` and resolves once it listens (rejects with its output if it exits first). */
export async function startPrism(specFile: string, timeoutMs = 90_000): Promise<PrismMock> {
  const port = await freePort();
  const child: ChildProcess = spawn(PRISM, ['mock', specFile, '-p', String(port), '-h', '127.0.0.1', '--errors'], { stdio: ['ignore', 'pipe', 'pipe'] });
  let log = '';
  await new Promise<void>((ready, fail) => {
    const timer = setTimeout(() => fail(new Error(`prism did not start in ${timeoutMs} ms:\n${log}`)), timeoutMs);
    const onData = (chunk: Buffer): void => {
      log += chunk.toString();
      if (/Prism is listening/.test(log)) { clearTimeout(timer); ready(); }
    };
    child.stdout?.on('data', onData);
    child.stderr?.on('data', onData);
    child.once('exit', (code) => { clearTimeout(timer); fail(new Error(`prism exited with ${code}:\n${log}`)); });
  });
  return {
    baseUrl: `http://127.0.0.1:${port}`,
    output: () => log,
    stop: () => new Promise((done) => {
      if (child.exitCode !== null) return done();
      child.once('exit', () => done());
      child.kill('SIGTERM');
    }),
  };
}
