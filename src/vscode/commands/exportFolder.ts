/**
 * Exports the who-said-what of every Arabic news file in the folder as Markdown (by speaker across
 * the files), CSV or JSON (one row per statement with its file), into a new untitled editor, and
 * returns the text. A scan under way is finished first, so the export holds the whole folder.
 */
import * as vscode from 'vscode';
import { toFolderCsv, toFolderJson, toFolderMarkdown } from '../../core/folder/folderExport';
import { folderSpeakers } from '../../core/folder/folderSpeakers';
import type { FolderFeature } from '../folder/folderFeature';
import type { ExportFormat } from './exportWhoSaidWhat';

export function exportFolder(folder: FolderFeature, format: ExportFormat): () => Promise<string | undefined> {
  return async () => {
    await folder.whenScanned();
    // Files by their path in the workspace, as a reader of the export finds them.
    const files = folder.model.files().map(f => ({ file: vscode.workspace.asRelativePath(vscode.Uri.parse(f.file)), digest: f.digest }));
    if (files.every(f => f.digest.statements.length === 0)) {
      void vscode.window.showInformationMessage(vscode.l10n.t('Isnad: no statements were found in the Arabic news files of this folder.'));
      return undefined;
    }
    const title = vscode.workspace.name ?? vscode.l10n.t('Isnad');
    const content = format === 'markdown' ? toFolderMarkdown(folderSpeakers(files), title) : format === 'csv' ? toFolderCsv(files) : toFolderJson(files);
    const language = format === 'markdown' ? 'markdown' : format === 'json' ? 'json' : 'plaintext';
    const document = await vscode.workspace.openTextDocument({ content, language });
    await vscode.window.showTextDocument(document, { preview: false });
    return content;
  };
}
