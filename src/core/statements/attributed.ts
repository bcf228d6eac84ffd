/**
 * Which quotations are someone's words: those inside the content of a direct or mixed statement,
 * except quoted names and terms ("إس 300"). The rest are scare quotes or titles. The quotes are
 * the analysis's own, made for its result: they are put in text order and marked in place.
 */
import type { QuoteSpan, Statement } from '../types';
import { isTermQuote } from './content';

export function markAttributed(text: string, quotes: QuoteSpan[], statements: readonly Statement[]): QuoteSpan[] {
  // The contents of direct and mixed statements by start, as indexes: statements come in text
  // order, so the sort is a check; one document has tens of thousands and a pair array each
  // would be garbage for nothing.
  const spans: number[] = [];
  let sorted = true;
  for (let i = 0; i < statements.length; i++) {
    if (statements[i].kind === 'indirect') continue;
    if (spans.length > 0 && statements[i].content.start < statements[spans[spans.length - 1]].content.start) sorted = false;
    spans.push(i);
  }
  if (!sorted) spans.sort((a, b) => statements[a].content.start - statements[b].content.start);
  const content = (j: number): { readonly start: number; readonly end: number } => statements[spans[j]].content;
  if (!quotes.every((q, i) => i === 0 || quotes[i - 1].start <= q.start)) quotes.sort((a, b) => a.start - b.start);
  let k = 0;
  for (const q of quotes) {
    while (k < spans.length && content(k).end + 1 < q.start) k++;
    let inside = false;
    for (let j = k; j < spans.length && content(j).start - 1 <= q.start && !inside; j++) {
      inside = q.inner.start >= content(j).start - 1 && q.inner.end <= content(j).end + 1;
    }
    if (inside && !isTermQuote(text, q)) (q as { attributed: boolean }).attributed = true;
  }
  return quotes;
}
