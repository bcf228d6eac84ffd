/**
 * Focuses the sidebar and returns the active document's `Analysis` (current version), so scripts
 * and tests can read what the views show.
 */
import * as vscode from 'vscode';
import type { Analysis } from '../../core/types';
import type { AnalysisCache } from '../analysisCache';

export function showWhoSaidWhat(cache: AnalysisCache): () => Promise<Analysis | undefined> {
  return async () => {
    await vscode.commands.executeCommand('isnad.whoSaidWhat.focus');
    const editor = vscode.window.activeTextEditor;
    if (!editor) return undefined;
    const entry = await cache.current(editor.document);
    if (!entry) return undefined;
    if (entry.analysis) return entry.analysis;
    // Asked for explicitly, a file that is not served (another language, too little Arabic) is
    // analysed anyway; only the size limit holds.
    return entry.state === 'tooLarge' ? undefined : cache.analyzeAnyway(editor.document);
  };
}
