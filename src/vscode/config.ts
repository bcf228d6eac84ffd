/**
 * The extension's settings as one typed, immutable object. Read once, refreshed only when an
 * `isnad.*` setting changes, so features never query `getConfiguration` on a hot path (every keystroke).
 */
import * as vscode from 'vscode';
import type { AnalyzeOptions, CreditKind } from '../core/types';

export type HighlightKind = 'quote' | 'indirect' | 'speaker' | 'cue' | 'credit';
export const highlightKinds: readonly HighlightKind[] = ['quote', 'indirect', 'speaker', 'cue', 'credit'];

export type CheckId = 'unattributedQuote' | 'quoteMarks' | 'speakerSpelling' | 'repeatedParagraph';
export const checkIds: readonly CheckId[] = ['unattributedQuote', 'quoteMarks', 'speakerSpelling', 'repeatedParagraph'];

/** `off` switches a check off; the other values are the severity its diagnostics get. */
export type CheckLevel = 'off' | 'hint' | 'information' | 'warning' | 'error';

export interface IsnadConfig {
  /** Language ids whose documents are analysed when their text reads as Arabic. */
  readonly languages: readonly string[];
  /** Documents longer than this many characters are not analysed. */
  readonly maxFileSize: number;
  /** At most this many findings of the checks are shown per document (a note says how many are left out). */
  readonly maxProblems: number;
  readonly highlight: Readonly<Record<HighlightKind, boolean>>;
  readonly checks: Readonly<Record<CheckId, CheckLevel>>;
  readonly analyzeOptions: AnalyzeOptions;
}

/**
 * An article has a handful of findings; a digest of hundreds of articles can have thousands, and VS
 * Code's own bookkeeping costs the extension host some 40-60 µs per diagnostic each time a
 * document's diagnostics are set (it looks the document up for each one).
 */
const DEFAULT_MAX_PROBLEMS = 200;

const creditKinds: readonly CreditKind[] = ['agency', 'newspaper', 'broadcaster', 'website', 'photo', 'dateline'];
const levels: readonly CheckLevel[] = ['off', 'hint', 'information', 'warning', 'error'];

function stringList(value: unknown): string[] {
  return Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string' && v.trim() !== '').map(v => v.trim()) : [];
}

function agencies(value: unknown): NonNullable<AnalyzeOptions['extraAgencies']> {
  if (!Array.isArray(value)) return [];
  const out: { name: string; canonical: string; kind?: CreditKind }[] = [];
  for (const entry of value) {
    if (typeof entry !== 'object' || entry === null) continue;
    const { name, canonical, kind } = entry as Record<string, unknown>;
    if (typeof name !== 'string' || name.trim() === '') continue;
    const canonicalName = typeof canonical === 'string' && canonical.trim() !== '' ? canonical.trim() : name.trim();
    const knownKind = creditKinds.find(k => k === kind);
    out.push(knownKind ? { name: name.trim(), canonical: canonicalName, kind: knownKind } : { name: name.trim(), canonical: canonicalName });
  }
  return out;
}

function aliases(value: unknown): Record<string, string> {
  const out: Record<string, string> = {};
  if (typeof value !== 'object' || value === null) return out;
  for (const [spelling, canonical] of Object.entries(value)) {
    if (typeof canonical === 'string' && spelling.trim() !== '' && canonical.trim() !== '') out[spelling.trim()] = canonical.trim();
  }
  return out;
}

export function readConfig(): IsnadConfig {
  const c = vscode.workspace.getConfiguration('isnad');
  const highlight = Object.fromEntries(highlightKinds.map(k => [k, c.get<boolean>(`highlight.${k}`, true) !== false])) as Record<HighlightKind, boolean>;
  const checks = Object.fromEntries(checkIds.map(id => {
    const level = c.get<string>(`checks.${id}`, 'information');
    return [id, levels.find(l => l === level) ?? 'information'];
  })) as Record<CheckId, CheckLevel>;
  const maxFileSize = c.get<number>('maxFileSize', 2_000_000);
  const maxProblems = c.get<number>('maxProblems', DEFAULT_MAX_PROBLEMS);
  return Object.freeze({
    languages: Object.freeze(stringList(c.get('languages', ['plaintext', 'arabic-news']))),
    maxFileSize: typeof maxFileSize === 'number' && maxFileSize > 0 ? maxFileSize : 2_000_000,
    maxProblems: typeof maxProblems === 'number' && maxProblems >= 1 ? Math.floor(maxProblems) : DEFAULT_MAX_PROBLEMS,
    highlight: Object.freeze(highlight),
    checks: Object.freeze(checks),
    analyzeOptions: Object.freeze({
      extraVerbs: stringList(c.get('extraReportingVerbs', [])),
      extraAgencies: agencies(c.get('extraAgencies', [])),
      speakerAliases: aliases(c.get('speakerAliases', {})),
    }),
  });
}

/**
 * Whether a plain-text file opens in the Arabic News mode when it is mostly Arabic
 * (`isnad.detectArabicNews`), read for the file itself: a folder can turn it off for its files.
 */
export function detectsArabicNews(uri: vscode.Uri): boolean {
  return vscode.workspace.getConfiguration('isnad', uri).get<boolean>('detectArabicNews', true) !== false;
}

/** The current settings and an event when they change; one instance shared by every feature. */
export class ConfigSource implements vscode.Disposable {
  private current = readConfig();
  private readonly emitter = new vscode.EventEmitter<IsnadConfig>();
  readonly onDidChange = this.emitter.event;
  private readonly listener = vscode.workspace.onDidChangeConfiguration(e => {
    if (!e.affectsConfiguration('isnad')) return;
    this.current = readConfig();
    this.emitter.fire(this.current);
  });

  get value(): IsnadConfig {
    return this.current;
  }

  dispose(): void {
    this.listener.dispose();
    this.emitter.dispose();
  }
}
