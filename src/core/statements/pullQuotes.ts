/**
 * Quotations that stand as lines of their own, with no verb of saying: a pull quote set as a
 * subheading ("الناتو تعمد قتله" above the paragraph where the speaker is named), or a paragraph of
 * quoted words that goes on from the one before ("ومع ذلك، أجد أن ..."). Each is a direct statement
 * of the speaker named nearest: a short one of the next paragraphs' speaker (a subheading announces
 * what follows), a longer one of the speaker before it.
 */
import type { QuoteSpan } from '../types';
import type { DraftStatement } from './statements';
import type { Line } from '../text/tokens';
import { wordsUpTo } from '../text/tokens';

/** A pull quote that announces the next speaker has at most this many words. */
const PULL_QUOTE_WORDS = 14;
/** How many lines away the speaker it is given to may be named. */
const REACH = 3;
/** A quotation standing alone has at least this many words (as any statement's content). */
const MIN_WORDS = 3;

const isSpace = (c: number): boolean => c === 32 || c === 9 || c === 0xa0 || c === 0x200f || c === 0x200e || c === 0xfeff;

/**
 * The direct statements of lines `[from, to)` that are one quotation each and that no statement of
 * `drafts` (in text order) covers yet.
 */
export function standingQuotes(
  text: string, lines: readonly Line[], from: number, to: number, quotesOf: (line: Line) => readonly QuoteSpan[], drafts: readonly DraftStatement[],
): DraftStatement[] {
  const out: DraftStatement[] = [];
  for (let i = from; i < to; i++) {
    const q = wholeLineQuote(text, lines[i], quotesOf(lines[i]));
    if (q === undefined || wordsUpTo(text, q.inner.start, q.inner.end, MIN_WORDS) < MIN_WORDS) continue;
    if (drafts.some(d => d.content.start < q.end && q.start < d.content.end)) continue;
    const short = wordsUpTo(text, q.inner.start, q.inner.end, PULL_QUOTE_WORDS + 1) <= PULL_QUOTE_WORDS;
    const speaker = short ? nextNamed(drafts, lines[i], q.end) ?? previous(drafts, lines[i], q.start) : previous(drafts, lines[i], q.start);
    if (speaker === undefined) continue;
    let s = q.inner.start;
    let e = q.inner.end;
    while (s < e && isSpace(text.charCodeAt(s))) s++;
    while (e > s && isSpace(text.charCodeAt(e - 1))) e--;
    out.push({
      speaker, mention: null, kind: 'direct', content: { text: text.slice(s, e), start: s, end: e }, line: lines[i].number, headline: true,
      cue: { start: q.start, end: q.start + 1, kind: 'headline', lemma: text[q.start] },
    });
  }
  return out;
}

/** The quotation that is the whole line, but for spaces and a final full stop, if there is one. */
function wholeLineQuote(text: string, line: Line, quotes: readonly QuoteSpan[]): QuoteSpan | undefined {
  if (quotes.length === 0) return undefined;
  let s = line.start;
  let e = line.end;
  while (s < e && isSpace(text.charCodeAt(s))) s++;
  while (e > s && (isSpace(text.charCodeAt(e - 1)) || text[e - 1] === '.' || text[e - 1] === '،')) e--;
  const q = quotes.find(x => x.depth === 0 && x.start === s);
  return q !== undefined && q.end === e ? q : undefined;
}

/** The speaker of the first statement with a named speaker after `offset`, within REACH lines. */
function nextNamed(drafts: readonly DraftStatement[], line: Line, offset: number): DraftStatement['speaker'] | undefined {
  for (const d of drafts) {
    if (d.content.start < offset || d.line > line.number + REACH) continue;
    if (d.mention !== null && !d.headline) return d.speaker;
  }
  return undefined;
}

/** The speaker of the last statement before `offset`, within REACH lines. */
function previous(drafts: readonly DraftStatement[], line: Line, offset: number): DraftStatement['speaker'] | undefined {
  let found: DraftStatement | undefined;
  for (const d of drafts) if (d.content.end <= offset && d.line >= line.number - REACH && !d.headline) found = d;
  return found?.speaker;
}
