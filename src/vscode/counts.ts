/**
 * Counted nouns for labels ("1 statement", "5 statements"). `l10n.t` has no plural rules, so the
 * singular is its own string; the Arabic bundle writes counts as "التصريحات: 5", which needs none.
 */
import * as vscode from 'vscode';

export function statementCount(n: number): string {
  return n === 1 ? vscode.l10n.t('1 statement') : vscode.l10n.t('{0} statements', n);
}

export function creditCount(n: number): string {
  return n === 1 ? vscode.l10n.t('1 credit') : vscode.l10n.t('{0} credits', n);
}

export function speakerCount(n: number): string {
  return n === 1 ? vscode.l10n.t('1 speaker') : vscode.l10n.t('{0} speakers', n);
}
