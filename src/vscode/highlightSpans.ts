/**
 * What each highlight style covers, as text offsets: derived from the analysis only, never by
 * looking at the text again (except to widen spans to whole words). For a long document only the
 * stretch around what the editor shows is worked out: all of a 1 MB document's spans took the
 * extension host 11-38 ms after every edit, the few hundred on screen take about one.
 */
import type { Analysis } from '../core/types';
import { append } from '../core/lists';
import type { HighlightKind } from './config';
import { wholeWords } from './ranges';

export type Span = { readonly start: number; readonly end: number };
export type HighlightSpans = Record<HighlightKind, Span[]>;

/** Index of the first of the sorted, disjoint `spans` that ends after `offset`. */
function firstEndingAfter(spans: readonly Span[], offset: number): number {
  let lo = 0;
  let hi = spans.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (spans[mid]!.end <= offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** `span` minus the sorted, disjoint `holes` (a mixed statement's quoted words are styled as quotes). */
function subtract(span: Span, holes: readonly Span[]): Span[] {
  const out: Span[] = [];
  let from = span.start;
  for (let i = firstEndingAfter(holes, span.start); i < holes.length && holes[i]!.start < span.end; i++) {
    const hole = holes[i]!;
    if (hole.start > from) out.push({ start: from, end: hole.start });
    from = Math.max(from, hole.end);
  }
  if (from < span.end) out.push({ start: from, end: span.end });
  return out;
}

function dedupe(spans: Span[]): Span[] {
  spans.sort((a, b) => a.start - b.start || a.end - b.end);
  return spans.filter((s, i) => s.end > s.start && (i === 0 || s.start !== spans[i - 1]!.start || s.end !== spans[i - 1]!.end));
}

/** How many highlights the analysis gives at most (before overlaps are merged), without working them out. */
export function highlightCount(analysis: Analysis): number {
  let mentions = 0;
  for (const s of analysis.speakers) mentions += s.mentions.length / 2;
  return analysis.quotes.length + 3 * analysis.statements.length + analysis.looseCues.length + analysis.credits.length + mentions;
}

/** The mentions of a speaker (offset pairs in text order) that overlap `within`. */
function mentionsWithin(m: Int32Array, within: Span, out: Span[], text: string): void {
  // Pairs are in text order: a binary search finds the first that may overlap.
  let lo = 0;
  let hi = m.length / 2;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (m[2 * mid + 1]! < within.start) lo = mid + 1;
    else hi = mid;
  }
  for (let i = 2 * lo; i + 1 < m.length && m[i]! <= within.end; i += 2) out.push(wholeWords(text, m[i]!, m[i + 1]!));
}

/** The spans of each style; with `within`, only those overlapping it (the lines around the viewport). */
export function highlightSpans(analysis: Analysis, text: string, within?: Span): HighlightSpans {
  const near = within ? (s: Span) => s.end >= within.start && s.start <= within.end : () => true;
  const words = (s: Span) => wholeWords(text, s.start, s.end);
  const quotes = analysis.quotes.filter(q => q.attributed && q.depth === 0 && near(q)).map(q => ({ start: q.start, end: q.end }));
  quotes.sort((a, b) => a.start - b.start);
  // Outermost quotes do not overlap, so one binary search finds the only candidate.
  const insideQuote = (s: Span) => {
    const q = quotes[firstEndingAfter(quotes, s.start)];
    return q !== undefined && q.start <= s.start && s.end <= q.end;
  };

  const quote: Span[] = [...quotes];
  const indirect: Span[] = [];
  const statements = within ? analysis.statements.filter(s => near(s.range)) : analysis.statements;
  for (const statement of statements) {
    const content = statement.content;
    if (statement.kind === 'direct') {
      // A direct statement whose marks the engine did not mark attributed still shows as a quote.
      if (!insideQuote(content)) quote.push({ start: content.start, end: content.end });
    } else {
      append(indirect, subtract(content, quotes));
    }
  }

  const speaker: Span[] = [];
  for (const s of analysis.speakers) {
    const m = s.mentions;
    if (within) mentionsWithin(m, within, speaker, text);
    else for (let i = 0; i + 1 < m.length; i += 2) speaker.push(wholeWords(text, m[i], m[i + 1]));
  }
  for (const s of statements) if (s.mention && near(s.mention)) speaker.push(words(s.mention));

  const cue = [...statements.map(s => s.cue), ...analysis.looseCues].filter(c => near(c) && !insideQuote(c)).map(words);
  const credit = analysis.credits.filter(near).map(words);

  return {
    quote: dedupe(quote.map(words)),
    indirect: dedupe(indirect.map(words)),
    speaker: dedupe(speaker.filter(s => !insideQuote(s))),
    cue: dedupe(cue),
    credit: dedupe(credit),
  };
}
