/**
 * One analysis per document version, shared by highlighting, the panel, symbols, hovers and checks.
 * Edits are collected behind a delay that grows with the document (editDelay.ts: a short article is
 * read again almost at once, a long one not at every keystroke); a newer edit cancels the pending
 * run, and a result for a version that is no longer current is never published. Switching editors
 * analyses at once, so a tab shows its highlights without a delay. A change of language (Arabic
 * News mode) keeps the analysis when the text is still served: the words have not changed.
 *
 * Long documents are analysed off the extension host's thread when the host can run a worker (the
 * desktop one can, VS Code for the Web here does not), so a 1 MB article never freezes typing in
 * every other editor; short ones are analysed on it, where the analysis takes a few milliseconds
 * and a round trip to the worker would only add latency.
 */
import * as vscode from 'vscode';
import { STORY_CHARS, StoryMemo, analyze } from '../core';
import type { Analysis, AnalyzeOptions } from '../core/types';
import type { AnalysisWorkerClient, StoriesRead } from './analysisWorkerClient';
import type { ConfigSource } from './config';
import { ARABIC_NEWS, eligibility, servesLanguage, type Eligibility } from './documentFilter';
import { editDelayMs } from './editDelay';
import { guarded, logError, logInfo } from './log';

/**
 * From this many characters (UTF-16 code units: about 180 KB of Arabic UTF-8) a document is analysed
 * in the worker. Measured in the extension host (see the integration test that prints
 * `[isnad-bench] analyze-by-size`): below it the analysis takes a few tens of milliseconds on the
 * host, no more than a worker round trip of the same text.
 */
export const OFF_THREAD_MIN_CHARS = 100_000;

export interface DocumentAnalysis {
  readonly document: vscode.TextDocument;
  readonly version: number;
  /** The document's language when it was analysed: served or not depends on it. */
  readonly languageId: string;
  readonly state: Eligibility;
  /** Present when `state` is `served`. */
  readonly analysis?: Analysis;
  /** Characters in the document, for the size-limit message. */
  readonly size: number;
  /** How long `analyze` took, in milliseconds, wherever it ran (printed by the editor benchmark). */
  readonly durationMs: number;
  /** Where `analyze` ran: on the extension host's thread, or in the analysis worker. */
  readonly ranOn: 'host' | 'worker';
  /** What reading the worker's reply cost the extension host, in milliseconds (0 on the host). */
  readonly receiveMs: number;
  /** From the start of the run to this publication, in milliseconds (a worker's queue included). */
  readonly elapsedMs: number;
  /** For a document of several stories: how many, and how many the analysis did not read again (StoryMemo). */
  readonly stories?: StoriesRead;
}

/** A document version whose analysis went to the worker. */
export interface WorkerRun {
  readonly document: vscode.TextDocument;
  readonly version: number;
}

interface Pending {
  readonly timer: ReturnType<typeof setTimeout>;
  readonly cancellation: vscode.CancellationTokenSource;
  /** The run is skipped when no editor shows the document by then. */
  readonly onlyIfVisible: boolean;
}

interface InFlight extends WorkerRun {
  readonly job: number;
}

export class AnalysisCache implements vscode.Disposable {
  private readonly entries = new Map<string, DocumentAnalysis>();
  /**
   * The stories of the last analysis of each document long enough to hold several, analysed on this
   * thread (the web, or no worker): an edit then reads again only the story it touched.
   */
  private readonly memos = new WeakMap<vscode.TextDocument, StoryMemo>();
  private readonly pending = new Map<string, Pending>();
  private readonly inFlight = new Map<string, InFlight>();
  private jobs = 0;
  private readonly emitter = new vscode.EventEmitter<DocumentAnalysis>();
  private readonly closedEmitter = new vscode.EventEmitter<vscode.Uri>();
  private readonly startEmitter = new vscode.EventEmitter<WorkerRun>();
  private readonly dropEmitter = new vscode.EventEmitter<WorkerRun>();
  /** Fires with every newly published analysis (or skip decision) of a document version. */
  readonly onDidChangeAnalysis = this.emitter.event;
  /** Fires when a document is closed and its analysis dropped. */
  readonly onDidForget = this.closedEmitter.event;
  /** Fires when a document version is sent to the worker. */
  readonly onDidStartWorkerRun = this.startEmitter.event;
  /** Fires when the worker's analysis of a version arrives after the document (or the settings) changed, and is dropped. */
  readonly onDidDropWorkerRun = this.dropEmitter.event;
  private readonly subscriptions: vscode.Disposable[];

