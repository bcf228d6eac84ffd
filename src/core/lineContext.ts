/**
 * Everything the statement finder needs to know about one line: its tokens, which tokens sit
 * inside a quotation, and where sentences end. Sentences end at . ! ? ؟ ؛ outside quotations
 * (a period inside a quote belongs to the quote) and not between digits (19.00).
 */
import type { QuoteSpan } from './types';
import { tokenize, type Line, type Token } from './tokens';

export interface LineContext {
  readonly text: string;
  readonly line: Line;
  readonly toks: readonly Token[];
  /** Outermost quotes of the line, in order. */
  readonly quotes: readonly QuoteSpan[];
  /** For each token, the index in `quotes` of the outermost quote containing it (marks included), or -1. */
  readonly quoteOf: Int32Array;
  /** For each token, the index of the first sentence-ending token after it (or toks.length). */
  readonly sentenceEnd: Int32Array;
  /** For each token, the index of the first token of its sentence. */
  readonly sentenceStart: Int32Array;
}

const SENTENCE_END = new Set(['.', '!', '?', '؟', '؛', '…']);
/** SENTENCE_END by code unit: a punctuation token is one unit (or a surrogate pair, never an end). */
const ENDS_SENTENCE = new Uint8Array(0x10000);
for (const mark of SENTENCE_END) ENDS_SENTENCE[mark.charCodeAt(0)] = 1;
const isSentenceEnd = (mark: string): boolean => mark.length === 1 && ENDS_SENTENCE[mark.charCodeAt(0)] === 1;

const isDigit = (c: string | undefined): boolean => c !== undefined && c >= '0' && c <= '9';

/**
 * Backing store of the three per-token arrays, reused from line to line: a typed array of more than
 * a few dozen bytes is allocated outside the heap, and three such allocations per line showed in
 * the profile. A context is therefore valid only until the next `lineContext` call; every caller
 * finishes with a line before it moves to the next.
 */
let scratch = new Int32Array(3 * 256);

export function lineContext(text: string, line: Line, lineQuotes: readonly QuoteSpan[]): LineContext {
  const toks = tokenize(text, line.start, line.end);
  const quotes = lineQuotes.length === 0 ? lineQuotes : lineQuotes.filter(q => q.depth === 0);
  const n = toks.length;
  if (scratch.length < 3 * n) scratch = new Int32Array(3 * Math.max(n, 2 * scratch.length / 3));
  const quoteOf = scratch.subarray(0, n);
  const sentenceEnd = scratch.subarray(n, 2 * n);
  const sentenceStart = scratch.subarray(2 * n, 3 * n);
  // One forward pass places each token in its quote and decides each sentence boundary once (noted
  // in `sentenceEnd`); the backward pass turns the notes into indices.
  let qi = 0;
  let start = 0;
  for (let i = 0; i < n; i++) {
    const t = toks[i];
    while (qi < quotes.length && quotes[qi].end <= t.start) qi++;
    quoteOf[i] = qi < quotes.length && t.start >= quotes[qi].start && t.end <= quotes[qi].end ? qi : -1;
    sentenceStart[i] = start;
    const b = isBoundary(text, toks, i, quoteOf);
    sentenceEnd[i] = b ? 1 : 0;
    if (b) start = i + 1;
  }
  let end = n;
  for (let i = n - 1; i >= 0; i--) {
    if (sentenceEnd[i] === 1) end = i;
    sentenceEnd[i] = end;
  }
  return { text, line, toks, quotes, quoteOf, sentenceEnd, sentenceStart };
}

function isBoundary(text: string, toks: readonly Token[], i: number, quoteOf: Int32Array): boolean {
  const t = toks[i];
  if (t.word || quoteOf[i] >= 0 || !isSentenceEnd(t.text)) return false;
  if (t.text === '.' && isDigit(text[t.start - 1]) && isDigit(text[t.start + 1])) return false;
  // "..." inside a sentence, and ".." used as a dash, do not end it; the last dot of a run does.
  if (t.text === '.' && text[t.end] === '.') return false;
  return true;
}

/** The outermost quote whose opening mark is token `i`, if any. */
export function quoteOpenedAt(ctx: LineContext, i: number): QuoteSpan | undefined {
  const q = ctx.quoteOf[i];
  return q >= 0 && ctx.quotes[q].start === ctx.toks[i].start ? ctx.quotes[q] : undefined;
}

/** The outermost quote whose closing mark is token `i`, if any. */
export function quoteClosedAt(ctx: LineContext, i: number): QuoteSpan | undefined {
  const q = ctx.quoteOf[i];
  return q >= 0 && ctx.quotes[q].end === ctx.toks[i].end ? ctx.quotes[q] : undefined;
}

/** Index of the first token after the quote that token `i` opens. */
export function afterQuote(ctx: LineContext, i: number): number {
  const q = ctx.quoteOf[i];
  let k = i;
  while (k < ctx.toks.length && ctx.quoteOf[k] === q) k++;
  return k;
}
