/**
 * Where batches are analysed: on this thread (`--jobs 1`: no thread to start, no message to copy) or
 * on N worker threads running this same script (dist/cli.js), each given the batch to the thread
 * with the fewest waiting. Results come back as promises; the caller awaits them in input order.
 */
import { Worker } from 'node:worker_threads';
import { processBatch, type Batch, type BatchResult, type RunSettings } from './batch';

export interface Runner {
  run(batch: Batch): Promise<BatchResult>;
  close(): Promise<void>;
}

/** Marks a worker thread of the CLI (see cli.ts), and carries the run's settings to it. */
export interface WorkerData {
  readonly isnadCliWorker: true;
  readonly settings: RunSettings;
}

export class InlineRunner implements Runner {
  constructor(private readonly settings: RunSettings) {}

  run(batch: Batch): Promise<BatchResult> {
    return Promise.resolve(processBatch(batch, this.settings));
  }

  async close(): Promise<void> {}
}

interface Pending {
  readonly resolve: (result: BatchResult) => void;
  readonly reject: (error: Error) => void;
}

class Thread {
  readonly pending = new Map<number, Pending>();
  readonly worker: Worker;

  closing = false;

  constructor(script: string, data: WorkerData, onFailure: (error: Error) => void) {
    this.worker = new Worker(script, { workerData: data });
    this.worker.on('message', (result: BatchResult) => {
      const pending = this.pending.get(result.seq);
      this.pending.delete(result.seq);
      pending?.resolve(result);
    });
    this.worker.on('error', onFailure);
    this.worker.on('exit', code => {
      if (!this.closing && this.pending.size > 0) onFailure(new Error(`a worker thread exited with code ${code}`));
    });
  }
}

export class WorkerPool implements Runner {
  private readonly threads: Thread[];
  private failure: Error | undefined;

  constructor(script: string, jobs: number, settings: RunSettings) {
    const data: WorkerData = { isnadCliWorker: true, settings };
    this.threads = Array.from({ length: jobs }, () => new Thread(script, data, error => this.fail(error)));
  }

  run(batch: Batch): Promise<BatchResult> {
    if (this.failure) return Promise.reject(this.failure);
    const thread = this.threads.reduce((a, b) => (b.pending.size < a.pending.size ? b : a));
    return new Promise((resolve, reject) => {
      thread.pending.set(batch.seq, { resolve, reject });
      // The bytes of standard input move to the thread instead of being copied.
      thread.worker.postMessage(batch, batch.kind === 'files' ? [] : [batch.bytes.buffer as ArrayBuffer]);
    });
  }

  /** A thread that dies fails every batch still waiting: a bug, not a bad input (those are skipped). */
  private fail(error: Error): void {
    this.failure ??= error;
    for (const thread of this.threads) {
      for (const pending of thread.pending.values()) pending.reject(error);
      thread.pending.clear();
    }
  }

  /** Stops the threads; batches still running (the reader of the output left) are dropped unanswered. */
  async close(): Promise<void> {
    for (const thread of this.threads) thread.closing = true;
    await Promise.all(this.threads.map(t => t.worker.terminate()));
  }
}
