/** Quick fixes for the checks whose repair is obvious: a stray mark, a doubled paragraph, a variant spelling. */
import * as vscode from 'vscode';
import { DIAGNOSTIC_SOURCE, type FixStore } from './diagnostics';
import { guarded } from './log';

/** The whole lines of a paragraph, with its line break, so deleting it leaves no empty line behind. */
function paragraphLines(document: vscode.TextDocument, range: vscode.Range): vscode.Range {
  if (range.end.line + 1 < document.lineCount) return new vscode.Range(range.start.line, 0, range.end.line + 1, 0);
  if (range.start.line > 0) return new vscode.Range(document.lineAt(range.start.line - 1).range.end, document.lineAt(range.end.line).range.end);
  return document.lineAt(range.start.line).rangeIncludingLineBreak;
}

export function registerQuickFixes(fixes: FixStore, selector: vscode.DocumentSelector): vscode.Disposable {
  return vscode.languages.registerCodeActionsProvider(selector, {
    provideCodeActions: guarded('quickFixes', (document: vscode.TextDocument, _range: vscode.Range, context: vscode.CodeActionContext) => {
      const actions: vscode.CodeAction[] = [];
      for (const diagnostic of context.diagnostics) {
        if (diagnostic.source !== DIAGNOSTIC_SOURCE) continue;
        const finding = fixes.get(document.uri, diagnostic);
        if (!finding || finding.replacement === undefined) continue;
        const edit = new vscode.WorkspaceEdit();
        let title: string;
        if (finding.check === 'repeatedParagraph') {
          title = vscode.l10n.t('Delete the repeated paragraph');
          edit.delete(document.uri, paragraphLines(document, diagnostic.range));
        } else if (finding.check === 'quoteMarks') {
          title = vscode.l10n.t('Remove the stray quotation mark');
          edit.delete(document.uri, diagnostic.range);
        } else {
          title = vscode.l10n.t('Write it as {0}', finding.replacement);
          edit.replace(document.uri, diagnostic.range, finding.replacement);
        }
        const action = new vscode.CodeAction(title, vscode.CodeActionKind.QuickFix);
        action.edit = edit;
        action.diagnostics = [diagnostic];
        action.isPreferred = finding.check !== 'speakerSpelling';
        actions.push(action);
      }
      return actions;
    }, []),
  }, { providedCodeActionKinds: [vscode.CodeActionKind.QuickFix] });
}
