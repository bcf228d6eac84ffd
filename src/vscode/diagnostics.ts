/**
 * The editorial checks in the Problems panel, at the severity each `isnad.checks.*` setting gives
 * (information by default: these are notes for an editor, not errors in the file).
 */
import * as vscode from 'vscode';
import type { AnalysisCache, DocumentAnalysis } from './analysisCache';
import type { CheckLevel, ConfigSource } from './config';
import { runChecks, type Finding, type FindingMessage } from './checks';
import { guarded } from './log';
import { toRange } from './ranges';

export const DIAGNOSTIC_SOURCE = 'Isnad';

const severities: Record<Exclude<CheckLevel, 'off'>, vscode.DiagnosticSeverity> = {
  hint: vscode.DiagnosticSeverity.Hint,
  information: vscode.DiagnosticSeverity.Information,
  warning: vscode.DiagnosticSeverity.Warning,
  error: vscode.DiagnosticSeverity.Error,
};

export function findingMessage(message: FindingMessage): string {
  switch (message.id) {
    case 'unattributedQuote': return vscode.l10n.t('Quote without a speaker: nobody in the text is credited with these words.');
    case 'unmatched-open': return vscode.l10n.t('The quotation mark {0} is never closed.', message.mark);
    case 'unmatched-close': return vscode.l10n.t('The closing quotation mark {0} has no opening mark.', message.mark);
    case 'mismatched': return vscode.l10n.t('The quotation mark {0} closes a quote opened with a different mark.', message.mark);
    case 'speakerSpelling': return vscode.l10n.t('The speaker {0} is also written {1} in this text.', message.spelling, message.other);
    case 'repeatedParagraph': return vscode.l10n.t('This paragraph repeats an earlier one word for word.');
  }
}

/** The quick fix of each diagnostic, found again by the code action provider. */
export class FixStore {
  private readonly fixes = new Map<string, Map<string, Finding>>();

  private static key(range: vscode.Range, message: string): string {
    return `${range.start.line}:${range.start.character}-${range.end.line}:${range.end.character}|${message}`;
  }

  set(uri: vscode.Uri, entries: readonly [vscode.Diagnostic, Finding][]): void {
    const map = new Map<string, Finding>();
    for (const [d, f] of entries) if (f.replacement !== undefined) map.set(FixStore.key(d.range, d.message), f);
    this.fixes.set(uri.toString(), map);
  }

  get(uri: vscode.Uri, diagnostic: vscode.Diagnostic): Finding | undefined {
    return this.fixes.get(uri.toString())?.get(FixStore.key(diagnostic.range, diagnostic.message));
  }

  delete(uri: vscode.Uri): void {
    this.fixes.delete(uri.toString());
  }
}

/** The diagnostic code of the note that says how many findings the isnad.maxProblems limit left out. */
const MAX_PROBLEMS_CODE = 'maxProblems';

const openLimitSetting = vscode.Uri.parse(`command:workbench.action.openSettings?${encodeURIComponent(JSON.stringify(['isnad.maxProblems']))}`);

function toDiagnostics(entry: DocumentAnalysis, config: ConfigSource): { pairs: [vscode.Diagnostic, Finding][]; note?: vscode.Diagnostic } {
  const { analysis, document } = entry;
  if (!analysis) return { pairs: [] };
  const { checks: levels, maxProblems } = config.value;
  const findings = runChecks(analysis, document.getText(), check => levels[check] !== 'off');
  // Past the limit, the first findings in text order are shown (a digest of hundreds of articles
  // has thousands, and making each one's diagnostic would hold up the editor), and a note at the
  // first one left out says how many more there are.
  const over = findings.length > maxProblems;
  if (over) findings.sort((a, b) => a.start - b.start || a.end - b.end);
  const shown = over ? findings.slice(0, maxProblems) : findings;
  const pairs = shown.map((finding): [vscode.Diagnostic, Finding] => {
    const level = levels[finding.check];
    const diagnostic = new vscode.Diagnostic(toRange(document, finding.start, finding.end), findingMessage(finding.message), severities[level === 'off' ? 'information' : level]);
    diagnostic.source = DIAGNOSTIC_SOURCE;
    diagnostic.code = finding.check;
    if (finding.related) {
      diagnostic.relatedInformation = [new vscode.DiagnosticRelatedInformation(
        new vscode.Location(document.uri, toRange(document, finding.related.start, finding.related.end)),
        vscode.l10n.t('First occurrence'),
      )];
    }
    return [diagnostic, finding];
  });
  if (!over) return { pairs };
  const first = findings[maxProblems]!;
  const note = new vscode.Diagnostic(
    toRange(document, first.start, first.end),
    vscode.l10n.t('Isnad shows the first {0} of {1} findings in this file; the setting isnad.maxProblems sets the limit.', maxProblems.toLocaleString(), findings.length.toLocaleString()),
    vscode.DiagnosticSeverity.Information,
  );
  note.source = DIAGNOSTIC_SOURCE;
  note.code = { value: MAX_PROBLEMS_CODE, target: openLimitSetting };
  return { pairs, note };
}

export function registerDiagnostics(cache: AnalysisCache, config: ConfigSource, fixes: FixStore): vscode.Disposable {
  const collection = vscode.languages.createDiagnosticCollection('isnad');
  const publish = (entry: DocumentAnalysis) => {
    const { pairs, note } = toDiagnostics(entry, config);
    fixes.set(entry.document.uri, pairs);
    const diagnostics = pairs.map(p => p[0]);
    if (note) diagnostics.push(note);
    collection.set(entry.document.uri, diagnostics);
  };
  // A long document's checks (thousands of findings in a 1 MB file) are published in a task of their
  // own, after its highlights, so the extension host is never busy with both at a stretch.
  const later = new Map<string, ReturnType<typeof setTimeout>>();
  const cancelLater = (key: string) => {
    clearTimeout(later.get(key));
    later.delete(key);
  };
  const onAnalysis = (entry: DocumentAnalysis) => {
    const key = entry.document.uri.toString();
    cancelLater(key);
    if (entry.ranOn !== 'worker') return publish(entry);
    later.set(key, setTimeout(guarded('diagnostics.later', () => {
      later.delete(key);
      if (cache.peek(entry.document) === entry) publish(entry);
    }), 0));
  };
  return vscode.Disposable.from(
    collection,
    cache.onDidChangeAnalysis(guarded('diagnostics.analysis', onAnalysis)),
    cache.onDidForget(guarded('diagnostics.forget', (uri: vscode.Uri) => {
      cancelLater(uri.toString());
      collection.delete(uri);
      fixes.delete(uri);
    })),
    new vscode.Disposable(() => {
      for (const key of [...later.keys()]) cancelLater(key);
    }),
  );
}
