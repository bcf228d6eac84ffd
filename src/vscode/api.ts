/**
 * What `activate` returns: a read-only window on the extension's state for the integration tests
 * (and other extensions). Everything here is what the views render; nothing re-parses the text.
 */
import type * as vscode from 'vscode';
import type { AnalysisCache, DocumentAnalysis, WorkerRun } from './analysisCache';
import type { AppliedHighlights, Highlighter } from './highlights';
import type { SourcesTreeProvider } from './sourcesTree';
import type { WhoSaidWhatViews } from './whoSaidWhatView';
import type { SourcesNode, WhoSaidWhatModel, WhoSaidWhatNode } from './whoSaidWhatModel';
import type { WhoSaidWhatTreeProvider } from './whoSaidWhatTree';
import { contextKeys } from './contextKeys';
import type { EncodingOffer } from './encodingOffer';
import type { FolderFeature } from './folder/folderFeature';
import { loggedErrors } from './log';

export interface IsnadApi {
  /** The who-said-what model the views render (it follows the active editor). */
  readonly model: WhoSaidWhatModel;
  readonly treeProvider: WhoSaidWhatTreeProvider;
  readonly sourcesProvider: SourcesTreeProvider;
  /** The "Who said what" tree view (its `selection` follows the cursor). */
  readonly whoSaidWhatView: vscode.TreeView<WhoSaidWhatNode>;
  /** The "Sources" tree view (its description holds the credit count). */
  readonly sourcesView: vscode.TreeView<SourcesNode>;
  /** The analysis of the document's current version, once it is published. */
  analysisOf(document: vscode.TextDocument): Promise<DocumentAnalysis>;
  /** The highlight ranges last applied to the document's editors, by kind. */
  highlightsOf(document: vscode.TextDocument): AppliedHighlights | undefined;
  readonly onDidApplyHighlights: vscode.Event<vscode.TextDocument>;
  readonly onDidChangeAnalysis: vscode.Event<DocumentAnalysis>;
  /** A document version was sent to the analysis worker (long documents on the desktop host). */
  readonly onDidStartWorkerRun: vscode.Event<WorkerRun>;
  /** The worker's analysis of a version arrived after the document (or the settings) changed and was dropped unpublished. */
  readonly onDidDropWorkerRun: vscode.Event<WorkerRun>;
  /**
   * The errors the extension caught and wrote to its log since activation (where, and the message):
   * a bug in a feature is logged instead of thrown into VS Code; the integration suite asserts none is.
   */
  loggedErrors(): readonly string[];
  /** The context keys as last set, which the manifest's `when` clauses (welcome texts, menus) read. */
  contextValues(): { readonly activeState?: string; readonly hasStatements?: boolean; readonly hasSources?: boolean };
  /** The folder index, its speakers and the "Speakers in This Folder" view. */
  readonly folder: FolderFeature;
  /** Fires when a file was offered to be reopened as Windows-1256. */
  readonly onDidOfferEncoding: vscode.Event<vscode.Uri>;
}

export function createApi(cache: AnalysisCache, highlighter: Highlighter, model: WhoSaidWhatModel, views: WhoSaidWhatViews, folder: FolderFeature, encoding: EncodingOffer): IsnadApi {
  return Object.freeze({
    model,
    treeProvider: views.treeProvider,
    sourcesProvider: views.sourcesProvider,
    whoSaidWhatView: views.tree,
    sourcesView: views.sources,
    analysisOf: async (document: vscode.TextDocument) => {
      const entry = await cache.current(document);
      if (!entry) throw new Error(`${document.uri.toString()} was closed before its analysis was published`);
      return entry;
    },
    highlightsOf: (document: vscode.TextDocument) => highlighter.appliedTo(document),
    onDidApplyHighlights: highlighter.onDidApply,
    onDidChangeAnalysis: cache.onDidChangeAnalysis,
    onDidStartWorkerRun: cache.onDidStartWorkerRun,
    onDidDropWorkerRun: cache.onDidDropWorkerRun,
    loggedErrors,
    contextValues: () => ({
      activeState: contextKeys.activeState.current, hasStatements: contextKeys.hasStatements.current, hasSources: contextKeys.hasSources.current,
    }),
    folder,
    onDidOfferEncoding: encoding.onDidOffer,
  });
}
