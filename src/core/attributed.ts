/**
 * Which quotations are someone's words: those inside the content of a direct or mixed statement,
 * except quoted names and terms ("إس 300"). The rest are scare quotes or titles.
 */
import type { QuoteSpan, Statement } from './types';
import { isTermQuote } from './content';

export function markAttributed(text: string, quotes: readonly QuoteSpan[], statements: readonly Statement[]): QuoteSpan[] {
  const spans = statements
    .filter(s => s.kind !== 'indirect')
    .map(s => [s.content.start, s.content.end] as const)
    .sort((a, b) => a[0] - b[0]);
  let k = 0;
  return [...quotes].sort((a, b) => a.start - b.start).map(q => {
    while (k < spans.length && spans[k][1] + 1 < q.start) k++;
    let inside = false;
    for (let j = k; j < spans.length && spans[j][0] - 1 <= q.start && !inside; j++) {
      inside = q.inner.start >= spans[j][0] - 1 && q.inner.end <= spans[j][1] + 1;
    }
    return inside && !isTermQuote(text, q) ? { ...q, attributed: true } : q;
  });
}
