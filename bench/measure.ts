/** Median wall time in milliseconds of `fn` over `runs` runs, after `warmup` unmeasured runs. */
export function medianMs(fn: () => unknown, runs: number, warmup = 1): number {
  for (let i = 0; i < warmup; i++) fn();
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    fn();
    times.push(performance.now() - t0);
  }
  times.sort((a, b) => a - b);
  return times[Math.floor(times.length / 2)]!;
}

/** The p-th percentile (0..100) of a list of numbers. */
export function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? NaN;
}

/** One benchmark figure beside its baseline, as written to bench-results.json. */
export interface BenchResult {
  name: string;
  unit: string;
  value: number;
  baseline: { name: string; value: number } | null;
  /** A second figure of the same work measured in the same run, printed beside the baseline (no ratio). */
  reference?: { name: string; value: number };
  /** value / baseline value (lower is better for times). */
  ratio: number | null;
  target: string;
  met: boolean;
}

/** Builds a result, computing the ratio against its baseline. */
export function result(name: string, unit: string, value: number, baseline: { name: string; value: number } | null, target: string, met: boolean): BenchResult {
  const round = (x: number): number => Math.round(x * 1000) / 1000;
  return { name, unit, value: round(value), baseline: baseline ? { name: baseline.name, value: round(baseline.value) } : null, ratio: baseline ? round(value / baseline.value) : null, target, met };
}

/** The same result with a second same-run figure beside its baseline. */
export function withReference(r: BenchResult, reference: { name: string; value: number }): BenchResult {
  return { ...r, reference: { name: reference.name, value: Math.round(reference.value * 1000) / 1000 } };
}

let smoke = false;

/** Makes every group run at tiny sizes (`npm run bench:smoke`): it checks the benchmarks run, not their figures. */
export function setSmoke(on: boolean): void {
  smoke = on;
}

/** `full` in a real run, `tiny` in a smoke run. */
export function sized<T>(full: T, tiny: T): T {
  return smoke ? tiny : full;
}
