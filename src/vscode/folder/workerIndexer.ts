/**
 * The folder index's files read and analysed on a worker thread (dist/folderIndexWorker.js), the
 * desktop's way: the extension host sends paths and receives digests as JSON text. Files that have
 * no path on this machine (another file system's scheme) go to the fallback, as everything does if
 * the thread fails. Desktop only: extension.ts is its one importer (VS Code for the Web has no
 * worker threads).
 */
import { Worker } from 'node:worker_threads';
import type { IndexOutcome, IndexRequest, IndexSettings } from './indexFile';
import type { Indexer } from './indexer';

export interface WorkerFile extends IndexRequest {
  readonly path: string;
}

export interface WorkerIndexRequest {
  readonly id: number;
  readonly files: readonly WorkerFile[];
  readonly settings: IndexSettings;
}

export interface WorkerIndexReply {
  readonly id: number;
  readonly outcomes: readonly IndexOutcome[];
}

export class WorkerIndexer implements Indexer {
  private worker: Worker | undefined;
  private failed = false;
  private disposed = false;
  private nextId = 1;
  private readonly pending = new Map<number, { resolve: (outcomes: readonly IndexOutcome[]) => void; reject: (error: Error) => void }>();

  /**
   * @param toPath the file-system path of a URI, or undefined when it has none
   * @param onFailure told once, when the thread fails and the fallback takes over
   */
  constructor(
    private readonly script: string,
    private readonly toPath: (uri: string) => string | undefined,
    private readonly fallback: Indexer,
    private readonly onFailure: (error: unknown) => void,
  ) {}

  async index(requests: readonly IndexRequest[], settings: IndexSettings): Promise<IndexOutcome[]> {
    const files: WorkerFile[] = [];
    const elsewhere: IndexRequest[] = [];
    for (const request of requests) {
      const path = this.failed ? undefined : this.toPath(request.uri);
      if (path === undefined) elsewhere.push(request);
      else files.push({ ...request, path });
    }
    const [threaded, other] = await Promise.all([
      files.length > 0 ? this.send(files, settings).catch(() => (this.disposed ? [] : this.fallback.index(files, settings))) : [],
      elsewhere.length > 0 ? this.fallback.index(elsewhere, settings) : [],
    ]);
    const byUri = new Map([...threaded, ...other].map(o => [o.uri, o]));
    return requests.flatMap(r => byUri.get(r.uri) ?? []);
  }

  private send(files: readonly WorkerFile[], settings: IndexSettings): Promise<readonly IndexOutcome[]> {
    const worker = this.ensureWorker();
    const id = this.nextId++;
    return new Promise((resolve, reject) => {
      this.pending.set(id, { resolve, reject });
      const request: WorkerIndexRequest = { id, files, settings };
      worker.postMessage(request);
    });
  }

  private ensureWorker(): Worker {
    if (this.worker) return this.worker;
    // No inherited flags: an extension host being debugged runs with --inspect-brk.
    const worker = new Worker(this.script, { name: 'isnad-folder-index', execArgv: [] });
    // The thread must not keep a closing extension host alive.
    worker.unref();
    worker.on('message', (reply: WorkerIndexReply) => {
      const pending = this.pending.get(reply.id);
      this.pending.delete(reply.id);
      pending?.resolve(reply.outcomes);
    });
    const fail = (error: unknown) => this.fail(worker, error);
    worker.on('error', fail);
    worker.on('messageerror', fail);
    worker.on('exit', code => fail(new Error(`the folder index worker exited with code ${code}`)));
    this.worker = worker;
    return worker;
  }

  private fail(worker: Worker, error: unknown): void {
    if (this.worker !== worker) return;
    this.worker = undefined;
    this.failed = true;
    void worker.terminate();
    this.onFailure(error);
    const failure = error instanceof Error ? error : new Error(String(error));
    for (const pending of this.pending.values()) pending.reject(failure);
    this.pending.clear();
  }

  dispose(): void {
    this.disposed = true;
    const worker = this.worker;
    this.worker = undefined;
    worker?.removeAllListeners();
    void worker?.terminate();
    for (const pending of this.pending.values()) pending.reject(new Error('the folder index was closed'));
    this.pending.clear();
    this.fallback.dispose();
  }
}
