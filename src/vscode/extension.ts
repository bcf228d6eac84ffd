/**
 * The desktop entry point (dist/extension.js): long documents are analysed in a worker thread
 * (dist/analysisWorker.js), so the extension host keeps answering while a 1 MB article is read, and
 * the folder's files are indexed in another (dist/folderIndexWorker.js), and the folder index's cache
 * is written with Node's file system, off the host's thread.
 */
import type * as vscode from 'vscode';
import { activateIsnad } from './activateIsnad';
import type { IsnadApi } from './api';
import { AnalysisWorkerClient } from './analysisWorkerClient';
import { logError, logInfo } from './log';
import { nodeAnalysisWorker } from './nodeAnalysisWorker';
import { nodeFolderIndexer } from './folder/nodeFolderIndexer';
import { nodeIndexStore } from './folder/nodeIndexStore';

export function activate(context: vscode.ExtensionContext): IsnadApi {
  const script = context.asAbsolutePath('dist/analysisWorker.js');
  let logged = false;
  const offThread = new AnalysisWorkerClient(() => nodeAnalysisWorker(script), (error, gaveUp) => {
    if (!logged) logError('analysis worker (restarted; meanwhile long documents are analysed on the extension host)', error);
    logged = true;
    if (gaveUp) logInfo('the analysis worker failed again: long documents are analysed on the extension host from now on');
  });
  // The cache owns the worker: it is terminated with the extension's subscriptions on deactivation.
  return activateIsnad(context, offThread, nodeFolderIndexer(context.asAbsolutePath('dist/folderIndexWorker.js')), nodeIndexStore);
}

export function deactivate(): void {}
