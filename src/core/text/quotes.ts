/**
 * Quotation spans. Arabic news mixes conventions: ASCII `"` (the same mark opens and closes),
 * «guillemets», “curly”, ‘single’, ‹angle›, „low“ and the {brace} style some papers use. A quote
 * never crosses a line break: an unmatched mark is reported and dropped, so one stray `"` cannot
 * swallow the rest of the document.
 */
import type { QuoteIssue, QuoteSpan, QuoteStyle } from '../types';

/**
 * The quotes open on the line being scanned, innermost last, with the open ones of each style listed
 * apart: a closer finds the innermost opener of its style at once, not by a walk down every open
 * quote (a line of ten thousand « then as many ’ made that walk quadratic). Reused from line to line.
 */
class OpenQuotes {
  private readonly at: number[] = [];
  private readonly styles: QuoteStyle[] = [];
  /** By style, the indices in `at` of the open quotes of that style, innermost last. */
  private readonly byStyle = new Map<QuoteStyle, number[]>();

  get length(): number {
    return this.at.length;
  }

  clear(): void {
    this.at.length = 0;
    this.styles.length = 0;
    for (const list of this.byStyle.values()) list.length = 0;
  }

  push(at: number, style: QuoteStyle): void {
    let list = this.byStyle.get(style);
    if (list === undefined) this.byStyle.set(style, list = []);
    list.push(this.at.length);
    this.at.push(at);
    this.styles.push(style);
  }

  /** The style of the innermost open quote. */
  topStyle(): QuoteStyle | undefined {
    return this.styles[this.styles.length - 1];
  }

  /** The index of the innermost open quote of `style`, or -1. */
  innermost(style: QuoteStyle): number {
    const list = this.byStyle.get(style);
    return list === undefined || list.length === 0 ? -1 : list[list.length - 1];
  }

  /** Removes the innermost open quote and returns where its mark is. */
  pop(): number {
    const style = this.styles.pop() as QuoteStyle;
    this.byStyle.get(style)?.pop();
    return this.at.pop() as number;
  }

  /** Where the marks of the open quotes are, outermost first. */
  positions(): readonly number[] {
    return this.at;
  }
}

const OPEN = new OpenQuotes();

const OPENERS: Readonly<Record<string, QuoteStyle>> = { '«': 'guillemet', '“': 'curly', '‘': 'single', '‹': 'angle', '„': 'low', '{': 'brace' };
const CLOSERS: Readonly<Record<string, QuoteStyle>> = { '»': 'guillemet', '”': 'curly', '’': 'single', '›': 'angle', '}': 'brace' };

const LETTER = /[\p{L}\p{N}\p{M}]/u;
const isLetter = (ch: string): boolean => ch !== '' && LETTER.test(ch);
const isSpace = (ch: string): boolean => ch === '' || ch === ' ' || ch === '\t' || ch === '\u00a0';

/**
 * Whether an ASCII `"` at `i` opens a quote. It opens after a space / line start / opening bracket
 * and before a letter (قال "روسيا), or right after a one-letter proclitic (لـ"واشنطن بوست"، بـ"الكذب").
 */
function asciiOpens(text: string, i: number, lineStart: number, lineEnd: number): boolean {
  const prev = i > lineStart ? text[i - 1] : '';
  const next = i + 1 < lineEnd ? text[i + 1] : '';
  const nextStarts = isLetter(next) || next === '(' || next === '«' || next === '.' && text[i + 2] === '.';
  if (!nextStarts) return false;
  if (isSpace(prev) || '(:[،,-–—/'.includes(prev)) return true;
  return isProclitic(text, i, lineStart);
}

/** True when the word right before `i` is a proclitic such as ل، ب، لـ، بـ، و، ك، ف. */
function isProclitic(text: string, i: number, lineStart: number): boolean {
  let j = i - 1;
  if (j >= lineStart && text[j] === 'ـ') j--;
  if (j < lineStart || !'لبوكف'.includes(text[j])) return false;
  if (j - 1 >= lineStart && isLetter(text[j - 1])) {
    // وب"... or ول"... : two clitics stacked.
    return '\u0648\u0641'.includes(text[j - 1]) && (j - 2 < lineStart || !isLetter(text[j - 2]));
  }
  return true;
}

export interface QuoteScan {
  readonly quotes: QuoteSpan[];
  readonly issues: QuoteIssue[];
  /** Where the next quotation mark at or after the lines scanned so far is (text length: none). */
  nextMark?: number;
  /**
   * When given, gets the stretches of the scanned lines where no quote is open, as [start, end)
   * pairs: a line can be read in pieces cut there (stories.ts) and each piece's quotes are the same.
   */
  readonly quiet?: number[];
}

