/**
 * `npm run bench`: runs every `scripts/bench/*.bench.ts` module (each exports `run(): Promise<BenchResult[]>`)
 * one after the other, so they do not compete for the two cores, and prints one table. A module that
 * throws is reported and the others still run. `npm run bench -- generate` runs only modules whose file name
 * contains one of the arguments.
 */
import { readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { BenchModule, BenchResult } from './types.js';

const HERE = dirname(fileURLToPath(import.meta.url));

function formatValue(r: BenchResult): string {
  const digits = r.unit === 'x' ? 2 : r.value < 10 && r.value % 1 !== 0 ? 2 : 0;
  return `${r.value.toLocaleString('en-US', { maximumFractionDigits: digits, minimumFractionDigits: digits })} ${r.unit}`;
}

/** Prints the results as an aligned text table. */
export function formatTable(rows: { module: string; result: BenchResult }[]): string {
  const cells = rows.map(({ module, result }) => [module, result.name, formatValue(result), result.note ?? result.detail ?? '']);
  const header = ['module', 'measure', 'value', 'note'];
  const widths = header.map((h, i) => Math.max(h.length, ...cells.map((c) => (c[i] ?? '').length)));
  const line = (c: string[]) => c.map((v, i) => (i === 2 ? v.padStart(widths[i] ?? 0) : v.padEnd(widths[i] ?? 0))).join('  ').trimEnd();
  return [line(header), widths.map((w) => '-'.repeat(w)).join('  '), ...cells.map(line)].join('\n');
}

async function main(): Promise<void> {
  const filters = process.argv.slice(2);
  const files = readdirSync(HERE)
    .filter((f) => f.endsWith('.bench.ts'))
    .filter((f) => filters.length === 0 || filters.some((x) => f.includes(x)))
    .sort();
  const rows: { module: string; result: BenchResult }[] = [];
  let failed = 0;
  for (const file of files) {
    const name = file.replace(/\.bench\.ts$/, '');
    console.error(`running ${file} …`);
    try {
      const mod = (await import(pathToFileURL(join(HERE, file)).href)) as BenchModule;
      for (const result of await mod.run()) rows.push({ module: name, result });
    } catch (error) {
      failed++;
      console.error(`${file} failed: ${(error as Error).stack ?? String(error)}`);
    }
  }
  console.log(formatTable(rows));
  if (failed > 0) process.exitCode = 1;
}

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href) await main();