  /** @param offThread the analysis worker; without one (VS Code for the Web) everything runs here */
  constructor(private readonly config: ConfigSource, private readonly offThread?: AnalysisWorkerClient) {
    this.subscriptions = [
      this.emitter,
      this.closedEmitter,
      this.startEmitter,
      this.dropEmitter,
      vscode.workspace.onDidChangeTextDocument(guarded('cache.edit', e => {
        const key = e.document.uri.toString();
        if (this.entries.has(key) || this.inFlight.has(key) || isVisible(e.document)) this.schedule(e.document);
      })),
      vscode.workspace.onDidOpenTextDocument(guarded('cache.open', d => {
        // setTextDocumentLanguage closes and reopens the document under its new language.
        this.schedule(d, 0, true);
      })),
      vscode.workspace.onDidCloseTextDocument(guarded('cache.close', d => this.forget(d))),
      vscode.window.onDidChangeVisibleTextEditors(guarded('cache.editors', editors => {
        for (const editor of editors) this.start(editor.document);
      })),
      vscode.window.onDidChangeActiveTextEditor(guarded('cache.active', editor => {
        if (editor) this.start(editor.document);
      })),
      config.onDidChange(guarded('cache.config', () => {
        // Every analysed document, visible or not, so the Problems panel follows a switched-off check;
        // a run in the worker used the old settings, so its result is dropped and the run restarted.
        const analysed = [...this.entries.values(), ...this.inFlight.values()].map(e => e.document);
        this.entries.clear();
        this.inFlight.clear();
        for (const document of new Set([...analysed, ...vscode.window.visibleTextEditors.map(e => e.document)])) {
          if (!document.isClosed) this.start(document);
        }
      })),
    ];
  }

  /** The published analysis of the document's current version, if there is one. */
  peek(document: vscode.TextDocument): DocumentAnalysis | undefined {
    const entry = this.entries.get(document.uri.toString());
    // A closed untitled file and the next new one share a URI (untitled:Untitled-1) and a version,
    // so the document object itself must match.
    return entry && entry.version === document.version && entry.document === document && entry.languageId === document.languageId ? entry : undefined;
  }

  /**
   * Starts the analysis of the current version now, unless it is published or already in the worker.
   * Returns the entry when it is ready at once (published, or a short document analysed here).
   */
  start(document: vscode.TextDocument): DocumentAnalysis | undefined {
    const published = this.peek(document);
    if (published) return published;
    const key = document.uri.toString();
    if (this.isInFlight(key, document)) return undefined;
    this.cancel(key);
    const relabelled = this.relabel(document);
    if (relabelled) return relabelled;
    const version = document.version;
    // The language decides first, so a TypeScript file never has its text copied out.
    const text = servesLanguage(document, this.config.value) ? document.getText() : '';
    const state = eligibility(document, this.config.value, text);
    if (state === 'served' && this.offThread?.available && text.length >= OFF_THREAD_MIN_CHARS) {
      this.startInWorker(document, key, version, text);
      return undefined;
    }
    // A short version supersedes a long one still in the worker (most of the text was deleted).
    this.inFlight.delete(key);
    const started = Date.now();
    const memo = state === 'served' ? this.memoFor(document, text.length) : undefined;
    const analysis = state === 'served' ? analyzeHere(text, this.config.value.analyzeOptions, memo) : undefined;
    const durationMs = Date.now() - started;
    const stories = memo && analysis ? { total: memo.size, reused: memo.reused } : undefined;
    return this.publish({ document, version, languageId: document.languageId, state: analysis || state !== 'served' ? state : 'notServed', analysis, size: text.length, durationMs, ranOn: 'host', receiveMs: 0, elapsedMs: durationMs, stories });
  }

