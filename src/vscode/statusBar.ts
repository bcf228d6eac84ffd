/** A status bar item with the active article's statement and speaker counts, or why it is not analysed. */
import * as vscode from 'vscode';
import type { ConfigSource } from './config';
import { guarded } from './log';
import type { WhoSaidWhatModel } from './whoSaidWhatModel';

export function registerStatusBar(model: WhoSaidWhatModel, config: ConfigSource): vscode.Disposable {
  const item = vscode.window.createStatusBarItem('isnad.status', vscode.StatusBarAlignment.Right, 100);
  item.name = vscode.l10n.t('Isnad');
  const update = () => {
    const analysis = model.analysis;
    if (model.activeState === 'tooLarge') {
      // The size the cache measured: no copy of an over-limit document's text for a tooltip.
      const size = model.size;
      item.text = `$(warning) ${vscode.l10n.t('Isnad: file too large')}`;
      item.tooltip = vscode.l10n.t('Not analysed: {0} characters, above the isnad.maxFileSize limit of {1}.', size.toLocaleString(), config.value.maxFileSize.toLocaleString());
      item.command = { command: 'workbench.action.openSettings', title: vscode.l10n.t('Open Settings'), arguments: ['isnad.maxFileSize'] };
      item.show();
    } else if (model.activeState === 'analyzed' && analysis) {
      const statements = analysis.statements.length;
      const speakers = model.speakers.length;
      item.text = `$(quote) ${statements} $(person) ${speakers}`;
      item.tooltip = vscode.l10n.t('Isnad: {0} statements by {1} speakers. Click to show who said what.', statements, speakers);
      item.command = 'isnad.showWhoSaidWhat';
      item.show();
    } else {
      item.hide();
    }
  };
  return vscode.Disposable.from(item, model.onDidChange(guarded('statusBar', update)));
}
