/**
 * What the Who Said What panel shows, as plain data posted to its webview: statements under their
 * speakers or in text order, and the credits under their outlets. Built from the model's nodes once
 * per analysis; the webview only lays it out. No vscode import: unit-tested.
 */
import type { CreditKind, Speaker, StatementKind } from '../../core/types';
import type { SourceNode, SpeakerNode, StatementNode } from '../whoSaidWhatNodes';

export type PanelGrouping = 'speaker' | 'text';

export interface StatementRow {
  /** The row's element id in the webview. */
  readonly id: string;
  /** Index in `Analysis.statements`. */
  readonly index: number;
  readonly kind: StatementKind;
  /** 1-based line of the statement's content. */
  readonly line: number;
  readonly cue: string;
  /** The statement's words from the first, on one line, cut at a word past ROW_TEXT_CHARS. */
  readonly text: string;
  readonly speaker: string;
  readonly role?: string;
}

export interface SpeakerHeading {
  readonly id: string;
  readonly name: string;
  readonly role?: string;
  readonly type: Speaker['type'];
  /** The speaker's statements in this document. */
  readonly count: number;
}

/** A speaker with its statements; in text order, one group without a heading holds them all. */
export interface RowGroup {
  readonly heading?: SpeakerHeading;
  readonly rows: readonly StatementRow[];
}

export interface CreditRow {
  readonly id: string;
  /** Index in `Analysis.credits`. */
  readonly index: number;
  readonly kind: CreditKind;
  readonly line: number;
  readonly text: string;
  readonly person?: string;
}

export interface SourceGroup {
  readonly id: string;
  /** Canonical outlet name (Reuters) and its Arabic name when known (رويترز). */
  readonly source: string;
  readonly sourceArabic?: string;
  readonly credits: readonly CreditRow[];
}

export interface PanelContent {
  readonly grouping: PanelGrouping;
  readonly groups: readonly RowGroup[];
  readonly sources: readonly SourceGroup[];
  readonly statementCount: number;
  readonly speakerCount: number;
  readonly creditCount: number;
}

/**
 * A row shows at most three lines; in a panel docked at the bottom a line holds some 150 Arabic
 * characters, so more than this is never seen, and a 1 MB digest's thousands of rows stay small.
 */
export const ROW_TEXT_CHARS = 480;

/** The text on one line, cut at a word near `max` characters with "…" after it. */
export function rowText(text: string, max = ROW_TEXT_CHARS): string {
  const head = text.length > 2 * max ? text.slice(0, 2 * max) : text;
  const flat = head.replace(/\s+/g, ' ').trim();
  if (flat.length <= max && head.length === text.length) return flat;
  if (flat.length <= max) return `${flat}…`;
  const cut = flat.lastIndexOf(' ', max);
  return `${flat.slice(0, cut > max / 2 ? cut : max)}…`;
}

export const statementRowId = (index: number): string => `s${index}`;
export const creditRowId = (index: number): string => `c${index}`;

function statementRow(node: StatementNode): StatementRow {
  const { statement } = node;
  const role = statement.speaker.role ?? node.parent.speaker.role;
  const row = {
    id: statementRowId(node.index), index: node.index, kind: statement.kind, line: statement.line,
    cue: statement.cue.text, text: rowText(statement.content.text), speaker: node.parent.speaker.name,
  };
  return role ? { ...row, role } : row;
}

function heading(node: SpeakerNode): SpeakerHeading {
  const { speaker } = node;
  const fields = { id: `h${node.speakerIndex}`, name: speaker.name, type: speaker.type, count: node.statements.length };
  return speaker.role ? { ...fields, role: speaker.role } : fields;
}

function sourceGroup(node: SourceNode, i: number, lineOf: (offset: number) => number): SourceGroup {
  const credits = node.credits.map(({ credit, index }): CreditRow => {
    const row = { id: creditRowId(index), index, kind: credit.kind, line: lineOf(credit.start), text: rowText(credit.text) };
    return credit.person ? { ...row, person: credit.person } : row;
  });
  return node.sourceArabic ? { id: `o${i}`, source: node.source, sourceArabic: node.sourceArabic, credits } : { id: `o${i}`, source: node.source, credits };
}

/**
 * The panel's content: speakers in the model's order with their statements, or every statement in
 * text order; outlets with their credits (`lineOf` gives the 1-based line of an offset).
 */
export function buildPanelContent(speakers: readonly SpeakerNode[], sources: readonly SourceNode[], grouping: PanelGrouping, lineOf: (offset: number) => number): PanelContent {
  let groups: RowGroup[];
  if (grouping === 'speaker') {
    groups = speakers.map(node => ({ heading: heading(node), rows: node.statements.map(statementRow) }));
  } else {
    const all = speakers.flatMap(node => node.statements).sort((a, b) => a.statement.range.start - b.statement.range.start || a.index - b.index);
    groups = all.length > 0 ? [{ rows: all.map(statementRow) }] : [];
  }
  const statementCount = speakers.reduce((n, s) => n + s.statements.length, 0);
  const creditCount = sources.reduce((n, s) => n + s.credits.length, 0);
  return {
    grouping, groups, sources: sources.map((node, i) => sourceGroup(node, i, lineOf)),
    statementCount, speakerCount: speakers.length, creditCount,
  };
}
