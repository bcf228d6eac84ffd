/**
 * The who-said-what of one analysis as nodes: speakers with their statements, outlets with their
 * credits. Built once per analysis and shared by the panel, the status bar and the cursor
 * following, so every view groups the same way. No vscode import: unit-tested.
 */
import type { Analysis, Credit, Speaker, Statement } from '../core/types';

export type SpeakerOrder = 'activity' | 'appearance';

export interface SpeakerNode {
  readonly type: 'speaker';
  readonly speakerIndex: number;
  readonly speaker: Speaker;
  readonly statements: readonly StatementNode[];
}

export interface StatementNode {
  readonly type: 'statement';
  /** Index of the statement in `Analysis.statements`. */
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
  /** Index of the credit in `Analysis.credits`. */
  readonly index: number;
  readonly credit: Credit;
  readonly parent: SourceNode;
}

/**
 * Speakers who made at least one statement, most active first or in order of appearance, each
 * with its statements in text order. One pass over the statements: a digest of a thousand
 * articles has thousands of both.
 */
export function buildSpeakers(analysis: Analysis, order: SpeakerOrder): SpeakerNode[] {
  const statements = analysis.speakers.map((): StatementNode[] => []);
  const nodes = analysis.speakers.map((speaker, speakerIndex): SpeakerNode => ({ type: 'speaker', speakerIndex, speaker, statements: statements[speakerIndex]! }));
  analysis.statements.forEach((statement, index) => {
    const parent = nodes[statement.speakerIndex];
    if (parent) statements[statement.speakerIndex]!.push({ type: 'statement', index, statement, parent });
  });
  const firstOffset = (n: SpeakerNode) => Math.min(n.statements[0]?.statement.range.start ?? Infinity, n.speaker.mentions.length > 0 ? n.speaker.mentions[0]! : Infinity);
  const byAppearance = (a: SpeakerNode, b: SpeakerNode) => firstOffset(a) - firstOffset(b);
  return nodes
    .filter(n => n.statements.length > 0)
    .sort(order === 'activity' ? (a, b) => b.statements.length - a.statements.length || byAppearance(a, b) : byAppearance);
}

/** The credits grouped by canonical outlet, outlets in order of their first credit. */
export function buildSources(analysis: Analysis): SourceNode[] {
  const groups = new Map<string, { type: 'source'; source: string; sourceArabic?: string; credits: CreditNode[] }>();
  analysis.credits.forEach((credit, index) => {
    let group = groups.get(credit.source);
    if (!group) {
      group = { type: 'source', source: credit.source, credits: [] };
      if (credit.sourceArabic) group.sourceArabic = credit.sourceArabic;
      groups.set(credit.source, group);
    }
    group.credits.push({ type: 'credit', index, credit, parent: group });
  });
  return [...groups.values()];
}

/** The innermost statement whose range holds the offset (a quote inside a longer report wins). */
export function statementAt(speakers: readonly SpeakerNode[], offset: number): StatementNode | undefined {
  let best: StatementNode | undefined;
  for (const speaker of speakers) {
    for (const node of speaker.statements) {
      const r = node.statement.range;
      if (r.start <= offset && offset <= r.end && (!best || r.end - r.start < best.statement.range.end - best.statement.range.start)) best = node;
    }
  }
  return best;
}
