/**
 * Highlighting: one decoration type per kind, in theme colours the user can override
 * (`workbench.colorCustomizations`). Colour and underline only: bold Arabic is wider and would
 * shift wrapped lines, and font changes inside a word can break the joining of its letters.
 */
import * as vscode from 'vscode';
import type { AnalysisCache, DocumentAnalysis } from './analysisCache';
import type { ConfigSource, HighlightKind } from './config';
import { highlightKinds } from './config';
import { contextKeys } from './contextKeys';
import { highlightCount, highlightSpans, type HighlightSpans } from './highlightSpans';
import { guarded } from './log';
import { toRange } from './ranges';

function decorationType(kind: HighlightKind): vscode.TextEditorDecorationType {
  const color = (id: string) => new vscode.ThemeColor(`isnad.${id}`);
  switch (kind) {
    case 'quote':
      return vscode.window.createTextEditorDecorationType({ color: color('quoteForeground'), overviewRulerColor: color('quoteForeground'), overviewRulerLane: vscode.OverviewRulerLane.Right });
    case 'indirect':
      return vscode.window.createTextEditorDecorationType({ backgroundColor: color('indirectBackground') });
    case 'speaker':
      return vscode.window.createTextEditorDecorationType({ color: color('speakerForeground'), overviewRulerColor: color('speakerForeground'), overviewRulerLane: vscode.OverviewRulerLane.Left });
    case 'cue':
      return vscode.window.createTextEditorDecorationType({ color: color('cueForeground'), textDecoration: 'underline dotted' });
    case 'credit':
      return vscode.window.createTextEditorDecorationType({ color: color('creditForeground'), textDecoration: 'underline dashed' });
  }
}

/**
 * Above this many highlights in a document (highlightCount), only the lines around what the editor
 * shows are worked out and decorated (and again as it scrolls): tens of thousands of decorations
 * make every edit of a long file slow in the editor itself, while nobody sees more than a screenful.
 */
const WHOLE_DOCUMENT_LIMIT = 3000;
const MARGIN_LINES = 200;

interface LineWindow {
  readonly from: number;
  readonly to: number;
}

export interface AppliedHighlights {
  /** The document the ranges were applied to (an untitled file's URI can be reused by the next one). */
  readonly document: vscode.TextDocument;
  readonly version: number;
  readonly ranges: Readonly<Record<HighlightKind, readonly vscode.Range[]>>;
}

export class Highlighter implements vscode.Disposable {
  private readonly types = new Map<HighlightKind, vscode.TextEditorDecorationType>(highlightKinds.map(k => [k, decorationType(k)]));
  private enabled = true;
  /** By document object: a closed untitled file and the next one share a URI. */
  private readonly applied = new WeakMap<vscode.TextDocument, AppliedHighlights>();
  private readonly spansCache = new WeakMap<DocumentAnalysis, HighlightSpans>();
  /** The lines decorated in each editor of a long document (absent: the whole document). */
  private readonly windows = new WeakMap<vscode.TextEditor, LineWindow>();
  private readonly appliedEmitter = new vscode.EventEmitter<vscode.TextDocument>();
  /** Fires after an editor's decorations were set for a document version (tests and the benchmark wait on it). */
  readonly onDidApply = this.appliedEmitter.event;

  constructor(private readonly cache: AnalysisCache, private readonly config: ConfigSource) {}

  get isEnabled(): boolean {
    return this.enabled;
  }

  setEnabled(enabled: boolean): void {
    this.enabled = enabled;
    contextKeys.highlighting.set(enabled);
    this.refreshAll();
  }

  /** The ranges last applied to the document's editors, by kind (empty when highlighting is off). */
  appliedTo(document: vscode.TextDocument): AppliedHighlights | undefined {
    return this.applied.get(document);
  }

  refreshAll(): void {
    for (const editor of vscode.window.visibleTextEditors) this.refresh(editor, true);
  }

