/**
 * What a folder keeps of one file's analysis: its speakers, its statements (enough to list, find,
 * open and export them) and its outlets. A few kilobytes per article where the full `Analysis` holds
 * quotes, mentions and sections too, so thousands of files stay cheap to keep, to send from a worker
 * as JSON text and to cache on disk.
 */
import type { Analysis, CreditKind, StatementKind } from '../types';

export interface DigestSpeaker {
  readonly name: string;
  readonly role?: string;
  /** Every spelling in the file, canonical name first. */
  readonly aliases: readonly string[];
  readonly type: 'person' | 'organization' | 'unnamed';
}

export interface DigestStatement {
  /** Index into `FileDigest.speakers`. */
  readonly speaker: number;
  readonly kind: StatementKind;
  /** 1-based line of the content's start. */
  readonly line: number;
  readonly cue: string;
  /** The speaker as written at this statement, or null when implied. */
  readonly mention: string | null;
  readonly content: string;
  /** The content's offsets in the file's text. */
  readonly start: number;
  readonly end: number;
  /** The whole statement (cue, mention and content), what a click selects. */
  readonly from: number;
  readonly to: number;
}

export interface DigestOutlet {
  /** Canonical outlet name (Reuters). */
  readonly source: string;
  readonly kind: CreditKind;
  /** How many times the file credits it. */
  readonly credits: number;
}

export interface FileDigest {
  readonly speakers: readonly DigestSpeaker[];
  readonly statements: readonly DigestStatement[];
  readonly outlets: readonly DigestOutlet[];
}

export function digestOf(a: Analysis): FileDigest {
  const speakers = a.speakers.map(s => ({ name: s.name, ...(s.role !== undefined ? { role: s.role } : {}), aliases: s.aliases, type: s.type }));
  const statements = a.statements.map(s => ({
    speaker: s.speakerIndex, kind: s.kind, line: s.line, cue: s.cue.text, mention: s.mention?.text ?? null,
    content: s.content.text, start: s.content.start, end: s.content.end, from: s.range.start, to: s.range.end,
  }));
  const outlets = new Map<string, { source: string; kind: CreditKind; credits: number }>();
  for (const c of a.credits) {
    const known = outlets.get(c.source);
    if (known) known.credits++;
    else outlets.set(c.source, { source: c.source, kind: c.kind, credits: 1 });
  }
  return { speakers, statements, outlets: [...outlets.values()] };
}

/** Statements per speaker of a digest, by speaker index. */
export function statementCounts(digest: FileDigest): number[] {
  const counts = digest.speakers.map(() => 0);
  for (const s of digest.statements) counts[s.speaker] = (counts[s.speaker] ?? 0) + 1;
  return counts;
}
