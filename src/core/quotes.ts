/**
 * Quotation spans. Arabic news mixes conventions: ASCII `"` (the same mark opens and closes),
 * «guillemets», “curly”, ‘single’, ‹angle›, „low“ and the {brace} style some papers use. A quote
 * never crosses a line break: an unmatched mark is reported and dropped, so one stray `"` cannot
 * swallow the rest of the document.
 */
import type { QuoteIssue, QuoteSpan, QuoteStyle } from './types';

interface Open {
  readonly at: number;
  readonly style: QuoteStyle;
  readonly mark: string;
}

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
  if (first >= lineEnd) return;
  const stack: Open[] = [];
  const found: QuoteSpan[] = [];
  const close = (open: Open, at: number): void => {
    found.push({ start: open.at, end: at + 1, inner: { start: open.at + 1, end: at }, style: open.style, depth: stack.length, attributed: false });
  };
  let i = first;
  for (; i < lineEnd; i = markFrom(text, i + 1)) {
    const ch = text[i];
    if (ch === '"') {
      const top = stack.length > 0 ? stack[stack.length - 1] : undefined;
      const opens = asciiOpens(text, i, lineStart, lineEnd);
      const prevSpace = i === lineStart || isSpace(text[i - 1]);
      if (top?.style === 'ascii' && !(opens && prevSpace && stackHasAsciiNestRoom(text, i, lineEnd))) {
        stack.pop();
        close(top, i);
      } else if (opens) {
        stack.push({ at: i, style: 'ascii', mark: ch });
      } else {
        out.issues.push({ kind: 'unmatched-close', start: i, end: i + 1, mark: ch });
      }
      continue;
    }
    // „ opens a low quote closed by “; otherwise “ opens a curly quote.
    if (ch === '“' && stack.length > 0 && stack[stack.length - 1].style === 'low') {
      close(stack.pop() as Open, i);
      continue;
    }
    const openStyle = OPENERS[ch];
    const closeStyle = CLOSERS[ch];
    if (ch === '’' && !isQuoteClose(text, i, lineStart, lineEnd, stack)) continue; // an apostrophe: O’Brien
    if (ch === '‘' && i > lineStart && isLetter(text[i - 1]) && isLetter(text[i + 1] ?? '')) continue;
    if (openStyle !== undefined) {
      stack.push({ at: i, style: openStyle, mark: ch });
    } else if (closeStyle !== undefined) {
      closeStyled(stack, closeStyle, i, ch, close, out.issues);
    }
  }
  out.nextMark = i;
  for (const open of stack) out.issues.push({ kind: 'unmatched-open', start: open.at, end: open.at + 1, mark: open.mark });
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

function isQuoteClose(text: string, i: number, lineStart: number, lineEnd: number, stack: readonly Open[]): boolean {
  if (stack.some(o => o.style === 'single')) return true;
  const prevLetter = i > lineStart && isLetter(text[i - 1]);
  const nextLetter = i + 1 < lineEnd && isLetter(text[i + 1]);
  return !(prevLetter && nextLetter);
}

function closeStyled(
  stack: Open[], style: QuoteStyle, i: number, mark: string,
  close: (open: Open, at: number) => void, issues: QuoteIssue[],
): void {
  let k = stack.length - 1;
  while (k >= 0 && stack[k].style !== style) k--;
  if (k < 0) {
    // A closer of another style than the open quote («...”): close it anyway and report the mismatch.
    const top = stack.length > 0 ? stack[stack.length - 1] : undefined;
    if (top !== undefined && top.style !== 'ascii' && top.style !== 'brace' && style !== 'brace') {
      stack.pop();
      issues.push({ kind: 'mismatched', start: i, end: i + 1, mark });
      close(top, i);
      return;
    }
    issues.push({ kind: 'unmatched-close', start: i, end: i + 1, mark });
    return;
  }
  while (stack.length - 1 > k) {
    const dropped = stack.pop() as Open;
    issues.push({ kind: 'unmatched-open', start: dropped.at, end: dropped.at + 1, mark: dropped.mark });
  }
  close(stack.pop() as Open, i);
}
