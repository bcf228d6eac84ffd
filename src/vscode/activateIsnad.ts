/**
 * Composes the features, each a `register*()` returning one Disposable, for both entry points
 * (extension.ts on the desktop, webExtension.ts in VS Code for the Web). Activation stays
 * synchronous and cheap; the first analysis runs right after it returns.
 */
import * as vscode from 'vscode';
import { registerActiveDocument } from './activeDocument';
import { AnalysisCache } from './analysisCache';
import { registerArabicNewsMode } from './arabicNewsMode';
import type { AnalysisWorkerClient } from './analysisWorkerClient';
import { createApi, type IsnadApi } from './api';
import { registerCommands } from './commands';
import { ConfigSource } from './config';
import { FixStore, registerDiagnostics } from './diagnostics';
import { registerDocumentSymbols } from './documentSymbols';
import { registerEncodingOffer } from './encodingOffer';
import { registerFolderFeature, type IndexStoreFactory, type IndexerFactory } from './folder/folderFeature';
import { InlineIndexer } from './folder/indexer';
import { Highlighter, registerHighlights } from './highlights';
import { registerHovers } from './hovers';
import { registerForLanguages } from './languageProviders';
import { guarded, registerLog } from './log';
import { registerQuickFixes } from './quickFixes';
import { WhoSaidWhatPanel, registerWhoSaidWhatPanel } from './panel/whoSaidWhatPanel';
import { registerStatusBar } from './statusBar';
import { WhoSaidWhatModel } from './whoSaidWhatModel';

/**
 * @param offThread where long documents are analysed; without it, everything runs on the host's thread
 * @param folderIndexer where the folder's files are indexed; by default on the host's thread, in slices
 * @param indexStore where the folder index's cache is kept; by default through `workspace.fs`
 */
export function activateIsnad(
  context: vscode.ExtensionContext, offThread?: AnalysisWorkerClient, folderIndexer: IndexerFactory = ws => new InlineIndexer(ws), indexStore?: IndexStoreFactory,
): IsnadApi {
  const config = new ConfigSource();
  const cache = new AnalysisCache(config, offThread);
  const highlighter = new Highlighter(cache, config);
  const model = new WhoSaidWhatModel();
  const fixes = new FixStore();
  const panel = new WhoSaidWhatPanel(model, context.extensionUri);
  const folder = registerFolderFeature(context, config, folderIndexer, indexStore);
  const encoding = registerEncodingOffer(config);

  context.subscriptions.push(
    registerLog(),
    config,
    // The model and the views subscribe before the cache publishes anything.
    model,
    registerActiveDocument(model, cache),
    registerWhoSaidWhatPanel(panel, model),
    registerArabicNewsMode(context.workspaceState),
    registerStatusBar(model, config),
    registerHighlights(highlighter, cache, config),
    registerDiagnostics(cache, config, fixes),
    registerForLanguages(config, selector => vscode.Disposable.from(
      registerDocumentSymbols(cache, selector),
      registerHovers(cache, selector),
      registerQuickFixes(fixes, selector),
    )),
    registerCommands(cache, highlighter, model, folder.feature),
    folder.disposable,
    encoding.disposable,
    cache,
  );

  const first = setTimeout(guarded('activate.firstAnalysis', () => {
    for (const editor of vscode.window.visibleTextEditors) cache.start(editor.document);
  }), 0);
  context.subscriptions.push(new vscode.Disposable(() => clearTimeout(first)));

  return createApi(cache, highlighter, model, panel, folder.feature, encoding.offer);
}
