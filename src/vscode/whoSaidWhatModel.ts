/**
 * The who-said-what of one document as tree nodes, kept apart from the tree views that render it
 * (references-view style): the model follows the active editor and its analysis, the providers only
 * turn nodes into `TreeItem`s. Nodes are rebuilt once per analysis, so `TreeView.reveal` gets the
 * same objects the providers returned.
 */
import * as vscode from 'vscode';
import type { Analysis, Credit, Speaker, Statement } from '../core/types';
import type { DocumentAnalysis } from './analysisCache';
import type { ActiveState } from './contextKeys';

export type SpeakerOrder = 'activity' | 'appearance';

export interface SpeakerNode {
  readonly type: 'speaker';
  readonly speakerIndex: number;
  readonly speaker: Speaker;
  readonly statements: readonly StatementNode[];
}

export interface StatementNode {
  readonly type: 'statement';
  readonly index: number;
  readonly statement: Statement;
  readonly parent: SpeakerNode;
}

export interface SourceNode {
  readonly type: 'source';
  /** Canonical outlet (Reuters), the key the credits are grouped by. */
  readonly source: string;
  readonly sourceArabic?: string;
  readonly credits: readonly CreditNode[];
}

export interface CreditNode {
  readonly type: 'credit';
  readonly credit: Credit;
  readonly parent: SourceNode;
}

export type WhoSaidWhatNode = SpeakerNode | StatementNode;
export type SourcesNode = SourceNode | CreditNode;

function buildSpeakers(analysis: Analysis, order: SpeakerOrder): SpeakerNode[] {
  const nodes = analysis.speakers.map((speaker, speakerIndex) => {
    const statements: StatementNode[] = [];
    const node: SpeakerNode = { type: 'speaker', speakerIndex, speaker, statements };
    analysis.statements.forEach((statement, index) => {
      if (statement.speakerIndex === speakerIndex) statements.push({ type: 'statement', index, statement, parent: node });
    });
    return node;
  });
  const firstOffset = (n: SpeakerNode) => Math.min(n.statements[0]?.statement.range.start ?? Infinity, n.speaker.mentions.length > 0 ? n.speaker.mentions[0] : Infinity);
  const byAppearance = (a: SpeakerNode, b: SpeakerNode) => firstOffset(a) - firstOffset(b);
  return nodes
    .filter(n => n.statements.length > 0)
    .sort(order === 'activity' ? (a, b) => b.statements.length - a.statements.length || byAppearance(a, b) : byAppearance);
}

function buildSources(analysis: Analysis): SourceNode[] {
  const groups = new Map<string, { type: 'source'; source: string; sourceArabic?: string; credits: CreditNode[] }>();
  for (const credit of analysis.credits) {
    let group = groups.get(credit.source);
    if (!group) {
      group = { type: 'source', source: credit.source, credits: [] };
      if (credit.sourceArabic) group.sourceArabic = credit.sourceArabic;
      groups.set(credit.source, group);
    }
    group.credits.push({ type: 'credit', credit, parent: group });
  }
  return [...groups.values()];
}

export class WhoSaidWhatModel implements vscode.Disposable {
  private entry: DocumentAnalysis | undefined;
  private state: ActiveState = 'none';
  private order: SpeakerOrder = 'activity';
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

  /** The innermost statement whose range contains the offset. */
  statementAt(offset: number): StatementNode | undefined {
    let best: StatementNode | undefined;
    for (const speaker of this.speakerNodes) {
      for (const node of speaker.statements) {
        const r = node.statement.range;
        if (r.start <= offset && offset <= r.end && (!best || r.end - r.start < best.statement.range.end - best.statement.range.start)) best = node;
      }
    }
    return best;
  }

  statementNode(index: number): StatementNode | undefined {
    for (const speaker of this.speakerNodes) for (const node of speaker.statements) if (node.index === index) return node;
    return undefined;
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
