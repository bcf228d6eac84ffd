/**
 * The folder's speakers in the editor: the index of the workspace's Arabic news files (restored from
 * the extension's storage, then brought up to date by a scan with window progress, cancellable, then
 * kept current by a file watcher and saves), the speakers merged across files, and the "Speakers in
 * This Folder" view. Scans follow the settings: the analysis options and size limit, `isnad.folder.*`,
 * `files.exclude` and `search.exclude`, and the workspace folders.
 */
import * as vscode from 'vscode';
import { GlobSet } from '../../core/glob';
import type { ConfigSource, IsnadConfig } from '../config';
import { contextKeys, type FolderState } from '../contextKeys';
import { speakerCount } from '../counts';
import { guarded, logError, logInfo } from '../log';
import { readFolderConfig } from './folderConfig';
import { FolderIndex, type ScanReport } from './folderIndex';
import { FolderSpeakersModel } from './folderSpeakersModel';
import { FolderSpeakersTreeProvider, fileCount, type FolderNode } from './folderSpeakersTree';
import { encodeAll, type IndexStore } from './indexCache';
import type { IndexSettings } from './indexFile';
import type { Indexer } from './indexer';
import { VscodeWorkspace } from './vscodeWorkspace';
import type { IWorkspace } from './workspace';

export const FOLDER_SPEAKERS_VIEW = 'isnad.folderSpeakers';

/** What the folder index runs on: a worker thread on the desktop, the host's thread on the web. */
export type IndexerFactory = (workspace: IWorkspace) => Indexer;

/** A quick pick the "Find Statements by Speaker" command showed: which step, and its rows. */
export interface PickerShown {
  readonly step: 'speaker' | 'statement';
  readonly labels: readonly string[];
}

export interface FolderFeature {
  readonly index: FolderIndex;
  readonly model: FolderSpeakersModel;
  readonly treeProvider: FolderSpeakersTreeProvider;
  readonly view: vscode.TreeView<FolderNode>;
  /** Brings the index up to date (cancelling a scan under way); `rebuild` reads every file again. */
  scan(rebuild?: boolean): Promise<ScanReport | undefined>;
  /** The scan under way, or the last one (undefined when cancelled or never run). */
  whenScanned(): Promise<ScanReport | undefined>;
  stop(): void;
  readonly pickerShown: vscode.EventEmitter<PickerShown>;
  /** What the view shows, as its welcome texts read it (the `isnad.folderState` context key). */
  state(): FolderState | undefined;
  /** Where the index is cached (undefined without a workspace), and the version its entries carry. */
  readonly cache: { readonly file: vscode.Uri | undefined; readonly version: string };
}

/** A file named `*.arnews` is Arabic news whatever its share of Arabic letters. */
export const isArabicNewsFile = (uri: string): boolean => uri.endsWith('.arnews');

export function indexSettings(config: IsnadConfig): IndexSettings {
  return { options: config.analyzeOptions, maxChars: config.maxFileSize };
}

/** The index's cache file in the workspace's storage; none without a workspace. */
function cacheFile(context: vscode.ExtensionContext): vscode.Uri | undefined {
  return context.storageUri && vscode.Uri.joinPath(context.storageUri, 'folder-index.jsonl');
}

/** Where the index's cache file is kept: by `workspace.fs` unless the platform gives a better way. */
export type IndexStoreFactory = (file: vscode.Uri) => IndexStore;

/**
 * The cache file through `workspace.fs`, which works everywhere (the web included); its bytes are
 * joined and handed over at once, which holds the host for as long as a 20 MB copy takes.
 */
export function fileStore(file: vscode.Uri): IndexStore {
  return {
    load: async () => vscode.workspace.fs.readFile(file),
    save: async pieces => {
      const bytes = await encodeAll(pieces);
      await vscode.workspace.fs.createDirectory(vscode.Uri.joinPath(file, '..'));
      await vscode.workspace.fs.writeFile(file, bytes);
    },
  };
}

/**
 * The files the index left out for a reason worth telling, as the view's message (a file in another
 * language is no news to anyone), or undefined.
 */
function leftOut(index: FolderIndex): string | undefined {
  const counts = { tooLarge: 0, undecodable: 0, unreadable: 0 };
  for (const entry of index.entries.values()) if (entry.status in counts) counts[entry.status as keyof typeof counts]++;
  const parts = [
    counts.tooLarge > 0 ? vscode.l10n.t('{0} above isnad.maxFileSize', counts.tooLarge) : '',
    counts.undecodable > 0 ? vscode.l10n.t('{0} not readable as text', counts.undecodable) : '',
    counts.unreadable > 0 ? vscode.l10n.t('{0} that could not be opened', counts.unreadable) : '',
  ].filter(p => p !== '');
  return parts.length > 0 ? vscode.l10n.t('Files left out: {0}.', parts.join(vscode.l10n.t(', '))) : undefined;
}

/** One scan at a time: a new one cancels the one under way and starts when it has stopped. */
class Scans implements vscode.Disposable {
  private source: vscode.CancellationTokenSource | undefined;
  private running: Promise<ScanReport | undefined> = Promise.resolve(undefined);
  progress: { done: number; total: number } | undefined;

  constructor(private readonly index: FolderIndex, private readonly onState: () => void) {}

  get current(): Promise<ScanReport | undefined> {
    return this.running;
  }

  start(rebuild: boolean): Promise<ScanReport | undefined> {
    this.source?.cancel();
    const source = new vscode.CancellationTokenSource();
    this.source = source;
    this.running = this.running.then(() => (source.token.isCancellationRequested ? undefined : this.run(source, rebuild)));
    return this.running;
  }

