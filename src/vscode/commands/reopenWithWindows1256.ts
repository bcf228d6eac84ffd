/**
 * Reopens a file (the active editor's by default) decoded as Windows-1256, the Arabic code page that
 * VS Code does not guess by itself: its Arabic shows as replacement characters under UTF-8.
 */
import * as vscode from 'vscode';

/** VS Code's id of the encoding (`TextDocument.encoding`). */
export const WINDOWS_1256 = 'windows1256';

export function reopenWithWindows1256(): (uri?: vscode.Uri) => Promise<string | undefined> {
  return async (uri?: vscode.Uri) => {
    const target = uri instanceof vscode.Uri ? uri : vscode.window.activeTextEditor?.document.uri;
    if (!target) return undefined;
    const document = await vscode.workspace.openTextDocument(target, { encoding: WINDOWS_1256 });
    await vscode.window.showTextDocument(document, { preview: false });
    return document.encoding;
  };
}
