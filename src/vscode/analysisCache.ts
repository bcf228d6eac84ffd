/**
 * One analysis per document version, shared by highlighting, the tree, symbols, hovers and checks.
 * Edits are collected behind a short delay (typing a word re-analyses once, not per keystroke); a
 * newer edit cancels the pending run, and a result for a version that is no longer current is never
 * published. Switching editors analyses at once, so a tab shows its highlights without a delay.
 */
import * as vscode from 'vscode';
import { analyze } from '../core';
import type { Analysis } from '../core/types';
import type { ConfigSource } from './config';
import { eligibility, servesLanguage, type Eligibility } from './documentFilter';
import { guarded, logError, logInfo } from './log';

export const EDIT_DELAY_MS = 250;

export interface DocumentAnalysis {
  readonly document: vscode.TextDocument;
  readonly version: number;
  readonly state: Eligibility;
  /** Present when `state` is `served`. */
  readonly analysis?: Analysis;
  /** Characters in the document, for the size-limit message. */
  readonly size: number;
  /** How long `analyze` took, in milliseconds (printed by the editor benchmark). */
  readonly durationMs: number;
}

interface Pending {
  readonly timer: ReturnType<typeof setTimeout>;
  readonly cancellation: vscode.CancellationTokenSource;
  /** The run is skipped when no editor shows the document by then. */
  readonly onlyIfVisible: boolean;
}

export class AnalysisCache implements vscode.Disposable {
  private readonly entries = new Map<string, DocumentAnalysis>();
  private readonly pending = new Map<string, Pending>();
  private readonly emitter = new vscode.EventEmitter<DocumentAnalysis>();
  private readonly closedEmitter = new vscode.EventEmitter<vscode.Uri>();
  /** Fires with every newly published analysis (or skip decision) of a document version. */
  readonly onDidChangeAnalysis = this.emitter.event;
  /** Fires when a document is closed and its analysis dropped. */
  readonly onDidForget = this.closedEmitter.event;
  private readonly subscriptions: vscode.Disposable[];

  constructor(private readonly config: ConfigSource) {
    this.subscriptions = [
      this.emitter,
      this.closedEmitter,
      vscode.workspace.onDidChangeTextDocument(guarded('cache.edit', e => {
        if (this.entries.has(e.document.uri.toString()) || isVisible(e.document)) this.schedule(e.document);
      })),
      vscode.workspace.onDidOpenTextDocument(guarded('cache.open', d => {
        // setTextDocumentLanguage closes and reopens the document under its new language.
        this.schedule(d, 0, true);
      })),
      vscode.workspace.onDidCloseTextDocument(guarded('cache.close', d => this.forget(d))),
      vscode.window.onDidChangeVisibleTextEditors(guarded('cache.editors', editors => {
        for (const editor of editors) this.getNow(editor.document);
      })),
      vscode.window.onDidChangeActiveTextEditor(guarded('cache.active', editor => {
        if (editor) this.getNow(editor.document);
      })),
      config.onDidChange(guarded('cache.config', () => {
        // Every analysed document, visible or not, so the Problems panel follows a switched-off check.
        const analysed = [...this.entries.values()].map(e => e.document);
        this.entries.clear();
        for (const document of new Set([...analysed, ...vscode.window.visibleTextEditors.map(e => e.document)])) {
          if (!document.isClosed) this.getNow(document);
        }
      })),
    ];
  }

  /** The published analysis of the document's current version, if there is one. */
  peek(document: vscode.TextDocument): DocumentAnalysis | undefined {
    const entry = this.entries.get(document.uri.toString());
    // A closed untitled file and the next new one share a URI (untitled:Untitled-1) and a version,
    // so the document object itself must match.
    return entry && entry.version === document.version && entry.document === document ? entry : undefined;
  }

  /** The analysis of the current version, computed now (and published) when it is missing or stale. */
  getNow(document: vscode.TextDocument): DocumentAnalysis {
    return this.peek(document) ?? this.run(document);
  }

  /**
   * Resolves with the analysis of the document's version at the time of the call, or a later one.
   * It waits for the pending (debounced) run rather than analysing at once, so a provider that VS
   * Code calls right after each keystroke (outline, breadcrumbs) never blocks typing.
   */
  whenCurrent(document: vscode.TextDocument, token?: vscode.CancellationToken): Promise<DocumentAnalysis | undefined> {
    const now = this.peek(document);
    if (now) return Promise.resolve(now);
    const pending = this.pending.get(document.uri.toString());
    if (!pending || pending.onlyIfVisible) this.schedule(document, 0);
    return new Promise(resolve => {
      const done = (entry: DocumentAnalysis | undefined) => {
        listener.dispose();
        cancelled?.dispose();
        resolve(entry);
      };
      const listener = this.onDidChangeAnalysis(entry => {
        if (entry.document === document && entry.version >= document.version) done(entry);
      });
      const cancelled = token?.onCancellationRequested(() => done(undefined));
    });
  }

  /** Re-analyses after the edit delay; a later call for the same document supersedes this one. */
  schedule(document: vscode.TextDocument, delay = EDIT_DELAY_MS, onlyIfVisible = false): void {
    const key = document.uri.toString();
    this.cancel(key);
    const cancellation = new vscode.CancellationTokenSource();
    const timer = setTimeout(() => {
      this.pending.delete(key);
      const wanted = !onlyIfVisible || isVisible(document);
      if (!cancellation.token.isCancellationRequested && !document.isClosed && wanted) this.getNow(document);
      cancellation.dispose();
    }, delay);
    this.pending.set(key, { timer, cancellation, onlyIfVisible });
  }

  private cancel(key: string): void {
    const pending = this.pending.get(key);
    if (!pending) return;
    clearTimeout(pending.timer);
    pending.cancellation.cancel();
    pending.cancellation.dispose();
    this.pending.delete(key);
  }

  private run(document: vscode.TextDocument): DocumentAnalysis {
    const key = document.uri.toString();
    this.cancel(key);
    const version = document.version;
    // The language decides first, so a TypeScript file never has its text copied out.
    const text = servesLanguage(document, this.config.value) ? document.getText() : '';
    const state = eligibility(document, this.config.value, text);
    let analysis: Analysis | undefined;
    const started = Date.now();
    if (state === 'served') {
      try {
        analysis = analyze(text, this.config.value.analyzeOptions);
      } catch (error) {
        // The engine promises never to throw; if it does, the document is shown as unanalysed.
        logError('analyze', error);
      }
    }
    const entry: DocumentAnalysis = Object.freeze({ document, version, state: analysis || state !== 'served' ? state : 'notServed', analysis, size: text.length, durationMs: Date.now() - started });
    this.entries.set(key, entry);
    if (entry.durationMs > 100) logInfo(`analysed ${document.uri.toString(true)} v${version} (${text.length} characters) in ${entry.durationMs} ms`);
    this.emitter.fire(entry);
    return entry;
  }

  private forget(document: vscode.TextDocument): void {
    const key = document.uri.toString();
    const entry = this.entries.get(key);
    // The close event of an untitled file can arrive after a new file took over its URI.
    if (entry && entry.document !== document) return;
    this.cancel(key);
    if (this.entries.delete(key)) this.closedEmitter.fire(document.uri);
  }

  dispose(): void {
    for (const key of [...this.pending.keys()]) this.cancel(key);
    this.entries.clear();
    for (const s of this.subscriptions) s.dispose();
  }
}

function isVisible(document: vscode.TextDocument): boolean {
  return vscode.window.visibleTextEditors.some(e => e.document === document);
}
