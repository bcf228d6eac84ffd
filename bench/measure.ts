/** Timing and memory probes for the benchmark: wall time, percentiles, and the peak RSS of a run. */
import { readFileSync, writeFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';

export const MB = 1_000_000;

/** Collects garbage when node runs with --expose-gc, so memory deltas measure the run, not leftovers. */
export function collectGarbage(): void {
  (globalThis as { gc?: () => void }).gc?.();
}

export function percentile(sorted: Float64Array, p: number): number {
  if (sorted.length === 0) return NaN;
  return sorted[Math.min(sorted.length - 1, Math.ceil(p * sorted.length) - 1)];
}

/** Milliseconds taken by `run`, with its result. */
export function timed<T>(run: () => T): { ms: number; result: T } {
  const start = performance.now();
  const result = run();
  return { ms: performance.now() - start, result };
}

/** The smallest of `repeats` timings: on a shared machine the minimum is the least disturbed. */
export function bestOf(repeats: number, run: () => unknown): number {
  let best = Infinity;
  for (let i = 0; i < repeats; i++) best = Math.min(best, timed(run).ms);
  return best;
}

function statusKiB(field: string): number | undefined {
  try {
    const match = new RegExp(`${field}:\\s+(\\d+) kB`).exec(readFileSync('/proc/self/status', 'utf8'));
    return match ? Number(match[1]) * 1024 : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Peak resident memory of `run` above the resident memory just before it. On Linux the kernel's
 * high-water mark is reset first (/proc/self/clear_refs), so earlier phases (reading the corpus)
 * do not hide the peak; elsewhere the process-lifetime maximum is used, which can only overstate.
 * `retainedHeap` is the heap the result still holds after a collection.
 */
export function peakMemory<T>(run: () => T): { peakRss: number; rssBefore: number; retainedHeap: number; result: T } {
  collectGarbage();
  let exact: boolean;
  try {
    writeFileSync('/proc/self/clear_refs', '5');
    exact = statusKiB('VmHWM') !== undefined;
  } catch {
    exact = false;
  }
  const before = process.memoryUsage();
  const result = run();
  const peakRss = exact ? statusKiB('VmHWM')! : process.resourceUsage().maxRSS * 1024;
  // What the result keeps alive once the garbage of the run is gone.
  collectGarbage();
  const retainedHeap = process.memoryUsage().heapUsed - before.heapUsed;
  return { peakRss, rssBefore: before.rss, retainedHeap, result };
}
