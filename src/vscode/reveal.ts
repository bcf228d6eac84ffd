/** Shows a span of a document in its editor and selects it: what a click on a panel row does. */
import * as vscode from 'vscode';

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
