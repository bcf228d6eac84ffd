/**
 * The Who Said What panel: a webview view in the Isnad container, because a native tree row is
 * laid out left to right and cuts an Arabic excerpt at its start. It renders the model (one
 * analysis per document version, like every other view), follows the editor's cursor, and reveals
 * the sentence of a row the user clicks or presses Enter on. The webview and the extension talk by
 * postMessage only (protocol.ts).
 */
import * as vscode from 'vscode';
import { commandIds } from '../commands/commandIds';
import { speakerCount, statementCount } from '../counts';
import { guarded } from '../log';
import { revealRange } from '../reveal';
import type { WhoSaidWhatModel } from '../whoSaidWhatModel';
import { buildPanelContent, statementRowId } from './panelContent';
import { makeNonce, panelHtml } from './panelHtml';
import { panelLabels } from './panelLabels';
import { isFromPanel, type FromPanel, type PanelAction, type PanelSnapshot, type ToPanel } from './protocol';

export const WHO_SAID_WHAT_VIEW = 'isnad.whoSaidWhat';

/**
 * From this many statements (a digest of articles) the panel's rows are redrawn once the edits
 * pause for QUIET_MS, not at every analysis: thousands of rows cost the extension host tens of
 * milliseconds and the workbench, which in the browser shares its thread with the webview, more;
 * drawn between two keystrokes they held up the highlights of the second (a typing test of the
 * 1 MB document, edits 0.85 s apart: 289 ms from edit to highlights with the panel open against
 * 177 ms without). A second without an edit is a writer stopping, not a writer between words.
 * The counts follow at once; another document's rows come in a task of their own.
 */
const REDRAW_LATER_FROM = 300;
const QUIET_MS = 1000;

/** How long a test waits for the webview to answer. */
const ANSWER_TIMEOUT_MS = 5000;

/** What the integration tests read of the panel, and do in it (see IsnadApi.panel). */
export interface PanelProbe {
  /** Whether the webview is open and its script has said it is ready. */
  readonly ready: boolean;
  /** The serial of the last content posted to the webview. */
  readonly serial: number;
  /** What building and posting the last content cost the extension host, in milliseconds. */
  readonly lastPostMs: number;
  readonly description: string | undefined;
  readonly badge: number | undefined;
  /** What the webview's DOM shows now. */
  snapshot(): Promise<PanelSnapshot>;
  /** A click, a key or typed text, dispatched in the webview's DOM. */
  act(action: PanelAction): Promise<void>;
}

export class WhoSaidWhatPanel implements vscode.WebviewViewProvider, PanelProbe, vscode.Disposable {
  private view: vscode.WebviewView | undefined;
  private viewSubscriptions: vscode.Disposable[] = [];
  private isReady = false;
  private posted = 0;
  private postMs = 0;
  /** The document whose rows the webview was last sent. */
  private postedDocument: vscode.TextDocument | undefined;
  /** A redraw waiting for the edits to pause: until then the webview's rows are older than the model. */
  private later: ReturnType<typeof setTimeout> | undefined;
  private selectedId: string | null = null;
  /** The statement last revealed from the panel: its row stays selected, though another statement may start at the same offset. */
  private revealed: { readonly index: number; readonly start: number } | undefined;
  private requests = new Map<number, (message: FromPanel) => void>();
  private nextRequest = 1;

  constructor(private readonly model: WhoSaidWhatModel, private readonly extensionUri: vscode.Uri) {}

  get ready(): boolean {
    return this.isReady && this.view?.visible === true;
  }

  get serial(): number {
    return this.posted;
  }

  get lastPostMs(): number {
    return this.postMs;
  }

  get description(): string | undefined {
    return this.view?.description;
  }

  get badge(): number | undefined {
    return this.view?.badge?.value;
  }

  resolveWebviewView(view: vscode.WebviewView): void {
    this.disposeView();
    this.view = view;
    const roots = [vscode.Uri.joinPath(this.extensionUri, 'media'), vscode.Uri.joinPath(this.extensionUri, 'dist', 'webview')];
    view.webview.options = { enableScripts: true, localResourceRoots: roots };
    view.webview.html = this.html(view.webview);
    this.viewSubscriptions = [
      view.webview.onDidReceiveMessage(guarded('panel.message', (message: unknown) => this.receive(message))),
      // Hidden, the webview's page is gone (no retained context); shown again, it loads and says `ready`.
      view.onDidChangeVisibility(guarded('panel.visibility', () => {
        if (!view.visible) this.isReady = false;
      })),
      view.onDidDispose(() => this.disposeView()),
    ];
    this.updateCounts();
  }

  /** The model changed: new counts at once; new rows now or, for a long document, once the edits pause. */
  onModelChange(): void {
    this.updateCounts();
    this.revealed = undefined;
    clearTimeout(this.later);
    this.later = undefined;
    if ((this.model.analysis?.statements.length ?? 0) < REDRAW_LATER_FROM) return this.postContent();
    const delay = this.model.document === this.postedDocument ? QUIET_MS : 0;
    this.later = setTimeout(guarded('panel.later', () => this.postContent()), delay);
  }

  /** The cursor moved in an editor: the panel selects the statement it is in. */
  followCursor(editor: vscode.TextEditor): void {
    // Rows about to be redrawn have other ids; the redraw selects the right one.
    if (editor.document !== this.model.document || this.later !== undefined) return;
    const offset = editor.document.offsetAt(editor.selection.active);
    const revealed = this.revealed;
    const index = revealed && revealed.start === offset ? revealed.index : this.model.statementAt(offset)?.index;
    this.postSelection(index === undefined ? null : statementRowId(index));
  }

