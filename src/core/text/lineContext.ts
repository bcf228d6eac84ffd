/**
 * Everything the statement finder needs to know about one line: its tokens, which tokens sit
 * inside a quotation, where sentences end and where clauses may break. Sentences end at . ! ? ؟ ؛
 * outside quotations (a period inside a quote belongs to the quote) and not between digits (19.00).
 * The tokenizer notes, as it reads the words, the few tokens these depend on (TokenNotes): the marks
 * that can end a sentence and the words a cue or clause-break filter may hold. The line's tokens are
 * then not read again one by one; the per-token arrays are filled a stretch at a time.
 */
import type { QuoteSpan } from '../types';
import { tokenize, type Line, type TokenBuffer, type TokenNotes, type Tokens } from './tokens';
import { WordFilter } from './wordFilter';
import { CLAUSE_BREAKS } from '../lexicon/grammar';

export interface LineContext {
  readonly text: string;
  readonly line: Line;
  readonly toks: Tokens;
  /** Outermost quotes of the line, in order. */
  readonly quotes: readonly QuoteSpan[];
  /** For each token, the index in `quotes` of the outermost quote containing it (marks included), or -1. */
  readonly quoteOf: Int32Array;
  /** For each token, the index of the first sentence-ending token after it (or toks.length). */
  readonly sentenceEnd: Int32Array;
  /** For each token, the index of the first token of its sentence. */
  readonly sentenceStart: Int32Array;
  /**
   * The word tokens whose hash the cue filter given to `lineContext` may hold, in order: the only
   * tokens findCues needs to look at (empty when no filter was given).
   */
  readonly cueCandidates: Int32Array;
  /** The word tokens whose hash a clause break may have, in order (see clauseBreaks). */
  readonly breakCandidates: Int32Array;
}

const SENTENCE_END = new Set(['.', '!', '?', '؟', '؛', '…']);
/** SENTENCE_END by code unit: a punctuation token is one unit (or a surrogate pair, never an end). */
const ENDS_SENTENCE = new Uint8Array(0x10000);
for (const mark of SENTENCE_END) ENDS_SENTENCE[mark.charCodeAt(0)] = 1;
/** Whether a code unit is a mark that can end a sentence (. ! ? ؟ ؛ …). */
export const endsSentence = (c: number): boolean => ENDS_SENTENCE[c] === 1;

const isDigit = (c: string | undefined): boolean => c !== undefined && c >= '0' && c <= '9';
const DOT = 0x2e;

export const isComma = (s: string): boolean => s === '،' || s === ',';

/** The breaks by the hash every token carries: nearly every word is turned away by one bit. */
const AFTER_COMMA_HASHES = new WordFilter(CLAUSE_BREAKS);

const NONE = new Int32Array(0);

/** Token indices in a growing buffer, reused from line to line. */
class Indices {
  at = new Int32Array(64);
  n = 0;

  push(index: number): void {
    if (this.n === this.at.length) {
      const grown = new Int32Array(2 * this.n);
      grown.set(this.at);
      this.at = grown;
    }
    this.at[this.n++] = index;
  }

  /** The indices pushed since the last reset, valid until the next push. */
  list(): Int32Array {
    return this.n === 0 ? NONE : this.at.subarray(0, this.n);
  }
}

/** What tokenize notes for lineContext: words the filters may hold, marks that may end a sentence. */
class LineNotes implements TokenNotes {
  cueWords: WordFilter | undefined;
  readonly cues = new Indices();
  readonly breaks = new Indices();
  readonly ends = new Indices();

  begin(cueWords: WordFilter | undefined): void {
    this.cueWords = cueWords;
    this.cues.n = 0;
    this.breaks.n = 0;
    this.ends.n = 0;
  }

  word(index: number, hash: number): void {
    if (this.cueWords !== undefined && this.cueWords.mayHaveHash(hash)) this.cues.push(index);
    if (AFTER_COMMA_HASHES.mayHaveHash(hash)) this.breaks.push(index);
  }

  punctuation(index: number, code: number): void {
    if (endsSentence(code)) this.ends.push(index);
  }
}

const NOTES = new LineNotes();

/**
 * Backing store of the three per-token arrays, reused from line to line: a typed array of more than
 * a few dozen bytes is allocated outside the heap, and three such allocations per line showed in
 * the profile. A context is therefore valid only until the next `lineContext` call; every caller
 * finishes with a line before it moves to the next.
 */
let scratch = new Int32Array(3 * 256);

/**
 * The context of `line`; with `cueWords` (the filter findCues is given), its cue candidates too.
 * Its tokens are written to `tokens` when given (see tokenize).
 */
export function lineContext(text: string, line: Line, lineQuotes: readonly QuoteSpan[], cueWords?: WordFilter, tokens?: TokenBuffer): LineContext {
  NOTES.begin(cueWords);
  const toks = tokenize(text, line.start, line.end, NOTES, tokens);
  const quotes = lineQuotes.length === 0 ? lineQuotes : lineQuotes.filter(q => q.depth === 0);
  const n = toks.length;
  if (scratch.length < 3 * n) scratch = new Int32Array(3 * Math.max(n, 2 * scratch.length / 3));
  const quoteOf = scratch.subarray(0, n);
  const sentenceEnd = scratch.subarray(n, 2 * n);
  const sentenceStart = scratch.subarray(2 * n, 3 * n);
  quoteOf.fill(-1);
  // Outermost quotes neither overlap nor nest, and their marks are tokens of their own: each holds
  // the tokens from the one at its opening mark to the one at its closing mark.
  for (let q = 0; q < quotes.length; q++) {
    const first = firstEndingAfter(toks, quotes[q].start);
    let last = first;
    while (last < n && toks.end(last) <= quotes[q].end) last++;
    if (first < last) quoteOf.fill(q, first, last);
  }
  // A sentence runs from the token after the previous end through its own end mark.
  const ends = NOTES.ends.list();
  let start = 0;
  for (let k = 0; k < ends.length; k++) {
    const i = ends[k];
    if (!isBoundary(text, toks, i, quoteOf)) continue;
    sentenceStart.fill(start, start, i + 1);
    sentenceEnd.fill(i, start, i + 1);
    start = i + 1;
  }
  sentenceStart.fill(start, start, n);
  sentenceEnd.fill(n, start, n);
  return {
    text, line, toks, quotes, quoteOf, sentenceEnd, sentenceStart,
    cueCandidates: NOTES.cues.list(), breakCandidates: NOTES.breaks.list(),
  };
}

