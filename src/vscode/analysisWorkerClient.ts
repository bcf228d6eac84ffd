/**
 * Sends analyses to a worker thread, so a long article never freezes the extension host while
 * someone types. Knows nothing of VS Code or of Node: the worker is anything that takes requests
 * and answers them (a `worker_threads` Worker in the desktop host, a fake in the unit tests).
 *
 * One request runs at a time, and each document keeps at most one request waiting behind it: a newer
 * edit replaces the waiting one (which resolves `superseded` and never runs), so typing into a long
 * article queues one analysis, not one per pause. A result that arrives for a version that is no
 * longer current is the caller's to drop; this class only hands it back.
 */
import type { Analysis, AnalyzeOptions } from '../core/types';

export interface AnalysisRequest {
  readonly id: number;
  /** The document's key: the worker keeps the stories of its last analysis under it (see StoryMemo). */
  readonly key: string;
  readonly text: string;
  readonly options: AnalyzeOptions;
}

/**
 * The worker's answer. The analysis travels as JSON text: `JSON.parse` of a 1 MB article's analysis
 * takes a fifth of the time the structured clone of the same objects takes to deserialize, and
 * the parse is what the extension host waits for.
 */
export type AnalysisReply =
  | { readonly id: number; readonly json: string; readonly analyzeMs: number; readonly stories?: StoriesRead }
  | { readonly id: number; readonly error: string };

/**
 * An analysis as the JSON text of a reply; speakers' mention offsets travel as plain arrays. The
 * speakers are copied with their arrays rather than converted by a replacer function, which would
 * be called for every value of the analysis and doubles the time of a 1 MB article's encoding.
 */
export function encodeAnalysis(analysis: Analysis): string {
  return JSON.stringify({ ...analysis, speakers: analysis.speakers.map(s => ({ ...s, mentions: Array.from(s.mentions) })) });
}

/** The analysis of a reply's JSON text, mention offsets back in their `Int32Array`s; throws on malformed text. */
export function decodeAnalysis(json: string): Analysis {
  const analysis = JSON.parse(json) as Analysis;
  const speakers = analysis.speakers as unknown as { mentions: unknown }[];
  for (const s of speakers) s.mentions = Int32Array.from(s.mentions as ArrayLike<number>);
  return analysis;
}

/** How many stories the analysis of a long document had, and how many of them it took from its StoryMemo unread. */
export interface StoriesRead {
  readonly total: number;
  readonly reused: number;
}

export interface WorkerLike {
  postMessage(request: AnalysisRequest): void;
  /** Called once: replies arrive on `onReply`, and `onFailure` when the worker dies or cannot start. */
  start(onReply: (reply: AnalysisReply) => void, onFailure: (error: unknown) => void): void;
  terminate(): void;
}

export type OffThreadResult =
  /** `analyzeMs` ran in the worker; `parseMs` is what reading the reply cost this thread. */
  | { readonly kind: 'done'; readonly analysis: Analysis; readonly analyzeMs: number; readonly parseMs: number; readonly stories?: StoriesRead }
  /** A newer request for the same document replaced this one before it ran, or the client was disposed. */
  | { readonly kind: 'superseded' }
  /** The worker failed on this request or is unavailable: analyse on this thread instead. */
  | { readonly kind: 'failed' };

interface Job {
  readonly request: AnalysisRequest;
  readonly key: string;
  readonly resolve: (result: OffThreadResult) => void;
}

export class AnalysisWorkerClient {
  private worker: WorkerLike | undefined;
  private running: Job | undefined;
  private readonly waiting = new Map<string, Job>();
  private nextId = 1;
  private failures = 0;
  private disposed = false;

  /**
   * @param createWorker called lazily, again after a crash (up to `maxFailures` times in all)
   * @param onFailure told of each failure; `gaveUp` when no worker will be started again
   */
  constructor(
    private readonly createWorker: () => WorkerLike,
    private readonly onFailure: (error: unknown, gaveUp: boolean) => void,
    private readonly maxFailures = 3,
    private readonly now: () => number = () => Date.now(),
  ) {}

  /** False once the worker failed `maxFailures` times: every request then resolves `failed` at once. */
  get available(): boolean {
    return !this.disposed && this.failures < this.maxFailures;
  }

  /** Requests waiting or running, for tests. */
  get size(): number {
    return this.waiting.size + (this.running ? 1 : 0);
  }

  analyze(key: string, text: string, options: AnalyzeOptions): Promise<OffThreadResult> {
    if (!this.available) return Promise.resolve(this.disposed ? { kind: 'superseded' } : { kind: 'failed' });
    return new Promise(resolve => {
      this.waiting.get(key)?.resolve({ kind: 'superseded' });
      this.waiting.set(key, { request: { id: this.nextId++, key, text, options }, key, resolve });
      this.pump();
    });
  }

  /** Drops the document's waiting request (a closed document); one already running finishes unread. */
  forget(key: string): void {
    this.waiting.get(key)?.resolve({ kind: 'superseded' });
    this.waiting.delete(key);
  }

  private pump(): void {
    if (this.running || this.waiting.size === 0 || !this.available) return;
    const [key, job] = this.waiting.entries().next().value as [string, Job];
    this.waiting.delete(key);
    this.running = job;
    try {
      this.ensureWorker().postMessage(job.request);
    } catch (error) {
      this.fail(error);
    }
  }

  private ensureWorker(): WorkerLike {
    if (this.worker) return this.worker;
    const worker = this.createWorker();
    this.worker = worker;
    worker.start(
      reply => {
        if (this.worker === worker) this.receive(reply);
      },
      error => {
        if (this.worker === worker) this.fail(error);
      },
    );
    return worker;
  }

  private receive(reply: AnalysisReply): void {
    const job = this.running;
    if (!job || job.request.id !== reply.id) return;
    this.running = undefined;
    if ('error' in reply) {
      // The engine threw inside the worker: this document is analysed on the host, the worker stays.
      job.resolve({ kind: 'failed' });
    } else {
      const started = this.now();
      let analysis: Analysis | undefined;
      try {
        analysis = decodeAnalysis(reply.json);
      } catch {
        analysis = undefined;
      }
      job.resolve(analysis ? { kind: 'done', analysis, analyzeMs: reply.analyzeMs, parseMs: this.now() - started, stories: reply.stories } : { kind: 'failed' });
    }
    this.pump();
  }

  private fail(error: unknown): void {
    const worker = this.worker;
    this.worker = undefined;
    try {
      worker?.terminate();
    } catch {
      // already gone
    }
    this.failures++;
    const gaveUp = this.failures >= this.maxFailures;
    this.onFailure(error, gaveUp);
    this.running?.resolve({ kind: 'failed' });
    this.running = undefined;
    if (gaveUp) {
      for (const job of this.waiting.values()) job.resolve({ kind: 'failed' });
      this.waiting.clear();
    } else {
      this.pump();
    }
  }

  dispose(): void {
    this.disposed = true;
    this.running?.resolve({ kind: 'superseded' });
    this.running = undefined;
    for (const job of this.waiting.values()) job.resolve({ kind: 'superseded' });
    this.waiting.clear();
    this.worker?.terminate();
    this.worker = undefined;
  }
}
