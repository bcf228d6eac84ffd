/**
 * The "Who said what" and "Sources" views: counts in the description and badge, a click selects
 * the statement in the editor, and moving the cursor into a statement selects it in the tree.
 */
import * as vscode from 'vscode';
import { contextKeys } from './contextKeys';
import { guarded } from './log';
import { SourcesTreeProvider } from './sourcesTree';
import type { SourcesNode, WhoSaidWhatModel, WhoSaidWhatNode } from './whoSaidWhatModel';
import { WhoSaidWhatTreeProvider } from './whoSaidWhatTree';
import { creditCount, speakerCount, statementCount } from './counts';

export const WHO_SAID_WHAT_VIEW = 'isnad.whoSaidWhat';
export const SOURCES_VIEW = 'isnad.sources';

export interface WhoSaidWhatViews {
  readonly tree: vscode.TreeView<WhoSaidWhatNode>;
  readonly sources: vscode.TreeView<SourcesNode>;
  readonly treeProvider: WhoSaidWhatTreeProvider;
  readonly sourcesProvider: SourcesTreeProvider;
}

function updateCounts(model: WhoSaidWhatModel, views: WhoSaidWhatViews): void {
  const statements = model.analysis?.statements.length ?? 0;
  const speakers = model.speakers.length;
  const credits = model.analysis?.credits.length ?? 0;
  views.tree.description = model.analysis ? `${statementCount(statements)} · ${speakerCount(speakers)}` : undefined;
  views.tree.badge = statements > 0 ? { value: statements, tooltip: statementCount(statements) } : undefined;
  views.sources.description = model.analysis ? creditCount(credits) : undefined;
}

export async function revealRange(uri: vscode.Uri, start: number, end: number): Promise<vscode.TextEditor> {
  const document = await vscode.workspace.openTextDocument(uri);
  const visible = vscode.window.visibleTextEditors.find(e => e.document === document);
  const editor = await vscode.window.showTextDocument(document, { viewColumn: visible?.viewColumn, preserveFocus: false });
  const range = new vscode.Range(document.positionAt(start), document.positionAt(end));
  // Selected from its end back to its start, so the cursor sits where the statement begins.
  editor.selection = new vscode.Selection(range.end, range.start);
  editor.revealRange(range, vscode.TextEditorRevealType.InCenterIfOutsideViewport);
  return editor;
}

export function registerWhoSaidWhatView(model: WhoSaidWhatModel): { views: WhoSaidWhatViews; disposable: vscode.Disposable } {
  const treeProvider = new WhoSaidWhatTreeProvider(model);
  const sourcesProvider = new SourcesTreeProvider(model);
  const tree = vscode.window.createTreeView(WHO_SAID_WHAT_VIEW, { treeDataProvider: treeProvider, showCollapseAll: true });
  const sources = vscode.window.createTreeView(SOURCES_VIEW, { treeDataProvider: sourcesProvider, showCollapseAll: true });
  const views: WhoSaidWhatViews = { tree, sources, treeProvider, sourcesProvider };
  contextKeys.speakerOrder.set(model.speakerOrder);

  const revealAtCursor = (event: vscode.TextEditorSelectionChangeEvent) => {
    if (!tree.visible || event.textEditor.document !== model.document) return;
    const node = model.statementAt(event.textEditor.document.offsetAt(event.selections[0]!.active));
    if (node) void tree.reveal(node, { select: true, focus: false, expand: true }).then(undefined, () => undefined);
  };

  const disposable = vscode.Disposable.from(
    tree,
    sources,
    model.onDidChange(guarded('view.counts', () => updateCounts(model, views))),
    vscode.window.onDidChangeTextEditorSelection(guarded('view.revealAtCursor', revealAtCursor)),
    vscode.commands.registerCommand('isnad.revealRange', guarded('command.revealRange', revealRange)),
    vscode.commands.registerCommand('isnad.orderByAppearance', guarded('command.orderByAppearance', () => {
      model.setOrder('appearance');
      contextKeys.speakerOrder.set('appearance');
    })),
    vscode.commands.registerCommand('isnad.orderByActivity', guarded('command.orderByActivity', () => {
      model.setOrder('activity');
      contextKeys.speakerOrder.set('activity');
    })),
  );
  return { views, disposable };
}