  /**
   * The analysis of this very version under the document's new language, when the language changed
   * (Plain Text to Arabic News as a file opens) and the text is served under both: the same words
   * give the same analysis, so a 1 MB article is not read twice as it opens.
   */
  private relabel(document: vscode.TextDocument): DocumentAnalysis | undefined {
    const entry = this.entries.get(document.uri.toString());
    if (!entry?.analysis || entry.document !== document || entry.version !== document.version) return undefined;
    // Plain text is served only when it reads as Arabic, which the analysis has measured.
    const served = servesLanguage(document, this.config.value) && (document.languageId === ARABIC_NEWS || entry.analysis.isArabic);
    return served ? this.publish({ ...entry, languageId: document.languageId, durationMs: 0, receiveMs: 0, elapsedMs: 0 }) : undefined;
  }

  /** The analysis of the current version, started now when it is neither published nor on its way. */
  current(document: vscode.TextDocument, token?: vscode.CancellationToken): Promise<DocumentAnalysis | undefined> {
    const ready = this.start(document);
    return ready ? Promise.resolve(ready) : this.whenCurrent(document, token);
  }

  /**
   * Resolves with the analysis of the document's version at the time of the call, or a later one
   * (undefined when cancelled or closed first). It waits for the pending (debounced) run rather than
   * analysing at once, so a provider that VS Code calls right after each keystroke (outline,
   * breadcrumbs) never makes typing wait for an analysis.
   */
  whenCurrent(document: vscode.TextDocument, token?: vscode.CancellationToken): Promise<DocumentAnalysis | undefined> {
    const now = this.peek(document);
    if (now) return Promise.resolve(now);
    const key = document.uri.toString();
    const pending = this.pending.get(key);
    if (!this.isInFlight(key, document) && (!pending || pending.onlyIfVisible)) this.schedule(document, 0);
    return new Promise(resolve => {
      const done = (entry: DocumentAnalysis | undefined) => {
        listener.dispose();
        closed.dispose();
        cancelled?.dispose();
        resolve(entry);
      };
      const listener = this.onDidChangeAnalysis(entry => {
        if (entry.document !== document || entry.version < document.version) return;
        // A long document's outline (thousands of symbols) is built in a task of its own, not in the
        // one that already redraws its highlights and panel, so neither holds the host for long.
        if (entry.ranOn === 'worker') setTimeout(() => done(entry), 0);
        else done(entry);
      });
      const closed = vscode.workspace.onDidCloseTextDocument(d => {
        if (d === document) done(undefined);
      });
      const cancelled = token?.onCancellationRequested(() => done(undefined));
    });
  }

  /** Re-analyses after the edit delay; a later call for the same document supersedes this one. */
  schedule(document: vscode.TextDocument, delay?: number, onlyIfVisible = false): void {
    const key = document.uri.toString();
    // The size of the last analysis stands for the document's: an edit seldom changes it much.
    delay ??= editDelayMs(this.entries.get(key)?.size ?? document.offsetAt(document.lineAt(document.lineCount - 1).range.end));
    this.cancel(key);
    const cancellation = new vscode.CancellationTokenSource();
    const timer = setTimeout(guarded('cache.run', () => {
      this.pending.delete(key);
      const wanted = !onlyIfVisible || isVisible(document);
      if (!cancellation.token.isCancellationRequested && !document.isClosed && wanted) this.start(document);
      cancellation.dispose();
    }), delay);
    this.pending.set(key, { timer, cancellation, onlyIfVisible });
  }

  /**
   * Analyses a document whatever its language or share of Arabic (a user asked for it), in the worker
   * when it is long; undefined above the size limit.
   */
  async analyzeAnyway(document: vscode.TextDocument): Promise<Analysis | undefined> {
    const text = document.getText();
    const options = this.config.value.analyzeOptions;
    if (text.length > this.config.value.maxFileSize) return undefined;
    if (this.offThread?.available && text.length >= OFF_THREAD_MIN_CHARS) {
      const result = await this.offThread.analyze(`anyway:${document.uri.toString()}`, text, options);
      if (result.kind === 'done') return result.analysis;
      if (result.kind === 'superseded') return undefined;
    }
    return analyzeHere(text, options);
  }

