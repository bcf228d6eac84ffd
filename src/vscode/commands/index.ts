/** Registers every command in one place (error-lens style: one handler per file, ids in commandIds). */
import * as vscode from 'vscode';
import type { AnalysisCache } from '../analysisCache';
import { contextKeys } from '../contextKeys';
import type { FolderFeature } from '../folder/folderFeature';
import type { Highlighter } from '../highlights';
import { revealRange } from '../reveal';
import { guarded } from '../log';
import type { WhoSaidWhatModel } from '../whoSaidWhatModel';
import { groupStatements, orderSpeakers } from './arrangeWhoSaidWhat';
import { commandIds } from './commandIds';
import { exportFolder } from './exportFolder';
import { exportWhoSaidWhat } from './exportWhoSaidWhat';
import { findStatementsBySpeaker } from './findStatementsBySpeaker';
import { navigateStatements } from './navigateStatements';
import { showWhoSaidWhat } from './showWhoSaidWhat';
import { reopenWithWindows1256 } from './reopenWithWindows1256';
import { toggleHighlighting } from './toggleHighlighting';
import { treatAsArabicNews } from './treatAsArabicNews';

export function registerCommands(cache: AnalysisCache, highlighter: Highlighter, model: WhoSaidWhatModel, folder: FolderFeature): vscode.Disposable {
  const handlers: Record<string, (...args: never[]) => unknown> = {
    [commandIds.showWhoSaidWhat]: showWhoSaidWhat(cache),
    [commandIds.nextStatement]: navigateStatements(cache, 1),
    [commandIds.previousStatement]: navigateStatements(cache, -1),
    [commandIds.exportMarkdown]: exportWhoSaidWhat(cache, 'markdown'),
    [commandIds.exportCsv]: exportWhoSaidWhat(cache, 'csv'),
    [commandIds.exportJson]: exportWhoSaidWhat(cache, 'json'),
    [commandIds.toggleHighlighting]: toggleHighlighting(highlighter),
    [commandIds.treatAsArabicNews]: treatAsArabicNews(),
    [commandIds.orderByAppearance]: orderSpeakers(model, 'appearance'),
    [commandIds.orderByActivity]: orderSpeakers(model, 'activity'),
    [commandIds.groupBySpeaker]: groupStatements(model, 'speaker'),
    [commandIds.groupInTextOrder]: groupStatements(model, 'text'),
    [commandIds.findStatementsBySpeaker]: findStatementsBySpeaker(folder),
    [commandIds.exportFolderMarkdown]: exportFolder(folder, 'markdown'),
    [commandIds.exportFolderCsv]: exportFolder(folder, 'csv'),
    [commandIds.exportFolderJson]: exportFolder(folder, 'json'),
    [commandIds.rebuildFolderIndex]: () => folder.scan(true),
    [commandIds.stopFolderIndex]: () => folder.stop(),
    [commandIds.reopenWithWindows1256]: reopenWithWindows1256(),
    [commandIds.showMoreFolderSpeakers]: () => folder.treeProvider.showMore(),
    [commandIds.revealRange]: (uri: vscode.Uri, start: number, end: number) => revealRange(uri, start, end),
  };
  contextKeys.speakerOrder.set(model.speakerOrder);
  contextKeys.grouping.set(model.grouping);
  return vscode.Disposable.from(
    ...Object.entries(handlers).map(([id, handler]) => vscode.commands.registerCommand(id, guarded(`command ${id}`, handler))),
  );
}
