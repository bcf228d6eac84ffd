/**
 * One run of `isnad`: inputs cut into batches (inputs.ts), analysed on this thread or on worker
 * threads (pool.ts), written in input order as each batch's turn comes (output.ts), with a progress
 * bar on a terminal (progress.ts) and the `--summary` tables at the end. Exit status: 0, or 1 when an
 * input was skipped (the run goes on), 2 for a usage error, 3 for an internal error.
 */
import { statSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { isSupportedEncoding } from '../core/encoding';
import { FolderSummary } from '../core/folder/summary';
import { HELP, parseArgs, type CliOptions } from './args';
import type { Batch, BatchResult, RunSettings } from './batch';
import { outputEnd, outputStart, separator } from './formats';
import { batchesOf } from './inputs';
import { Output } from './output';
import { InlineRunner, WorkerPool, type Runner } from './pool';
import { Progress } from './progress';
import { countTotals } from './totals';
import { summaryTables } from './summaryTable';
import { walkFilter } from './walk';

/** Batches in flight per thread: enough to keep each busy while the main thread writes. */
const BATCHES_PER_THREAD = 4;

/**
 * `--jobs N` analyses on this thread and on N - 1 worker threads, a batch in turn. This thread is
 * one of the N: each thread's V8 compiles the engine's hot code for itself (1.5-2 s of a core for
 * the 47 MB corpus, measured), so a thread left to wait for output would cost a compilation and
 * do no analysis. The first batch runs here while the workers start, and a run of one batch (up
 * to 32 files, such as the evaluation's one) never starts one.
 */
class Threads implements Runner {
  private pool: WorkerPool | undefined;
  private readonly inline: InlineRunner;

  constructor(private readonly jobs: number, private readonly settings: RunSettings) {
    this.inline = new InlineRunner(settings);
  }

  run(batch: Batch): Promise<BatchResult> {
    if (this.jobs === 1 || batch.seq % this.jobs === 0) return this.inline.run(batch);
    this.pool ??= new WorkerPool(__filename, this.jobs - 1, this.settings);
    return this.pool.run(batch);
  }

  close(): Promise<void> {
    return this.pool?.close() ?? Promise.resolve();
  }
}

/** A usage problem in the options, or undefined. */
function invalid(options: CliOptions): string | undefined {
  if (options.encoding !== undefined && !isSupportedEncoding(options.encoding)) return `--encoding ${options.encoding}: not an encoding this Node.js can decode`;
  try {
    walkFilter(options.include, options.exclude);
  } catch (error) {
    return error instanceof Error ? error.message : String(error);
  }
  return undefined;
}

/** One file's `--json` prints the bare object the evaluation reads. */
function isSingle(options: CliOptions): boolean {
  if (options.format !== 'json' || options.input !== 'text' || options.paths.length !== 1) return false;
  const path = options.paths[0]!;
  try {
    return path === '-' || !statSync(path).isDirectory();
  } catch {
    return true;
  }
}

class Run {
  private readonly summary = new FolderSummary();
  private readonly progress: Progress | undefined;
  private readonly totals: Promise<void> | undefined;
  private articles = 0;
  private bytes = 0;
  private skipped = 0;
  private wroteItem = false;

  constructor(private readonly options: CliOptions, private readonly settings: RunSettings, private readonly out: Output) {
    const stderr = process.stderr;
    this.progress = options.progress && stderr.isTTY ? new Progress(stderr) : undefined;
    if (this.progress) this.totals = countTotals(options).then(total => total && this.progress?.setTotal(total));
  }

  readonly report = (message: string): void => {
    this.skipped++;
    this.progress?.clear();
    process.stderr.write(`isnad: ${message}\n`);
  };

  private async write(result: BatchResult): Promise<void> {
    for (const message of result.skipped) this.report(message);
    if (result.summary) this.summary.add(result.summary);
    if (result.out.length > 0) {
      if (this.wroteItem) await this.out.write(separator(this.settings.format, this.settings.single));
      await this.out.write(result.out);
      this.wroteItem = true;
    }
    this.articles += result.articles;
    this.bytes += result.bytes;
    this.progress?.update(this.articles, this.bytes);
  }

  async execute(runner: Runner, window: number): Promise<number> {
    const { format, single } = this.settings;
    await this.out.write(outputStart(format, single, this.options.input));
    const queue: Promise<BatchResult>[] = [];
    for await (const batch of batchesOf(this.options, (path, why) => this.report(`cannot read ${path}: ${why}`))) {
      if (this.out.isClosed) break;
      queue.push(runner.run(batch));
      while (queue.length >= window) await this.write(await queue.shift()!);
    }
    while (queue.length > 0) await this.write(await queue.shift()!);
    await this.out.write(outputEnd(format, single, this.articles));
    if (format === 'summary') await this.out.write(summaryTables(this.summary));
    if (this.progress) {
      // The last state, complete, before the bar goes: a short run may end before its first redraw.
      await this.totals;
      this.progress.update(this.articles, this.bytes, true);
      this.progress.clear();
    }
    if (this.skipped === 0) return 0;
    process.stderr.write(`isnad: ${this.skipped} input${this.skipped === 1 ? '' : 's'} skipped\n`);
    return 1;
  }
}

export async function main(argv: readonly string[]): Promise<number> {
  const parsed = parseArgs(argv, availableParallelism());
  if (parsed.kind === 'help') {
    process.stdout.write(HELP + '\n');
    return 0;
  }
  const problem = parsed.kind === 'error' ? parsed.message : invalid(parsed.options);
  if (parsed.kind === 'error' || problem !== undefined) {
    process.stderr.write(`isnad: ${problem}\n`);
    return 2;
  }
  const options = parsed.options;
  const settings: RunSettings = { format: options.format, single: isSingle(options), ...(options.encoding !== undefined ? { encoding: options.encoding } : {}) };
  const runner = new Threads(options.jobs, settings);
  let closedEarly = false;
  const out = new Output(process.stdout, () => (closedEarly = true));
  try {
    const status = await new Run(options, settings, out).execute(runner, options.jobs * BATCHES_PER_THREAD);
    return closedEarly ? 0 : status;
  } catch (error) {
    process.stderr.write(`isnad: internal error: ${error instanceof Error ? error.stack ?? error.message : String(error)}\n`);
    return 3;
  } finally {
    await runner.close();
  }
}
