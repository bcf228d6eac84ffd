/**
 * Focuses the sidebar and returns the active document's `Analysis` (current version), so scripts
 * and tests can read what the views show.
 */
import * as vscode from 'vscode';
import { analyze } from '../../core';
import type { Analysis } from '../../core/types';
import type { AnalysisCache } from '../analysisCache';
import type { ConfigSource } from '../config';

export function showWhoSaidWhat(cache: AnalysisCache, config: ConfigSource): () => Promise<Analysis | undefined> {
  return async () => {
    await vscode.commands.executeCommand('isnad.whoSaidWhat.focus');
    const editor = vscode.window.activeTextEditor;
    if (!editor) return undefined;
    const entry = cache.getNow(editor.document);
    if (entry.analysis) return entry.analysis;
    // Asked for explicitly, a file that is not served (another language, too little Arabic) is
    // analysed anyway; only the size limit holds.
    if (entry.state === 'tooLarge') return undefined;
    const text = editor.document.getText();
    return text.length <= config.value.maxFileSize ? analyze(text, config.value.analyzeOptions) : undefined;
  };
}