  private memoFor(document: vscode.TextDocument, length: number): StoryMemo | undefined {
    if (length <= STORY_CHARS) {
      this.memos.delete(document);
      return undefined;
    }
    let memo = this.memos.get(document);
    if (memo === undefined) this.memos.set(document, memo = new StoryMemo());
    return memo;
  }

  private isInFlight(key: string, document: vscode.TextDocument): boolean {
    const run = this.inFlight.get(key);
    return run !== undefined && run.document === document && run.version === document.version;
  }

  private startInWorker(document: vscode.TextDocument, key: string, version: number, text: string): void {
    const job = ++this.jobs;
    const options = this.config.value.analyzeOptions;
    const languageId = document.languageId;
    const started = Date.now();
    this.inFlight.set(key, { document, version, job });
    this.startEmitter.fire({ document, version });
    void this.offThread!.analyze(key, text, options).then(guarded('cache.worker', result => {
      const current = this.inFlight.get(key)?.job === job;
      if (current) this.inFlight.delete(key);
      if (result.kind === 'superseded' || document.isClosed) return;
      if (!current || document.version !== version) {
        // The edit that made it stale scheduled the next run already.
        if (result.kind === 'done') this.dropEmitter.fire({ document, version });
        return;
      }
      if (result.kind === 'failed') {
        // The worker crashed or gave up: this version is analysed here (the failure was logged).
        const at = Date.now();
        const analysis = analyzeHere(text, options);
        this.publish({ document, version, languageId, state: analysis ? 'served' : 'notServed', analysis, size: text.length, durationMs: Date.now() - at, ranOn: 'host', receiveMs: 0, elapsedMs: Date.now() - started });
      } else {
        this.publish({ document, version, languageId, state: 'served', analysis: result.analysis, size: text.length, durationMs: result.analyzeMs, ranOn: 'worker', receiveMs: result.parseMs, elapsedMs: Date.now() - started, stories: result.stories });
      }
      // The file switched to Arabic News while the worker read it: the same analysis, relabelled.
      if (document.languageId !== languageId) this.start(document);
    }));
  }

  private publish(fields: DocumentAnalysis): DocumentAnalysis {
    const entry = Object.freeze(fields);
    this.entries.set(entry.document.uri.toString(), entry);
    if (entry.durationMs > 100) {
      logInfo(`analysed ${entry.document.uri.toString(true)} v${entry.version} (${entry.size} characters) in ${entry.durationMs} ms on the ${entry.ranOn === 'worker' ? `analysis worker (${entry.receiveMs} ms to read its reply)` : 'extension host'}`);
    }
    this.emitter.fire(entry);
    return entry;
  }

  private cancel(key: string): void {
    const pending = this.pending.get(key);
    if (!pending) return;
    clearTimeout(pending.timer);
    pending.cancellation.cancel();
    pending.cancellation.dispose();
    this.pending.delete(key);
  }

  private forget(document: vscode.TextDocument): void {
    // A change of language closes and reopens the same document, which stays open: its analysis
    // is kept for the reopening (see relabel).
    if (!document.isClosed) return;
    const key = document.uri.toString();
    const entry = this.entries.get(key) ?? this.inFlight.get(key);
    // The close event of an untitled file can arrive after a new file took over its URI.
    if (entry && entry.document !== document) return;
    this.cancel(key);
    if (this.inFlight.delete(key)) this.offThread?.forget(key);
    if (this.entries.delete(key)) this.closedEmitter.fire(document.uri);
  }

  dispose(): void {
    for (const key of [...this.pending.keys()]) this.cancel(key);
    this.entries.clear();
    this.inFlight.clear();
    this.offThread?.dispose();
    for (const s of this.subscriptions) s.dispose();
  }
}

/** The engine promises never to throw; if it does, the document is shown as unanalysed. */
function analyzeHere(text: string, options: AnalyzeOptions, memo?: StoryMemo): Analysis | undefined {
  try {
    return analyze(text, options, memo);
  } catch (error) {
    logError('analyze', error);
    return undefined;
  }
}

function isVisible(document: vscode.TextDocument): boolean {
  return vscode.window.visibleTextEditors.some(e => e.document === document);
}