  refresh(editor: vscode.TextEditor, force = false): void {
    const entry = this.cache.peek(editor.document);
    // A stale analysis (edit pending) stays on screen until the new one arrives; VS Code moves
    // decorations with the text meanwhile, which avoids a flash of unhighlighted text while typing.
    if (!entry && !force && this.applied.has(editor.document)) return;
    const analysis = entry?.analysis && this.enabled ? entry.analysis : undefined;
    const window = analysis && highlightCount(analysis) > WHOLE_DOCUMENT_LIMIT ? this.lineWindow(editor) : undefined;
    if (window) this.windows.set(editor, window);
    else this.windows.delete(editor);
    const document = editor.document;
    const lo = window ? document.offsetAt(new vscode.Position(window.from, 0)) : 0;
    const hi = window ? document.offsetAt(document.lineAt(window.to).range.end) : Infinity;
    const spans = !analysis ? undefined : window ? highlightSpans(analysis, document.getText(), { start: lo, end: hi }) : this.spansOf(entry!);
    const show = this.config.value.highlight;
    const ranges = {} as Record<HighlightKind, vscode.Range[]>;
    for (const kind of highlightKinds) {
      const list = spans && show[kind] ? spans[kind] : [];
      ranges[kind] = list.filter(s => s.end >= lo && s.start <= hi).map(s => toRange(document, s.start, s.end));
      editor.setDecorations(this.types.get(kind)!, ranges[kind]);
    }
    this.applied.set(editor.document, { document: editor.document, version: editor.document.version, ranges });
    this.appliedEmitter.fire(editor.document);
  }

  /** Re-decorates a long document when the editor scrolls near the edge of the decorated lines. */
  onScroll(editor: vscode.TextEditor): void {
    const window = this.windows.get(editor);
    if (!window || !this.cache.peek(editor.document)) return;
    const visible = this.lineWindow(editor, 0);
    const last = editor.document.lineCount - 1;
    const nearTop = window.from > 0 && visible.from < window.from + MARGIN_LINES / 4;
    const nearBottom = window.to < last && visible.to > window.to - MARGIN_LINES / 4;
    if (nearTop || nearBottom) this.refresh(editor);
  }

  private lineWindow(editor: vscode.TextEditor, margin = MARGIN_LINES): LineWindow {
    const visible = editor.visibleRanges;
    const first = visible[0]?.start.line ?? 0;
    const last = visible[visible.length - 1]?.end.line ?? first;
    return { from: Math.max(0, first - margin), to: Math.min(editor.document.lineCount - 1, last + margin) };
  }

  onAnalysis(entry: DocumentAnalysis): void {
    for (const editor of vscode.window.visibleTextEditors) {
      if (editor.document === entry.document) this.refresh(editor);
    }
  }

  private spansOf(entry: DocumentAnalysis): HighlightSpans {
    let spans = this.spansCache.get(entry);
    if (!spans) {
      spans = highlightSpans(entry.analysis!, entry.document.getText());
      this.spansCache.set(entry, spans);
    }
    return spans;
  }

  dispose(): void {
    for (const t of this.types.values()) t.dispose();
    this.appliedEmitter.dispose();
  }
}

export function registerHighlights(highlighter: Highlighter, cache: AnalysisCache, config: ConfigSource): vscode.Disposable {
  contextKeys.highlighting.set(highlighter.isEnabled);
  return vscode.Disposable.from(
    highlighter,
    cache.onDidChangeAnalysis(guarded('highlights.analysis', (entry: DocumentAnalysis) => highlighter.onAnalysis(entry))),
    vscode.window.onDidChangeVisibleTextEditors(guarded('highlights.editors', (editors: readonly vscode.TextEditor[]) => {
      for (const editor of editors) if (cache.peek(editor.document)) highlighter.refresh(editor);
    })),
    config.onDidChange(guarded('highlights.config', () => highlighter.refreshAll())),
    vscode.window.onDidChangeTextEditorVisibleRanges(guarded('highlights.scroll', (e: vscode.TextEditorVisibleRangesChangeEvent) => highlighter.onScroll(e.textEditor))),
  );
}
