/**
 * One measured figure, the shared shape every `*.bench.ts` module's `run()` returns so `npm run bench` can
 * print them in one table. `value` is in `unit` (`ms`, `bytes`, `MB`, `x` for ratios, `count`, …).
 */
export interface BenchResult {
  name: string;
  value: number;
  unit: string;
  /** Anything that helps read the figure: runs, spec, goal. */
  note?: string;
  /** Older name for `note`, still accepted. */
  detail?: string;
}

/** What a bench module exports. */
export interface BenchModule {
  run(): Promise<BenchResult[]>;
}