/** The first token that ends after `offset` (toks.length when none): a binary search. */
function firstEndingAfter(toks: Tokens, offset: number): number {
  let lo = 0;
  let hi = toks.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (toks.end(mid) <= offset) lo = mid + 1; else hi = mid;
  }
  return lo;
}

/** Whether the sentence-end mark at token i ends its sentence (i is a punctuation token). */
function isBoundary(text: string, toks: Tokens, i: number, quoteOf: Int32Array): boolean {
  if (quoteOf[i] >= 0) return false;
  const start = toks.start(i);
  if (text.charCodeAt(start) !== DOT || toks.end(i) !== start + 1) return true;
  if (isDigit(text[start - 1]) && isDigit(text[start + 1])) return false;
  // ديفيد ل. فيليبس، ستيفين جي. مكهيل، (إن. بي. سي): an initial's dot ends no sentence.
  if (i > 0 && i + 1 < toks.length && toks.isWord(i - 1) && toks.end(i - 1) === start && text[start + 1] === ' ' && isInitial(toks.text(i - 1))) return false;
  // "..." inside a sentence, and ".." used as a dash, do not end it; the last dot of a run does.
  return text[start + 1] !== '.';
}

/** Latin letters as Arabic writes them in initials (جي، دي، إف), and any one letter. */
const INITIALS = new Set(['جي', 'دي', 'بي', 'سي', 'إف', 'اف', 'إل', 'ال', 'إم', 'ام', 'إن', 'آر', 'إس', 'اس', 'تي', 'كيه', 'يو', 'إتش', 'اتش', 'واي', 'زد', 'أيه', 'إيه', 'ايه', 'كيو', 'دبليو', 'إكس']);
const isInitial = (word: string): boolean => word.length === 1 || INITIALS.has(word);

/** Token k is an initial whose dot ends no sentence: ل in ديفيد ل. فيليبس. */
export const initialAt = (ctx: LineContext, k: number): boolean =>
  k + 2 < ctx.toks.length && ctx.toks.isWord(k) && ctx.toks.text(k + 1) === '.' && ctx.toks.end(k) === ctx.toks.start(k + 1)
  && ctx.sentenceEnd[k + 1] !== k + 1 && isInitial(ctx.toks.text(k));

/**
 * A table of numbers about one line, computed when first asked for: `fill` writes its first
 * `size(ctx)` entries into a buffer reused from line to line. Like the context, a table is valid
 * only until the next line's is asked for. The tables below, and the statement finder's, answer for
 * every token what a walk from each cue over its sentence would; a line of many cues in one
 * sentence made such walks quadratic.
 */
export function lineTable(size: (ctx: LineContext) => number, fill: (ctx: LineContext, table: Int32Array) => void): (ctx: LineContext) => Int32Array {
  let of: LineContext | undefined;
  let table = new Int32Array(256);
  return ctx => {
    if (of !== ctx) {
      const n = size(ctx);
      if (table.length < n) table = new Int32Array(2 * n);
      fill(ctx, table);
      of = ctx;
    }
    return table;
  };
}

/**
 * For every token of the line, the index of the first clause break at or after it (بينما anywhere,
 * لكن or فيما after a comma, outside quotes); toks.length where none follows (also at toks.length),
 * from the break candidates the tokenizer noted (قال "..." قال "..." ...: every cue asks).
 */
export const clauseBreaks = lineTable(ctx => ctx.toks.length + 1, (ctx, breaks) => {
  const { toks, quoteOf, breakCandidates } = ctx;
  const n = toks.length;
  let from = 0;
  for (let c = 0; c < breakCandidates.length; c++) {
    const k = breakCandidates[c];
    if (quoteOf[k] >= 0 || k === 0) continue;
    if (toks.isWord(k - 1) || !isComma(toks.text(k - 1)) || !CLAUSE_BREAKS.has(toks.norm(k))) continue;
    breaks.fill(k, from, k + 1);
    from = k + 1;
  }
  breaks.fill(n, from, n + 1);
});

/** The outermost quote whose opening mark is token `i`, if any. */
export function quoteOpenedAt(ctx: LineContext, i: number): QuoteSpan | undefined {
  const q = ctx.quoteOf[i];
  return q >= 0 && ctx.quotes[q].start === ctx.toks.start(i) ? ctx.quotes[q] : undefined;
}

/** The outermost quote whose closing mark is token `i`, if any. */
export function quoteClosedAt(ctx: LineContext, i: number): QuoteSpan | undefined {
  const q = ctx.quoteOf[i];
  return q >= 0 && ctx.quotes[q].end === ctx.toks.end(i) ? ctx.quotes[q] : undefined;
}

/** Index of the first token after the quote that token `i` opens. */
export function afterQuote(ctx: LineContext, i: number): number {
  const q = ctx.quoteOf[i];
  let k = i;
  while (k < ctx.toks.length && ctx.quoteOf[k] === q) k++;
  return k;
}
