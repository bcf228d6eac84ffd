/** A worker thread of the CLI: analyses each batch the main thread sends and answers with its text. */
import { parentPort, workerData } from 'node:worker_threads';
import { processBatch, type Batch } from './batch';
import type { WorkerData } from './pool';

export function runWorker(): void {
  const { settings } = workerData as WorkerData;
  const port = parentPort;
  port?.on('message', (batch: Batch) => {
    const result = processBatch(batch, settings);
    port.postMessage(result, [result.out.buffer as ArrayBuffer]);
  });
}

/** Whether this thread is one of the CLI's workers (they run the same script as the main thread). */
export function isCliWorker(): boolean {
  return (workerData as Partial<WorkerData> | null)?.isnadCliWorker === true;
}
