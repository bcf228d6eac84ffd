/**
 * Words and punctuation of one line, with offsets into the document. Arabic attaches clitics and
 * pronouns to words (وقال، لواشنطن، إنها), so a token is a whole orthographic word and the lexicons
 * decide how to peel it; `norm` is its normalized form for every comparison.
 */
import { FOLDED_CODES as FOLDED, foldsCode, normalizeArabic } from './normalize';
import { HASH_SEED, finishHash, hashStep } from './wordFilter';

/**
 * A word or punctuation token. Its strings are made when first read: most words of a line are
 * turned away by their hash alone (cues, clause breaks, speaker names) and never read as strings,
 * and slicing every word of a 47 MB document was a third of what the analysis allocated. One slot
 * keeps the string read: the text, or for a word that normalization changes, its normalized form
 * (asked far more often; its text is sliced again when asked for).
 */
export class Token {
  private str: string | undefined;

  constructor(
    private readonly source: string,
    readonly start: number,
    readonly end: number,
    /** `wordHash(norm)` for a word (0 for punctuation), so lexicon filters need not read it again. */
    readonly hash: number,
    /** WORD, FOLDS and MARKED bits (see tokenize). */
    private readonly flags: number,
    str?: string,
  ) {
    this.str = str;
  }

  /** True for a run of letters / digits, false for a single punctuation or symbol character. */
  get word(): boolean {
    return (this.flags & WORD_TOKEN) !== 0;
  }

  get text(): string {
    if ((this.flags & FOLDS) !== 0) return this.source.slice(this.start, this.end);
    return this.str ??= this.source.slice(this.start, this.end);
  }

  /** Normalized text (see normalize.ts); equals `text` for punctuation. */
  get norm(): string {
    if (this.str !== undefined) return this.str;
    const raw = this.source.slice(this.start, this.end);
    return this.str = (this.flags & FOLDS) !== 0 ? normalizeArabic(raw) : raw;
  }

  /**
   * Whether normalization drops units of the word (diacritics, tatweel: `norm` is shorter) or folds
   * ڤ گ into other letters; such a word cannot be told by the letters it ends with in the text.
   */
  get marked(): boolean {
    return (this.flags & MARKED) !== 0;
  }
}

/** Token flags: a word (not punctuation); normalization changes it; and drops units of it or folds ڤ گ. */
const WORD_TOKEN = 1;
const FOLDS = 2;
const MARKED = 4;
const VEH = 0x06a4;
const GAF = 0x06af;

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

/**
 * What a caller has noted as the words are read (lineContext): each word token by its index and
 * hash, each punctuation token by its index and code unit. A line's later passes then visit the few tokens the
 * notes kept (the words a lexicon filter may hold, the marks that may end a sentence) instead of
 * reading every token again.
 */
export interface TokenNotes {
  word(index: number, hash: number): void;
  punctuation(index: number, code: number): void;
}

/** Tokens of `text[start, end)`, told to `notes` when given. */
export function tokenize(text: string, start: number, end: number, notes?: TokenNotes): Token[] {
  const out: Token[] = [];
  let i = start;
  while (i < end) {
    const c = text.charCodeAt(i);
    const k = kindOf(c);
    if (k === SPACE) { i++; continue; }
    if (k !== OTHER) {
      // Whether the word needs normalizing is noted on the way, so most words are read only once.
      // The hash is of the normalized word: a folding unit adds its folded letter, a dropped one nothing.
      let flags = WORD_TOKEN;
      let h = HASH_SEED;
      let length = 0;
      let j = i;
      for (; j < end; j++) {
        let x = text.charCodeAt(j);
        const d = j === i ? k : kindOf(x);
        if (d === SPACE || d === OTHER) break;
        if (d === FOLDING) {
          flags |= x === VEH || x === GAF ? FOLDS | MARKED : FOLDS;
          x = FOLDED[x];
          if (x < 0) { flags |= MARKED; continue; }
        }
        h = hashStep(h, x);
        length++;
      }
      const hash = finishHash(h, length);
      notes?.word(out.length, hash);
      out.push(new Token(text, i, j, hash, flags));
      i = j;
      continue;
    }
    // One punctuation or symbol character (a surrogate pair stays whole).
    const j = c >= 0xd800 && c <= 0xdbff && i + 1 < end ? i + 2 : i + 1;
    notes?.punctuation(out.length, c);
    out.push(new Token(text, i, j, 0, 0, j === i + 1 ? punctuation(c) : text.slice(i, j)));
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