  /** A scan that fails (the search service, the file system) is logged, and the next one runs. */
  private async run(source: vscode.CancellationTokenSource, rebuild: boolean): Promise<ScanReport | undefined> {
    try {
      return await this.scan(source, rebuild);
    } catch (error) {
      logError('folder index scan', error);
      return undefined;
    }
  }

  stop(): void {
    this.source?.cancel();
  }

  private async scan(source: vscode.CancellationTokenSource, rebuild: boolean): Promise<ScanReport | undefined> {
    if (rebuild) this.index.clear();
    this.progress = { done: 0, total: 0 };
    this.onState();
    try {
      return await vscode.window.withProgress({ location: vscode.ProgressLocation.Window, title: vscode.l10n.t('Isnad') }, async progress => {
        const listener = this.index.onDidProgress(p => {
          this.progress = { ...p };
          progress.report({ message: vscode.l10n.t('indexing {0}/{1} files', p.done.toLocaleString(), p.total.toLocaleString()) });
          this.onState();
        });
        try {
          const report = await this.index.scan(source.token);
          logInfo(`folder index: ${report.files} files listed, ${report.read} read, in ${report.ms} ms${report.cancelled ? ' (cancelled)' : ''}`);
          return report;
        } finally {
          listener.dispose();
        }
      });
    } finally {
      if (this.source === source) this.source = undefined;
      source.dispose();
      this.progress = undefined;
      this.onState();
    }
  }

  dispose(): void {
    this.source?.cancel();
  }
}

export function registerFolderFeature(
  context: vscode.ExtensionContext, config: ConfigSource, createIndexer: IndexerFactory, storeFor: IndexStoreFactory = fileStore,
): { feature: FolderFeature; disposable: vscode.Disposable } {
  let folderConfig = readFolderConfig();
  const workspace = new VscodeWorkspace(() => folderConfig);
  const version = String((context.extension?.packageJSON as { version?: unknown } | undefined)?.version ?? '');
  const cache = cacheFile(context);
  const index = new FolderIndex(workspace, createIndexer(workspace), indexSettings(config.value), isArabicNewsFile, cache && storeFor(cache), version);
  const model = new FolderSpeakersModel(index);
  const treeProvider = new FolderSpeakersTreeProvider(model);
  const view = vscode.window.createTreeView(FOLDER_SPEAKERS_VIEW, { treeDataProvider: treeProvider, showCollapseAll: true });
  const pickerShown = new vscode.EventEmitter<PickerShown>();
  const scans = new Scans(index, () => updateState());

  const updateState = () => {
    const progress = scans.progress;
    view.description = progress
      ? vscode.l10n.t('indexing {0}/{1} files', progress.done.toLocaleString(), progress.total.toLocaleString())
      : `${speakerCount(model.speakers.length)} · ${fileCount(model.fileCount)}`;
    view.message = progress ? undefined : leftOut(index);
    contextKeys.folderIndexing.set(progress !== undefined);
    const state = !vscode.workspace.workspaceFolders?.length ? 'none'
      : !folderConfig.enabled ? 'off'
        : model.speakers.length > 0 ? 'ready' : progress ? 'indexing' : 'empty';
    contextKeys.folderState.set(state);
  };

  const scan = (rebuild = false) => (folderConfig.enabled && vscode.workspace.workspaceFolders?.length ? scans.start(rebuild) : Promise.resolve(undefined));
  let watcher = workspace.watch(uri => index.refresh(uri));
  let included = new GlobSet([folderConfig.include]);

  /** Any `isnad.*` change: a scan only when what is indexed, or how, changed. */
  const onConfig = (next: IsnadConfig) => {
    const previous = folderConfig;
    folderConfig = readFolderConfig();
    if (folderConfig.include !== previous.include) {
      watcher.dispose();
      watcher = workspace.watch(uri => index.refresh(uri));
      included = new GlobSet([folderConfig.include]);
    }
    const analysisChanged = index.setSettings(indexSettings(next));
    if (!folderConfig.enabled) scans.stop();
    if (analysisChanged || JSON.stringify(folderConfig) !== JSON.stringify(previous)) void scan();
    updateState();
  };

  const disposable = vscode.Disposable.from(
    view,
    treeProvider,
    model,
    pickerShown,
    scans,
    model.onDidChange(guarded('folder.state', updateState)),
    config.onDidChange(guarded('folder.config', onConfig)),
    vscode.workspace.onDidChangeConfiguration(guarded('folder.excludes', e => {
      if (e.affectsConfiguration('files.exclude') || e.affectsConfiguration('search.exclude')) void scan();
    })),
    vscode.workspace.onDidChangeWorkspaceFolders(guarded('folder.folders', () => void scan())),
    // A save is indexed at once; the watcher would report it a moment later (it finds the stamp unchanged).
    vscode.workspace.onDidSaveTextDocument(guarded('folder.save', document => {
      if (index.entries.has(document.uri.toString()) || included.matches(vscode.workspace.asRelativePath(document.uri, false))) index.refresh(document.uri.toString());
    })),
    new vscode.Disposable(() => watcher.dispose()),
    index,
  );

  updateState();
  void index.restore().then(guarded('folder.start', () => scan()));

  const feature: FolderFeature = {
    index, model, treeProvider, view, pickerShown, cache: { file: cache, version },
    state: () => contextKeys.folderState.current,
    scan: rebuild => scan(rebuild),
    whenScanned: () => scans.current,
    stop: () => scans.stop(),
  };
  return { feature, disposable };
}
