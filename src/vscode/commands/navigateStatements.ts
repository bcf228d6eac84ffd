/** Next / previous statement from the cursor, wrapping at the ends of the article. */
import * as vscode from 'vscode';
import type { AnalysisCache } from '../analysisCache';
import { revealRange } from '../reveal';

export function navigateStatements(cache: AnalysisCache, direction: 1 | -1): () => Promise<number | undefined> {
  return async () => {
    const editor = vscode.window.activeTextEditor;
    if (!editor) return undefined;
    const statements = (await cache.current(editor.document))?.analysis?.statements ?? [];
    if (statements.length === 0) {
      vscode.window.setStatusBarMessage(vscode.l10n.t('Isnad: no statements in this file'), 3000);
      return undefined;
    }
    const at = editor.document.offsetAt(editor.selection.start);
    const order = statements.map((s, i) => ({ i, start: s.range.start })).sort((a, b) => a.start - b.start);
    const target = direction === 1
      ? order.find(s => s.start > at) ?? order[0]!
      : [...order].reverse().find(s => s.start < at) ?? order[order.length - 1]!;
    const statement = statements[target.i]!;
    await revealRange(editor.document.uri, statement.range.start, statement.range.end);
    return target.i;
  };
}
