/**
 * Registers language features for the languages in `isnad.languages`, again whenever that setting
 * changes, so a user who adds `markdown` gets hovers and the outline there without a reload.
 */
import * as vscode from 'vscode';
import type { ConfigSource } from './config';
import { languageSelector } from './documentFilter';

export function registerForLanguages(config: ConfigSource, register: (selector: vscode.DocumentSelector) => vscode.Disposable): vscode.Disposable {
  let languages = config.value.languages.join('\n');
  let current = register(languageSelector(config.value));
  const listener = config.onDidChange(value => {
    if (value.languages.join('\n') === languages) return;
    languages = value.languages.join('\n');
    current.dispose();
    current = register(languageSelector(value));
  });
  return new vscode.Disposable(() => {
    listener.dispose();
    current.dispose();
  });
}
