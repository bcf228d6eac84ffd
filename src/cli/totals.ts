/**
 * What a run will read, counted beside it for the progress bar's share and time left: the files and
 * their bytes, or the bytes of the JSON lines when they come from files (or from standard input
 * redirected from a file). Only a terminal shows the bar, so only then is anything counted.
 */
import { fstatSync, statSync } from 'node:fs';
import type { CliOptions } from './args';
import type { Totals } from './progress';
import { walkFilter, walkInputs } from './walk';

/** Files stated between two turns of the event loop, so the count never holds up the output. */
const SLICE = 256;

function sizeOf(path: string | 0): number | undefined {
  try {
    const stats = path === 0 ? fstatSync(0) : statSync(path);
    return stats.isFile() ? stats.size : undefined;
  } catch {
    return undefined;
  }
}

/** The totals, or undefined when they cannot be known (standard input from a pipe). */
export async function countTotals(options: CliOptions): Promise<Totals | undefined> {
  let articles = 0;
  let bytes = 0;
  let n = 0;
  for (const input of walkInputs(options.paths, walkFilter(options.include, options.exclude), () => undefined)) {
    const size = sizeOf(input.kind === 'stdin' ? 0 : input.path);
    if (size === undefined) return undefined;
    articles++;
    bytes += size;
    if (++n % SLICE === 0) await new Promise(resolve => setImmediate(resolve));
  }
  // JSON lines hold an unknown number of articles: the share read comes from the bytes alone.
  return options.input === 'jsonl' ? { bytes } : { articles, bytes };
}