/** Every character that can be a quotation mark: one native search finds the next, so the lines between marks are not read here. */
const MARK = /["«»“”‘’‹›„{}]/g;

function markFrom(text: string, from: number): number {
  MARK.lastIndex = from;
  return MARK.exec(text)?.index ?? text.length;
}

/** Scans `text[lineStart, lineEnd)` for quotes, appending to `out`. */
export function scanLineQuotes(text: string, lineStart: number, lineEnd: number, out: QuoteScan): void {
  // Lines are scanned in text order, so the mark found past one line's end is the next line's first.
  let first = out.nextMark;
  if (first === undefined || first < lineStart) first = markFrom(text, lineStart);
  out.nextMark = first;
  const quiet = out.quiet;
  if (first >= lineEnd) {
    quiet?.push(lineStart, lineEnd);
    return;
  }
  const open = OPEN;
  open.clear();
  /** Just past the last mark read: when no quote is open, the text from there to the next mark is quiet. */
  let after = lineStart;
  const found: QuoteSpan[] = [];
  /** Records the quote opened at `at` and closed at `end`, once its opener is off the stack. */
  const close = (at: number, style: QuoteStyle, end: number): void => {
    found.push({ start: at, end: end + 1, inner: { start: at + 1, end }, style, depth: open.length, attributed: false });
  };
  let i = first;
  for (; i < lineEnd; i = markFrom(text, i + 1)) {
    if (quiet !== undefined && open.length === 0 && i > after) quiet.push(after, i);
    after = i + 1;
    const ch = text[i];
    if (ch === '"') {
      const opens = asciiOpens(text, i, lineStart, lineEnd);
      const prevSpace = i === lineStart || isSpace(text[i - 1]);
      if (open.topStyle() === 'ascii' && !(opens && prevSpace && stackHasAsciiNestRoom(text, i, lineEnd))) {
        close(open.pop(), 'ascii', i);
      } else if (opens) {
        open.push(i, 'ascii');
      } else {
        out.issues.push({ kind: 'unmatched-close', start: i, end: i + 1, mark: ch });
      }
      continue;
    }
    // „ opens a low quote closed by “; otherwise “ opens a curly quote.
    if (ch === '“' && open.topStyle() === 'low') {
      close(open.pop(), 'low', i);
      continue;
    }
    const openStyle = OPENERS[ch];
    const closeStyle = CLOSERS[ch];
    if (ch === '’' && !isQuoteClose(text, i, lineStart, lineEnd, open)) continue; // an apostrophe: O’Brien
    if (ch === '‘' && i > lineStart && isLetter(text[i - 1]) && isLetter(text[i + 1] ?? '')) continue;
    if (openStyle !== undefined) {
      open.push(i, openStyle);
    } else if (closeStyle !== undefined) {
      closeStyled(text, open, closeStyle, i, ch, close, out.issues);
    }
  }
  out.nextMark = i;
  if (quiet !== undefined && open.length === 0 && lineEnd > after) quiet.push(after, lineEnd);
  for (const at of open.positions()) out.issues.push({ kind: 'unmatched-open', start: at, end: at + 1, mark: text[at] });
  found.sort((a, b) => a.start - b.start);
  for (const q of found) out.quotes.push(q);
}

/**
 * An ASCII mark after a space and before a letter, while an ASCII quote is open, is a nested
 * opener only when the line has another `"` later to close it: `يسمى "المعارضة" عن`.
 */
function stackHasAsciiNestRoom(text: string, i: number, lineEnd: number): boolean {
  const next = text.indexOf('"', i + 1);
  if (next < 0 || next >= lineEnd) return false;
  // The nested quote closes before the outer one: a mark glued to the end of a word.
  return next > 0 && !isSpace(text[next - 1]);
}

function isQuoteClose(text: string, i: number, lineStart: number, lineEnd: number, open: OpenQuotes): boolean {
  if (open.innermost('single') >= 0) return true;
  const prevLetter = i > lineStart && isLetter(text[i - 1]);
  const nextLetter = i + 1 < lineEnd && isLetter(text[i + 1]);
  return !(prevLetter && nextLetter);
}

function closeStyled(
  text: string, open: OpenQuotes, style: QuoteStyle, i: number, mark: string,
  close: (at: number, style: QuoteStyle, end: number) => void, issues: QuoteIssue[],
): void {
  const k = open.innermost(style);
  if (k < 0) {
    // A closer of another style than the open quote («...”): close it anyway and report the mismatch.
    const top = open.topStyle();
    if (top !== undefined && top !== 'ascii' && top !== 'brace' && style !== 'brace') {
      const at = open.pop();
      issues.push({ kind: 'mismatched', start: i, end: i + 1, mark });
      close(at, top, i);
      return;
    }
    issues.push({ kind: 'unmatched-close', start: i, end: i + 1, mark });
    return;
  }
  while (open.length - 1 > k) {
    const at = open.pop();
    issues.push({ kind: 'unmatched-open', start: at, end: at + 1, mark: text[at] });
  }
  close(open.pop(), style, i);
}
