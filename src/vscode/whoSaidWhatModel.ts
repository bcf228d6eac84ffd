/**
 * The who-said-what of the document the views show, kept apart from the views that render it
 * (references-view style): the model follows the active editor and its analysis, and holds how the
 * panel arranges it; the panel, the status bar and the cursor following only read it. Nodes are
 * rebuilt once per analysis.
 */
import * as vscode from 'vscode';
import type { Analysis } from '../core/types';
import type { DocumentAnalysis } from './analysisCache';
import type { ActiveState } from './contextKeys';
import type { PanelGrouping } from './panel/panelContent';
import { buildSources, buildSpeakers, statementAt, type SourceNode, type SpeakerNode, type SpeakerOrder, type StatementNode } from './whoSaidWhatNodes';

export class WhoSaidWhatModel implements vscode.Disposable {
  private entry: DocumentAnalysis | undefined;
  private state: ActiveState = 'none';
  private order: SpeakerOrder = 'activity';
  private groupingValue: PanelGrouping = 'speaker';
  private speakerNodes: SpeakerNode[] = [];
  private sourceNodes: SourceNode[] = [];
  private readonly emitter = new vscode.EventEmitter<void>();
  readonly onDidChange = this.emitter.event;

  get document(): vscode.TextDocument | undefined {
    return this.entry?.document;
  }

  get analysis(): Analysis | undefined {
    return this.entry?.analysis;
  }

  /** Characters in the shown document when it was analysed (or found too large). */
  get size(): number {
    return this.entry?.size ?? 0;
  }

  get activeState(): ActiveState {
    return this.state;
  }

  get speakerOrder(): SpeakerOrder {
    return this.order;
  }

  /** Statements under their speakers, or in text order. */
  get grouping(): PanelGrouping {
    return this.groupingValue;
  }

  get speakers(): readonly SpeakerNode[] {
    return this.speakerNodes;
  }

  get sources(): readonly SourceNode[] {
    return this.sourceNodes;
  }

  /** Shows the analysis of a document, or nothing (with the reason) when it is not analysed. */
  show(entry: DocumentAnalysis | undefined, state: ActiveState): void {
    this.entry = entry;
    this.state = state;
    this.rebuild();
  }

  setOrder(order: SpeakerOrder): void {
    if (order === this.order) return;
    this.order = order;
    this.rebuild();
  }

  setGrouping(grouping: PanelGrouping): void {
    if (grouping === this.groupingValue) return;
    this.groupingValue = grouping;
    this.emitter.fire();
  }

  /** The innermost statement whose range contains the offset. */
  statementAt(offset: number): StatementNode | undefined {
    return statementAt(this.speakerNodes, offset);
  }

  private rebuild(): void {
    const analysis = this.entry?.analysis;
    this.speakerNodes = analysis ? buildSpeakers(analysis, this.order) : [];
    this.sourceNodes = analysis ? buildSources(analysis) : [];
    this.emitter.fire();
  }

  dispose(): void {
    this.emitter.dispose();
  }
}
