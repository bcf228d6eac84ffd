/**
 * Words and punctuation of one line, with offsets into the document. Arabic attaches clitics and
 * pronouns to words (وقال، لواشنطن، إنها), so a token is a whole orthographic word and the lexicons
 * decide how to peel it; `norm` is its normalized form for every comparison.
 */
import { FOLDED_CODES as FOLDED, foldsCode, normalizeArabic } from './normalize';
import { HASH_SEED, finishHash, hashStep } from './wordFilter';

export interface Token {
  readonly start: number;
  readonly end: number;
  readonly text: string;
  /** Normalized text (see normalize.ts); equals `text` for punctuation. */
  readonly norm: string;
  /** True for a run of letters / digits, false for a single punctuation or symbol character. */
  readonly word: boolean;
  /** `wordHash(norm)` for a word (0 for punctuation), so lexicon filters need not read it again. */
  readonly hash: number;
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

const OTHER_WORD_CHAR = /[\p{L}\p{M}\p{N}]/u;

/**
 * Whether a code unit belongs to a word: letters, combining marks (Arabic diacritics), digits,
 * tatweel and `_` (hashtags such as #محمد_بن_زايد).
 */
function wordCharByRule(c: number): boolean {
  if (c >= 0x0621 && c <= 0x064a) return true;
  if (c < 0x80) return c >= 0x30 && c <= 0x39 || c >= 0x41 && c <= 0x5a || c >= 0x61 && c <= 0x7a || c === 0x5f;
  if (c >= 0x0600 && c <= 0x06ff) {
    // Arabic comma, semicolon, question mark, percent and full stop are punctuation.
    return c !== 0x060c && c !== 0x061b && c !== 0x061f && c !== 0x06d4 && !(c >= 0x066a && c <= 0x066d) && c !== 0x060d && c !== 0x061e;
  }
  if (c >= 0xd800 && c <= 0xdfff) return false;
  if (c === 0xa0 || c >= 0x2000 && c <= 0x206f || c >= 0x2e00 && c <= 0x2e7f || c === 0xab || c === 0xbb) return false;
  return OTHER_WORD_CHAR.test(String.fromCharCode(c));
}

const spaceByRule = (c: number): boolean => c === 32 || c === 9 || c === 10 || c === 13 || c === 0xa0 || c === 0x200f || c === 0x200e || c >= 0x2000 && c <= 0x200b || c === 0x202f || c === 0x3000 || c === 0xfeff;

const SPACE = 0;
const WORD = 1;
/** A word character that normalization folds or drops (أ، ة، diacritics). */
const FOLDING = 2;
const OTHER = 3;
const UNKNOWN = 4;

/**
 * The kind of every code unit, read once per character by the tokenizer: the Arabic block and
 * ASCII are filled at load, other units on first sight (their rule asks a Unicode regex).
 */
const KIND = new Uint8Array(0x10000).fill(UNKNOWN);
function learnKind(c: number): number {
  const k = spaceByRule(c) ? SPACE : wordCharByRule(c) ? (foldsCode(c) ? FOLDING : WORD) : OTHER;
  KIND[c] = k;
  return k;
}
for (let c = 0; c < 0x700; c++) learnKind(c);

const kindOf = (c: number): number => {
  const k = KIND[c];
  return k === UNKNOWN ? learnKind(c) : k;
};

/** Whether a code unit belongs to a word (see wordCharByRule). */
export function isWordChar(c: number): boolean {
  const k = kindOf(c);
  return k === WORD || k === FOLDING;
}

/** One string per punctuation code unit, shared by all its tokens (، and . are a large part of them). */
const PUNCTUATION: (string | undefined)[] = new Array<string | undefined>(0x3000).fill(undefined);
function punctuation(c: number): string {
  return c < 0x3000 ? PUNCTUATION[c] ??= String.fromCharCode(c) : String.fromCharCode(c);
}

/** The normalized code units of the word being read (see fromUnits). */
const UNITS = new Uint16Array(12);

/**
 * The normalized word from its first `n` units in UNITS, made in one step: normalizing the word's
 * string would splice it around each folded letter, and four words in ten have one (أ، ة، ى).
 */
function fromUnits(n: number): string {
  const u = UNITS;
  switch (n) {
    case 0: return '';
    case 1: return String.fromCharCode(u[0]);
    case 2: return String.fromCharCode(u[0], u[1]);
    case 3: return String.fromCharCode(u[0], u[1], u[2]);
    case 4: return String.fromCharCode(u[0], u[1], u[2], u[3]);
    case 5: return String.fromCharCode(u[0], u[1], u[2], u[3], u[4]);
    case 6: return String.fromCharCode(u[0], u[1], u[2], u[3], u[4], u[5]);
    case 7: return String.fromCharCode(u[0], u[1], u[2], u[3], u[4], u[5], u[6]);
    case 8: return String.fromCharCode(u[0], u[1], u[2], u[3], u[4], u[5], u[6], u[7]);
    default: return String.fromCharCode(...u.subarray(0, n));
  }
}

/** Tokens of `text[start, end)`. */
export function tokenize(text: string, start: number, end: number): Token[] {
  const out: Token[] = [];
  let i = start;
  while (i < end) {
    const c = text.charCodeAt(i);
    const k = kindOf(c);
    if (k === SPACE) { i++; continue; }
    if (k !== OTHER) {
      // Whether the word needs normalizing is noted on the way, so most words are read only once.
      // The hash is of the normalized word: a folding unit adds its folded letter, a dropped one nothing.
      let folds = false;
      let h = HASH_SEED;
      let length = 0;
      let j = i;
      for (; j < end; j++) {
        let x = text.charCodeAt(j);
        const d = j === i ? k : kindOf(x);
        if (d === SPACE || d === OTHER) break;
        if (d === FOLDING) {
          folds = true;
          x = FOLDED[x];
          if (x < 0) continue;
        }
        if (length < UNITS.length) UNITS[length] = x;
        h = hashStep(h, x);
        length++;
      }
      const t = text.slice(i, j);
      const norm = !folds ? t : length <= UNITS.length ? fromUnits(length) : normalizeArabic(t);
      out.push({ start: i, end: j, text: t, norm, word: true, hash: finishHash(h, length) });
      i = j;
      continue;
    }
    // One punctuation or symbol character (a surrogate pair stays whole).
    const j = c >= 0xd800 && c <= 0xdbff && i + 1 < end ? i + 2 : i + 1;
    const t = j === i + 1 ? punctuation(c) : text.slice(i, j);
    out.push({ start: i, end: j, text: t, norm: t, word: false, hash: 0 });
    i = j;
  }
  return out;
}

/**
 * The number of words in `text[start, end)` (runs of non-space), counted up to max + 1 at most: a
 * statement's content is often a whole paragraph and only needs to be longer than a few words.
 */
export function wordsUpTo(text: string, start: number, end: number, max: number): number {
  let n = 0;
  let inWord = false;
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    const isSpace = c === 32 || c === 9 || c === 10 || c === 13 || c === 0xa0;
    if (!isSpace && !inWord && ++n > max) return n;
    inWord = !isSpace;
  }
  return n;
}
