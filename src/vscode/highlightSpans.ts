/**
 * What each highlight style covers, as text offsets: derived from the analysis only, never by
 * looking at the text again (except to widen spans to whole words).
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

export function highlightSpans(analysis: Analysis, text: string): HighlightSpans {
  const words = (s: Span) => wholeWords(text, s.start, s.end);
  const quotes = analysis.quotes.filter(q => q.attributed && q.depth === 0).map(q => ({ start: q.start, end: q.end }));
  quotes.sort((a, b) => a.start - b.start);
  // Outermost quotes do not overlap, so one binary search finds the only candidate.
  const insideQuote = (s: Span) => {
    const q = quotes[firstEndingAfter(quotes, s.start)];
    return q !== undefined && q.start <= s.start && s.end <= q.end;
  };

  const quote: Span[] = [...quotes];
  const indirect: Span[] = [];
  for (const statement of analysis.statements) {
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
    for (let i = 0; i + 1 < m.length; i += 2) speaker.push(wholeWords(text, m[i], m[i + 1]));
  }
  for (const s of analysis.statements) if (s.mention) speaker.push(words(s.mention));

  const cue = [...analysis.statements.map(s => s.cue), ...analysis.looseCues].filter(c => !insideQuote(c)).map(words);
  const credit = analysis.credits.map(words);

  return {
    quote: dedupe(quote.map(words)),
    indirect: dedupe(indirect.map(words)),
    speaker: dedupe(speaker.filter(s => !insideQuote(s))),
    cue: dedupe(cue),
    credit: dedupe(credit),
  };
}
