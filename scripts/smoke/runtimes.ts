/**
 * The runtimes of the matrix and how to run a script under each. Their binaries come from the npm registry, as
 * the platform packages that node/bun/deno/workerd's own installers pick (`runtimes/package.json`; no install
 * script runs). They live in a project of their own because two of them are called `node`: as dependencies of
 * the root they would shadow the machine's Node in every npm script. The root's `postinstall` runs `npm ci`
 * there, so `npm ci` on a fresh clone brings them.
 */
import { once } from 'node:events';
import { existsSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { spawn } from 'node:child_process';

const MODULES = fileURLToPath(new URL('runtimes/node_modules/', import.meta.url));

/** A runtime that runs a script given on its command line. */
export interface CommandRuntime {
  name: string;
  binary: string;
  /** The transport the client must pick there: `node:http` on Node only, `fetch` elsewhere. */
  transport: 'node:http' | 'fetch';
  /** How the runtime is named at the end of the client's User-Agent. */
  userAgent: RegExp;
  /** The arguments that run `script` with `scriptArgs`, reaching only `host` over the network. */
  args(script: string, scriptArgs: string[], host: string): string[];
}

/** Node (the one running the tests, and 22 and 24), Bun and Deno (with only the server's host allowed). */
export const COMMAND_RUNTIMES: readonly CommandRuntime[] = [
  { name: `Node ${process.versions.node}`, transport: 'node:http', userAgent: new RegExp(`node/${process.version.replaceAll('.', '\\.')}$`), binary: process.execPath, args: (s, a) => [s, ...a] },
  { name: 'Node 22', transport: 'node:http', userAgent: /node\/v22\.\d+\.\d+$/, binary: join(MODULES, 'node22/bin/node'), args: (s, a) => [s, ...a] },
  { name: 'Node 24', transport: 'node:http', userAgent: /node\/v24\.\d+\.\d+$/, binary: join(MODULES, 'node24/bin/node'), args: (s, a) => [s, ...a] },
  { name: 'Bun', transport: 'fetch', userAgent: /Bun\/1\.\d+\.\d+$/, binary: join(MODULES, 'bun-linux-x64/bin/bun'), args: (s, a) => ['run', s, ...a] },
  {
    name: 'Deno',
    transport: 'fetch',
    userAgent: /Deno\/2\.\d+\.\d+$/,
    binary: join(MODULES, 'deno-linux-x64/deno'),
    // No env permission: a user who grants none must still be able to create a client with an explicit key.
    args: (s, a, host) => ['run', '--no-prompt', `--allow-net=${host}`, '--allow-read=.', s, ...a],
  },
];

/** workerd's binary. */
export const WORKERD = join(MODULES, 'workerd-linux-64/bin/workerd');

/** The binaries missing from this machine, with how to get them. */
export function missingBinaries(): string[] {
  return [...COMMAND_RUNTIMES.map((r) => r.binary), WORKERD]
    .filter((b) => !existsSync(b))
    .map((b) => `${b} is missing: run \`npm ci --prefix scripts/smoke/runtimes\` (the root's npm ci does it; linux-x64 only)`);
}

/** A free port of 127.0.0.1 (taken and released: workerd opens its socket itself). */
async function freePort(): Promise<number> {
  const server = createServer().listen(0, '127.0.0.1');
  await once(server, 'listening');
  const { port } = server.address() as AddressInfo;
  server.close();
  await once(server, 'close');
  return port;
}

/**
 * The workerd config: one worker (`worker.mjs`, a bundle) with the base URL and key as text bindings,
 * listening on `port` of 127.0.0.1, whose outbound requests may reach loopback addresses only.
 */
function workerdConfig(port: number, bindings: Record<string, string>, nodejsCompat: boolean): string {
  const text = Object.entries(bindings).map(([name, value]) => `(name = ${JSON.stringify(name)}, text = ${JSON.stringify(value)})`);
  return `using Workerd = import "/workerd/workerd.capnp";
const config :Workerd.Config = (
  services = [
    (name = "main", worker = .worker),
    (name = "loopback", network = (allow = ["local"])),
  ],
  sockets = [(name = "http", address = "127.0.0.1:${port}", http = (), service = "main")],
);
const worker :Workerd.Worker = (
  modules = [(name = "worker.mjs", esModule = embed "worker.mjs")],
  compatibilityDate = "2026-11-01",
  compatibilityFlags = [${nodejsCompat ? '"nodejs_compat"' : ''}],
  bindings = [${text.join(', ')}],
  globalOutbound = "loopback",
);
`;
}

/**
 * Serves the bundle `dir/worker.mjs` with workerd, sends it one GET and returns the answer's text; workerd is
 * stopped afterwards. Throws with workerd's output when it does not come up within 10 s.
 */
export async function fetchFromWorkerd(dir: string, bindings: Record<string, string>, nodejsCompat: boolean): Promise<string> {
  const port = await freePort();
  writeFileSync(join(dir, 'config.capnp'), workerdConfig(port, bindings, nodejsCompat));
  const child = spawn(WORKERD, ['serve', 'config.capnp'], { cwd: dir, stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  child.stdout.on('data', (c: Buffer) => (output += c));
  child.stderr.on('data', (c: Buffer) => (output += c));
  try {
    for (let tries = 0; tries < 200; tries++) {
      if (child.exitCode !== null) break;
      const res = await fetch(`http://127.0.0.1:${port}/`).catch(() => undefined);
      if (res) return await res.text();
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    throw new Error(`workerd did not answer on 127.0.0.1:${port}:\n${output}`);
  } finally {
    child.kill();
  }
}
