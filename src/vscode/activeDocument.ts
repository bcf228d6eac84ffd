/**
 * Keeps the who-said-what model on the active editor's analysis. When focus moves to a panel or
 * the Who Said What view itself there is no active text editor, and the model keeps the last
 * document, so clicking in the sidebar never empties it.
 */
import * as vscode from 'vscode';
import type { AnalysisCache, DocumentAnalysis } from './analysisCache';
import { contextKeys, type ActiveState } from './contextKeys';
import { guarded } from './log';
import type { WhoSaidWhatModel } from './whoSaidWhatModel';

function stateOf(entry: DocumentAnalysis): ActiveState {
  if (entry.analysis) return 'analyzed';
  return entry.state === 'tooLarge' ? 'tooLarge' : 'notArabic';
}

/** The context key of what the model shows (menus and key bindings read it). */
function publish(model: WhoSaidWhatModel): void {
  contextKeys.activeState.set(model.activeState);
}

export function registerActiveDocument(model: WhoSaidWhatModel, cache: AnalysisCache): vscode.Disposable {
  const follow = (editor: vscode.TextEditor | undefined) => {
    if (!editor || editor.document.uri.scheme === 'output') return;
    const entry = cache.peek(editor.document);
    if (!entry) return; // the cache analyses it now and `onDidChangeAnalysis` follows
    model.show(entry, stateOf(entry));
    publish(model);
  };
  publish(model);
  return vscode.Disposable.from(
    vscode.window.onDidChangeActiveTextEditor(guarded('model.activeEditor', follow)),
    cache.onDidChangeAnalysis(guarded('model.analysis', (entry: DocumentAnalysis) => {
      if (vscode.window.activeTextEditor?.document === entry.document) follow(vscode.window.activeTextEditor);
    })),
    cache.onDidForget(guarded('model.forget', (uri: vscode.Uri) => {
      if (model.document?.uri.toString() === uri.toString()) {
        model.show(undefined, 'none');
        publish(model);
      }
    })),
  );
}
