/**
 * What `activate` returns: a read-only window on the extension's state for the integration tests
 * (and other extensions). Everything here is what the views render; nothing re-parses the text.
 */
import type * as vscode from 'vscode';
import type { AnalysisCache, DocumentAnalysis, WorkerRun } from './analysisCache';
import type { AppliedHighlights, Highlighter } from './highlights';
import type { PanelProbe } from './panel/whoSaidWhatPanel';
import type { WhoSaidWhatModel } from './whoSaidWhatModel';
import { contextKeys } from './contextKeys';
import type { EncodingOffer } from './encodingOffer';
import type { FolderFeature } from './folder/folderFeature';
import { loggedErrors } from './log';

export interface IsnadApi {
  /** The who-said-what model the panel renders (it follows the active editor). */
  readonly model: WhoSaidWhatModel;
  /** The Who Said What panel: its counts, what its webview shows, and a person's clicks and keys in it. */
  readonly panel: PanelProbe;
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
  /** The context keys as last set, which the manifest's `when` clauses (menus, key bindings) read. */
  contextValues(): { readonly activeState?: string; readonly grouping?: string; readonly speakerOrder?: string };
  /** The folder index, its speakers and the "Speakers in This Folder" view. */
  readonly folder: FolderFeature;
  /** Fires when a file was offered to be reopened as Windows-1256. */
  readonly onDidOfferEncoding: vscode.Event<vscode.Uri>;
}

export function createApi(cache: AnalysisCache, highlighter: Highlighter, model: WhoSaidWhatModel, panel: PanelProbe, folder: FolderFeature, encoding: EncodingOffer): IsnadApi {
  return Object.freeze({
    model,
    panel,
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
      activeState: contextKeys.activeState.current, grouping: contextKeys.grouping.current, speakerOrder: contextKeys.speakerOrder.current,
    }),
    folder,
    onDidOfferEncoding: encoding.onDidOffer,
  });
}
