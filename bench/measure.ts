// Timing helpers shared by the benchmarks: warm up, run, take the median.
export interface BenchRow {
  name: string;
  value: number;
  unit: string;
}

/** Runs `fn` twice to warm up, then `runs` times, returning each run's milliseconds. */
export async function timeIt(runs: number, fn: () => unknown): Promise<number[]> {
  for (let i = 0; i < 2; i++) await fn();
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    await fn();
    times.push(performance.now() - t0);
  }
  return times;
}

export function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}
