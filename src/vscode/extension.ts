/**
 * Entry point. PLACEHOLDER while the editor features are written (issue 4): it only registers the
 * "Show Who Said What" command so the foundation's end-to-end slice can be tested.
 */
import * as vscode from 'vscode';
import { analyze } from '../core';

export function activate(context: vscode.ExtensionContext): void {
  context.subscriptions.push(
    vscode.commands.registerCommand('isnad.showWhoSaidWhat', () => {
      const editor = vscode.window.activeTextEditor;
      if (!editor) return undefined;
      return analyze(editor.document.getText());
    }),
  );
}

export function deactivate(): void {}
