/**
 * Outline, breadcrumbs and Go to Symbol: the article's title and subheadings, with the statements
 * made under each of them.
 */
import * as vscode from 'vscode';
import type { Section, Statement } from '../core/types';
import type { AnalysisCache } from './analysisCache';
import { guarded } from './log';
import { planOutline } from './outlinePlan';
import { excerpt, toRange } from './ranges';
import { kindLabel } from './labels';

function statementSymbol(document: vscode.TextDocument, statement: Statement): vscode.DocumentSymbol {
  const range = toRange(document, statement.range.start, statement.range.end);
  const named = statement.mention ?? statement.cue;
  let selection = toRange(document, named.start, named.end);
  if (!range.contains(selection)) selection = range;
  const name = `${statement.speaker.name}: ${excerpt(statement.content.text, 50)}`;
  const kind = statement.kind === 'indirect' ? vscode.SymbolKind.Event : vscode.SymbolKind.String;
  // The role beside the name (دميتري بيسكوف، المتحدث باسم الكرملين), then how it was said.
  const detail = [statement.speaker.role, statement.cue.text, kindLabel(statement.kind)].filter(Boolean).join(' · ');
  return new vscode.DocumentSymbol(name, detail, kind, range, selection);
}

function sectionSymbol(document: vscode.TextDocument, section: Section, end: number): vscode.DocumentSymbol {
  const title = toRange(document, section.start, section.end);
  const range = new vscode.Range(title.start, document.positionAt(Math.max(end, section.end)));
  const kind = section.level === 1 ? vscode.SymbolKind.File : vscode.SymbolKind.Namespace;
  return new vscode.DocumentSymbol(section.title.trim() || '…', '', kind, range, title);
}

export function documentSymbols(document: vscode.TextDocument, sections: readonly Section[], statements: readonly Statement[]): vscode.DocumentSymbol[] {
  const last = document.lineAt(document.lineCount - 1).range.end;
  const plan = planOutline(sections, statements.map(s => s.range.start), document.offsetAt(last));
  const roots: vscode.DocumentSymbol[] = [];
  // Each section runs until the next section of the same or a higher level.
  const symbols = plan.sections.map((section, i) => sectionSymbol(document, section, plan.ends[i]!));
  symbols.forEach((symbol, i) => {
    const parent = plan.parents[i];
    (parent === undefined ? roots : symbols[parent]!.children).push(symbol);
  });
  statements.forEach((statement, i) => {
    const home = plan.homes[i];
    (home === undefined ? roots : symbols[home]!.children).push(statementSymbol(document, statement));
  });
  return roots;
}

export function registerDocumentSymbols(cache: AnalysisCache, selector: vscode.DocumentSelector): vscode.Disposable {
  return vscode.languages.registerDocumentSymbolProvider(selector, {
    provideDocumentSymbols: guarded('documentSymbols', async (document: vscode.TextDocument, token: vscode.CancellationToken) => {
      const analysis = (await cache.whenCurrent(document, token))?.analysis;
      if (!analysis || token.isCancellationRequested) return [];
      return documentSymbols(document, analysis.sections, analysis.statements);
    }),
  }, { label: 'Isnad' });
}
