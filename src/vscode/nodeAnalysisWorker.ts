/**
 * The desktop (Node) extension host's analysis thread: a `worker_threads` Worker running
 * dist/analysisWorker.js. VS Code for the Web has no worker_threads, so only the desktop entry
 * (extension.ts) imports this file.
 */
import { Worker } from 'node:worker_threads';
import type { AnalysisReply, WorkerLike } from './analysisWorkerClient';

export function nodeAnalysisWorker(script: string): WorkerLike {
  let worker: Worker | undefined;
  return {
    start(onReply, onFailure) {
      // No inherited flags: an extension host being debugged runs with --inspect-brk, which is not
      // the worker's to take.
      worker = new Worker(script, { name: 'isnad-analysis', execArgv: [] });
      // The thread must not keep a closing extension host alive.
      worker.unref();
      worker.on('message', (reply: AnalysisReply) => onReply(reply));
      worker.on('error', error => onFailure(error));
      worker.on('messageerror', error => onFailure(error));
      worker.on('exit', code => onFailure(new Error(`the analysis worker exited with code ${code}`)));
    },
    postMessage(request) {
      if (!worker) throw new Error('the analysis worker was not started');
      worker.postMessage(request);
    },
    terminate() {
      const w = worker;
      worker = undefined;
      w?.removeAllListeners();
      void w?.terminate();
    },
  };
}
