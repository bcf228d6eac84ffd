/**
 * Hovers on a quote, a speaker or a credit: who the speaker is (canonical name and role, so
 * بيسكوف shows as دميتري بيسكوف، المتحدث باسم الكرملين), how the words were reported, and which
 * outlet a credit names.
 */
import * as vscode from 'vscode';
import type { Analysis, Credit, Speaker, Statement } from '../core/types';
import type { AnalysisCache } from './analysisCache';
import { guarded } from './log';
import { spanContains, toRange } from './ranges';
import { creditKindLabel, kindLabel } from './labels';

function speakerTypeLabel(type: Speaker['type']): string {
  switch (type) {
    case 'person': return vscode.l10n.t('person');
    case 'organization': return vscode.l10n.t('organisation');
    case 'unnamed': return vscode.l10n.t('unnamed source');
  }
}

/** Text from the article, escaped for Markdown (`appendText` would also turn its spaces into &nbsp;). */
function plain(text: string): string {
  return text.replace(/\s+/g, ' ').replace(/[\\`*_[\]<>#|]/g, '\\$&');
}

function title(md: vscode.MarkdownString, name: string, role: string | undefined): void {
  md.appendMarkdown(`**${plain(name)}**`);
  if (role) md.appendMarkdown(` — ${plain(role)}`);
  md.appendMarkdown('\n\n');
}

function countLine(speaker: Speaker | undefined): string {
  const count = speaker?.statements.length ?? 0;
  return count === 1 ? vscode.l10n.t('1 statement by this speaker') : vscode.l10n.t('{0} statements by this speaker', count);
}

export function speakerHover(speaker: Speaker): vscode.MarkdownString {
  const md = new vscode.MarkdownString('', true);
  title(md, speaker.name, speaker.role);
  md.appendMarkdown(plain(`${speakerTypeLabel(speaker.type)} · ${countLine(speaker)}`));
  if (speaker.aliases.length > 1) {
    md.appendMarkdown('\n\n');
    md.appendMarkdown(plain(vscode.l10n.t('Also written: {0}', speaker.aliases.slice(1).join('، '))));
  }
  return md;
}

export function statementHover(statement: Statement, speaker: Speaker | undefined): vscode.MarkdownString {
  const md = new vscode.MarkdownString('', true);
  title(md, statement.speaker.name, statement.speaker.role ?? speaker?.role);
  const icon = statement.kind === 'direct' ? '$(quote)' : statement.kind === 'mixed' ? '$(comment-discussion)' : '$(comment)';
  md.appendMarkdown(`${icon} `);
  md.appendMarkdown(plain(`${kindLabel(statement.kind)} · ${vscode.l10n.t('cue: {0}', statement.cue.text)}`));
  if (!statement.mention) {
    md.appendMarkdown('\n\n');
    md.appendMarkdown(plain(vscode.l10n.t('The speaker is implied by the previous sentence.')));
  }
  md.appendMarkdown('\n\n');
  md.appendMarkdown(plain(countLine(speaker)));
  return md;
}

export function creditHover(credit: Credit): vscode.MarkdownString {
  const md = new vscode.MarkdownString('', true);
  title(md, credit.sourceArabic ? `${credit.source} (${credit.sourceArabic})` : credit.source, creditKindLabel(credit.kind));
  if (credit.person) md.appendMarkdown(plain(vscode.l10n.t('By: {0}', credit.person)));
  return md;
}

function smallest<T extends { start: number; end: number }>(items: Iterable<T>, offset: number): T | undefined {
  let best: T | undefined;
  for (const item of items) {
    if (spanContains(item, offset) && (!best || item.end - item.start < best.end - best.start)) best = item;
  }
  return best;
}

/** The shortest speaker mention holding the offset, with its speaker (the first such, on a tie). */
function mentionAt(analysis: Analysis, offset: number): { start: number; end: number; speaker: Speaker } | undefined {
  let best: { start: number; end: number; speaker: Speaker } | undefined;
  const consider = (start: number, end: number, speaker: Speaker) => {
    if (start <= offset && offset <= end && (!best || end - start < best.end - best.start)) best = { start, end, speaker };
  };
  for (const speaker of analysis.speakers) {
    const m = speaker.mentions;
    for (let i = 0; i + 1 < m.length && m[i] <= offset; i += 2) consider(m[i], m[i + 1], speaker);
  }
  for (const s of analysis.statements) {
    const speaker = analysis.speakers[s.speakerIndex];
    if (s.mention && speaker) consider(s.mention.start, s.mention.end, speaker);
  }
  return best;
}

/** What the offset is on, most specific first: a speaker's name, a credit, then a statement. */
export function hoverAt(analysis: Analysis, offset: number): { span: { start: number; end: number }; markdown: vscode.MarkdownString } | undefined {
  const mention = mentionAt(analysis, offset);
  if (mention) return { span: mention, markdown: speakerHover(mention.speaker) };

  const credit = smallest(analysis.credits, offset);
  if (credit) return { span: credit, markdown: creditHover(credit) };

  const statements = analysis.statements.map(s => ({ start: s.range.start, end: s.range.end, statement: s }));
  const hit = smallest(statements, offset);
  if (hit) {
    const { statement } = hit;
    const quote = smallest(analysis.quotes.filter(q => q.start >= statement.range.start && q.end <= statement.range.end), offset);
    const span = quote ?? (spanContains(statement.cue, offset) ? statement.cue : statement.content);
    if (!spanContains(span, offset)) return undefined;
    return { span, markdown: statementHover(statement, analysis.speakers[statement.speakerIndex]) };
  }
  return undefined;
}

export function registerHovers(cache: AnalysisCache, selector: vscode.DocumentSelector): vscode.Disposable {
  return vscode.languages.registerHoverProvider(selector, {
    provideHover: guarded('hover', async (document: vscode.TextDocument, position: vscode.Position, token: vscode.CancellationToken) => {
      const analysis = (await cache.whenCurrent(document, token))?.analysis;
      if (!analysis || token.isCancellationRequested) return undefined;
      const hit = hoverAt(analysis, document.offsetAt(position));
      return hit ? new vscode.Hover(hit.markdown, toRange(document, hit.span.start, hit.span.end)) : undefined;
    }),
  });
}
