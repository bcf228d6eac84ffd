/** The panel's words in the UI language (the webview receives them ready to show). */
import * as vscode from 'vscode';
import { creditKindLabel, kindLabel } from '../labels';
import type { PanelLabels } from './protocol';

export function panelLabels(summary: string): PanelLabels {
  return {
    filter: vscode.l10n.t('Filter speakers and statements'),
    statements: vscode.l10n.t('Statements'),
    sources: vscode.l10n.t('Sources'),
    summary,
    line: vscode.l10n.t('line {0}'),
    statementOne: vscode.l10n.t('1 statement'),
    statementMany: vscode.l10n.t('{0} statements'),
    kind: { direct: kindLabel('direct'), indirect: kindLabel('indirect'), mixed: kindLabel('mixed') },
    kindShort: { direct: vscode.l10n.t('quote'), indirect: vscode.l10n.t('reported'), mixed: vscode.l10n.t('partial') },
    credit: {
      agency: creditKindLabel('agency'), newspaper: creditKindLabel('newspaper'), broadcaster: creditKindLabel('broadcaster'),
      website: creditKindLabel('website'), photo: creditKindLabel('photo'), dateline: creditKindLabel('dateline'),
    },
    noMatch: vscode.l10n.t('Nothing matches the filter.'),
    notice: {
      none: vscode.l10n.t('Open an Arabic news article (a plain .txt file is enough) to see who said what in it.'),
      notArabic: vscode.l10n.t('The active file has no Arabic text to analyse.'),
      tooLarge: vscode.l10n.t('The active file is larger than the size limit and was not analysed.'),
      noStatements: vscode.l10n.t('No attributed statements were found in this file.'),
    },
    treatAsArabicNews: vscode.l10n.t('Treat as Arabic News'),
    changeLimit: vscode.l10n.t('Change the Limit'),
  };
}
