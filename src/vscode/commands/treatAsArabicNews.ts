/**
 * Switches the active file to the `arabic-news` language: analysed whatever its share of Arabic
 * letters, and shown with the editor defaults that make Arabic articles readable (word wrap).
 */
import * as vscode from 'vscode';
import { ARABIC_NEWS } from '../documentFilter';

export function treatAsArabicNews(): (uri?: vscode.Uri) => Promise<string | undefined> {
  return async (uri?: vscode.Uri) => {
    const document = uri instanceof vscode.Uri
      ? await vscode.workspace.openTextDocument(uri)
      : vscode.window.activeTextEditor?.document;
    if (!document) return undefined;
    const changed = document.languageId === ARABIC_NEWS ? document : await vscode.languages.setTextDocumentLanguage(document, ARABIC_NEWS);
    return changed.languageId;
  };
}
