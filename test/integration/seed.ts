/**
 * The seed article inside the integration workspace. The runners build that workspace at run time
 * (test/runner/workspace.mjs): a temp folder holding test/fixtures/workspace/ plus a copy of seeds/.
 */
import * as vscode from 'vscode';

export const SEED_FILE = '000_3cea5a5c1e717d72.txt';

/** A file of the integration workspace, e.g. the seed article. */
export function workspaceFile(name: string): vscode.Uri {
  const folder = vscode.workspace.workspaceFolders?.[0];
  if (!folder) throw new Error('the integration suite must run with a workspace folder open');
  return vscode.Uri.joinPath(folder.uri, name);
}

/** Opens the seed article in an editor, as a user double-clicking it in the explorer would. */
export async function openSeed(): Promise<vscode.TextEditor> {
  const doc = await vscode.workspace.openTextDocument(workspaceFile(SEED_FILE));
  return vscode.window.showTextDocument(doc, { preview: false });
}
