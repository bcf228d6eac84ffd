/** Helpers shared by the editor-feature tests: the extension's test API and waiting on its events. */
import * as vscode from 'vscode';
import type { IsnadApi } from '../../src/vscode/api';
import type { DocumentAnalysis } from '../../src/vscode/analysisCache';

export const EXTENSION_ID = 'isnad-team.isnad';

export async function isnadApi(): Promise<IsnadApi> {
  const extension = vscode.extensions.getExtension<IsnadApi>(EXTENSION_ID);
  if (!extension) throw new Error(`${EXTENSION_ID} is not installed`);
  return extension.activate();
}

/** Resolves once the highlights of the document's current version are on screen. */
export function highlightsApplied(api: IsnadApi, document: vscode.TextDocument, timeoutMs = 10_000): Promise<void> {
  const done = () => {
    const applied = api.highlightsOf(document);
    return applied?.document === document && applied.version === document.version;
  };
  if (done()) return Promise.resolve();
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      listener.dispose();
      reject(new Error(`no highlights for version ${document.version} after ${timeoutMs} ms`));
    }, timeoutMs);
    const listener = api.onDidApplyHighlights(d => {
      if (d === document && done()) {
        clearTimeout(timer);
        listener.dispose();
        resolve();
      }
    });
  });
}

/**
 * An untitled copy of a text, shown in an editor (tests that edit never touch the workspace files).
 * A new untitled file takes the name of one just closed (Untitled-1), and until the extension host
 * has heard of that close, openTextDocument can hand back the old document under that name: the
 * copy is opened again, under the next free name, until the document holds the text.
 */
export async function openCopy(content: string, language = 'plaintext'): Promise<vscode.TextEditor> {
  for (let attempt = 1; ; attempt++) {
    const document = await vscode.workspace.openTextDocument({ content, language });
    if (document.getText() === content) return vscode.window.showTextDocument(document, { preview: false });
    if (attempt === 10) throw new Error(`openTextDocument kept returning ${document.uri.toString()} with other text`);
    await sleep(100);
  }
}

export async function analysisOf(api: IsnadApi, document: vscode.TextDocument): Promise<DocumentAnalysis> {
  return api.analysisOf(document);
}

export function sleep(ms: number): Promise<void> {
  return new Promise(resolve => setTimeout(resolve, ms));
}

/** The 0-based line of the first line containing `needle`. */
export function lineOf(document: vscode.TextDocument, needle: string, from = 0): number {
  for (let i = from; i < document.lineCount; i++) if (document.lineAt(i).text.includes(needle)) return i;
  throw new Error(`no line contains ${needle}`);
}

/** Reverts and closes every untitled editor a test opened (copies, exports), leaving the workspace files open. */
export async function closeUntitled(): Promise<void> {
  for (const document of vscode.workspace.textDocuments.filter(d => d.isUntitled && !d.isClosed)) {
    const tabs = vscode.window.tabGroups.all.flatMap(g => g.tabs).filter(t => t.input instanceof vscode.TabInputText && t.input.uri.toString() === document.uri.toString());
    if (tabs.length === 0) continue;
    await vscode.window.showTextDocument(document);
    await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
    // The next untitled file reuses the name: wait until this one is gone from the extension host.
    for (let i = 0; i < 50 && !document.isClosed; i++) await sleep(20);
  }
}