  snapshot(): Promise<PanelSnapshot> {
    return this.ask(request => ({ type: 'probe', request })).then(answer => (answer as Extract<FromPanel, { type: 'probed' }>).snapshot);
  }

  async act(action: PanelAction): Promise<void> {
    const answer = await this.ask(request => ({ type: 'act', request, action }));
    if (answer.type === 'acted' && answer.error) throw new Error(`the panel could not ${action.kind}: ${answer.error}`);
  }

  private html(webview: vscode.Webview): string {
    const uri = (...path: string[]) => webview.asWebviewUri(vscode.Uri.joinPath(this.extensionUri, ...path)).toString();
    return panelHtml({
      cspSource: webview.cspSource,
      nonce: makeNonce(bytes => globalThis.crypto.getRandomValues(bytes)),
      scriptUri: uri('dist', 'webview', 'whoSaidWhat.js'),
      styleUri: uri('media', 'whoSaidWhat.css'),
      lang: vscode.env.language,
      title: vscode.l10n.t('Who Said What'),
      filterLabel: vscode.l10n.t('Filter speakers and statements'),
      statementsLabel: vscode.l10n.t('Statements'),
      sourcesLabel: vscode.l10n.t('Sources'),
    });
  }

  private post(message: ToPanel): void {
    void this.view?.webview.postMessage(message).then(undefined, () => undefined);
  }

  private postContent(): void {
    clearTimeout(this.later);
    this.later = undefined;
    if (!this.ready) return;
    const started = performance.now();
    const { model } = this;
    const document = model.document;
    const content = buildPanelContent(model.speakers, model.sources, model.grouping, offset => (document ? document.positionAt(offset).line + 1 : 0));
    const summary = `${statementCount(content.statementCount)} · ${speakerCount(content.speakerCount)}`;
    this.post({ type: 'content', serial: ++this.posted, state: model.activeState, content, labels: panelLabels(summary) });
    this.postMs = Math.round(performance.now() - started);
    this.postedDocument = document;
    this.selectedId = null;
    const editor = vscode.window.activeTextEditor;
    if (editor) this.followCursor(editor);
  }

  private postSelection(id: string | null): void {
    if (!this.ready || id === this.selectedId) return;
    this.selectedId = id;
    this.post({ type: 'select', id });
  }

  private updateCounts(): void {
    if (!this.view) return;
    const analysis = this.model.analysis;
    const statements = analysis?.statements.length ?? 0;
    this.view.description = analysis ? `${statementCount(statements)} · ${speakerCount(this.model.speakers.length)}` : undefined;
    this.view.badge = statements > 0 ? { value: statements, tooltip: statementCount(statements) } : undefined;
  }

  private receive(message: unknown): void {
    if (!isFromPanel(message)) return;
    switch (message.type) {
      case 'ready':
        this.isReady = true;
        return this.postContent();
      case 'reveal':
        return void this.reveal(message.serial, message.target, message.index);
      case 'run':
        return void this.run(message.command);
      case 'probed':
      case 'acted':
        this.requests.get(message.request)?.(message);
        this.requests.delete(message.request);
        return;
    }
  }

  /** Reveals a row's text, unless the rows the webview showed are older than the model. */
  private async reveal(serial: number, target: 'statement' | 'credit', index: number): Promise<void> {
    const { document, analysis } = this.model;
    if (serial !== this.posted || !document || !analysis) return;
    const span = target === 'statement' ? analysis.statements[index]?.range : analysis.credits[index];
    if (!span) return;
    if (target === 'statement') this.revealed = { index, start: span.start };
    await revealRange(document.uri, span.start, span.end);
  }

  private async run(command: 'treatAsArabicNews' | 'openSizeLimit'): Promise<void> {
    if (command === 'treatAsArabicNews') await vscode.commands.executeCommand(commandIds.treatAsArabicNews, this.model.document?.uri);
    else await vscode.commands.executeCommand('workbench.action.openSettings', 'isnad.maxFileSize');
  }

  private ask(message: (request: number) => ToPanel): Promise<FromPanel> {
    if (!this.ready) return Promise.reject(new Error('the Who Said What panel is not open'));
    const request = this.nextRequest++;
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => {
        this.requests.delete(request);
        reject(new Error(`the Who Said What panel did not answer within ${ANSWER_TIMEOUT_MS} ms`));
      }, ANSWER_TIMEOUT_MS);
      this.requests.set(request, answer => {
        clearTimeout(timer);
        resolve(answer);
      });
      this.post(message(request));
    });
  }

  private disposeView(): void {
    for (const s of this.viewSubscriptions) s.dispose();
    this.viewSubscriptions = [];
    this.view = undefined;
    this.isReady = false;
  }

  dispose(): void {
    clearTimeout(this.later);
    this.disposeView();
    this.requests.clear();
  }
}

export function registerWhoSaidWhatPanel(panel: WhoSaidWhatPanel, model: WhoSaidWhatModel): vscode.Disposable {
  return vscode.Disposable.from(
    panel,
    vscode.window.registerWebviewViewProvider(WHO_SAID_WHAT_VIEW, panel),
    model.onDidChange(guarded('panel.model', () => panel.onModelChange())),
    vscode.window.onDidChangeTextEditorSelection(guarded('panel.cursor', (e: vscode.TextEditorSelectionChangeEvent) => panel.followCursor(e.textEditor))),
  );
}
