/**
 * The desktop's folder indexer: a worker thread reads and analyses the files that have a path on
 * this machine; the host's own thread, in slices, takes the rest. Only extension.ts imports it: VS
 * Code for the Web has no worker threads.
 */
import * as vscode from 'vscode';
import { logError } from '../log';
import type { IndexerFactory } from './folderFeature';
import { InlineIndexer } from './indexer';
import { WorkerIndexer } from './workerIndexer';

function pathOf(uri: string): string | undefined {
  return uri.startsWith('file:') ? vscode.Uri.parse(uri).fsPath : undefined;
}

export function nodeFolderIndexer(script: string): IndexerFactory {
  return workspace => new WorkerIndexer(script, pathOf, new InlineIndexer(workspace), error =>
    logError('folder index worker (the folder is indexed on the extension host from now on)', error));
}
