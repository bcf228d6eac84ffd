/**
 * Exports the active file's who-said-what as Markdown, CSV or JSON into a new untitled editor (which
 * works the same on the desktop and in VS Code for the Web), and returns the text.
 */
import * as vscode from 'vscode';
import type { AnalysisCache } from '../analysisCache';
import { toCsv, toJson, toMarkdown } from '../../core/export';

export type ExportFormat = 'markdown' | 'csv' | 'json';

function fileName(uri: vscode.Uri): string {
  return uri.path.split('/').pop() || uri.toString();
}

export function exportWhoSaidWhat(cache: AnalysisCache, format: ExportFormat): () => Promise<string | undefined> {
  return async () => {
    const editor = vscode.window.activeTextEditor;
    const analysis = editor && (await cache.current(editor.document))?.analysis;
    if (!editor || !analysis) {
      void vscode.window.showInformationMessage(vscode.l10n.t('Isnad: the active editor has no Arabic news text to export.'));
      return undefined;
    }
    const name = fileName(editor.document.uri);
    const content = format === 'markdown' ? toMarkdown(analysis, name) : format === 'csv' ? toCsv(analysis) : `${toJson(analysis, 2)}\n`;
    const language = format === 'markdown' ? 'markdown' : format === 'json' ? 'json' : 'plaintext';
    const document = await vscode.workspace.openTextDocument({ content, language });
    const shown = await vscode.window.showTextDocument(document, { viewColumn: vscode.ViewColumn.Beside, preview: false });
    // A new untitled file takes the name of one just closed (Untitled-1), and VS Code can restore
    // that file's backup into it: the export replaces whatever text it came with.
    if (document.getText() !== content) {
      const all = new vscode.Range(document.positionAt(0), document.positionAt(document.getText().length));
      await shown.edit(b => b.replace(all, content));
    }
    return content;
  };
}
