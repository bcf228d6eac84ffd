/**
 * Words and punctuation of one line, with offsets into the document. Arabic attaches clitics and
 * pronouns to words (وقال، لواشنطن، إنها), so a token is a whole orthographic word and the lexicons
 * decide how to peel it; `norm` is its normalized form for every comparison.
 */
import { normalizeArabic } from './normalize';

export interface Token {
  readonly start: number;
  readonly end: number;
  readonly text: string;
  /** Normalized text (see normalize.ts); equals `text` for punctuation. */
  readonly norm: string;
  /** True for a run of letters / digits, false for a single punctuation or symbol character. */
  readonly word: boolean;
}

export interface Line {
  /** 1-based line number. */
  readonly number: number;
  readonly start: number;
  /** End of the line's text, before `\r\n` / `\n`. */
  readonly end: number;
}

/** The lines of a text split on `\n` (a trailing `\r` is left out of the line). */
export function splitLines(text: string): Line[] {
  const lines: Line[] = [];
  let start = 0;
  let n = 1;
  for (;;) {
    const nl = text.indexOf('\n', start);
    const stop = nl < 0 ? text.length : nl;
    const end = stop > start && text.charCodeAt(stop - 1) === 13 ? stop - 1 : stop;
    lines.push({ number: n++, start, end });
    if (nl < 0) return lines;
    start = nl + 1;
  }
}

// Letters, combining marks (Arabic diacritics), digits, tatweel and the hashtag joiners #محمد_بن_زايد.
const TOKEN = /[\p{L}\p{M}\p{N}_]+|\S/gu;

/** Tokens of `text[start, end)`. */
export function tokenize(text: string, start: number, end: number): Token[] {
  const out: Token[] = [];
  const slice = text.slice(start, end);
  TOKEN.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = TOKEN.exec(slice)) !== null) {
    const t = m[0];
    const s = start + m.index;
    const c = t.charCodeAt(0);
    // A lone surrogate half or other symbol is a 1-char punctuation token; words start with a letter or digit.
    const word = t.length > 1 || /[\p{L}\p{N}]/u.test(t);
    out.push({ start: s, end: s + t.length, text: t, norm: word && c > 0x7f ? normalizeArabic(t) : t, word });
  }
  return out;
}

/** Number of word tokens in `text[start, end)` (used for the three-word minimum of a statement). */
export function countWords(text: string, start: number, end: number): number {
  let n = 0;
  let inWord = false;
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    const isSpace = c === 32 || c === 9 || c === 10 || c === 13 || c === 0xa0;
    if (!isSpace && !inWord) n++;
    inWord = !isSpace;
  }
  return n;
}
