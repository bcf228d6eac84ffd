/**
 * Words and punctuation of one line, with offsets into the document. Arabic attaches clitics and
 * pronouns to words (وقال، لواشنطن، إنها), so a token is a whole orthographic word and the lexicons
 * decide how to peel it; `norm` is its normalized form for every comparison.
 */
import { FOLDED_CODES as FOLDED, foldsCode, normalizeArabic } from './normalize';
import { HASH_SEED, finishHash, hashStep } from './wordFilter';

/**
 * The tokens of one line, four numbers apiece in a typed array: start, end, hash, flags. A token is
 * its index. A line of news holds hundreds of tokens and a long document millions; as objects they
 * were a third of all the analysis allocated, and a single line of millions of tokens outgrew the
 * young generation of the heap. Strings are made only when asked for: most words are turned away by
 * their hash (cues, clause breaks, speaker names) and never read as strings. The normalized form of
 * a word is kept once read (it is asked far more often than the text).
 *
 * An index outside the line reads as nothing: `isWord` is false and `norm` and `text` are empty.
 * `start`, `end`, `hash` and `marked` are for indices inside it.
 */
export class Tokens {
  /** Normalized words read so far, by index (made on first read). */
  private norms: (string | undefined)[] | undefined;

  constructor(
    private readonly source: string,
    /** The numbers of token i are at `base + 4 * i`. */
    private readonly data: Int32Array,
    private readonly base: number,
    /** The number of tokens. */
    readonly length: number,
  ) {}

  start(i: number): number {
    return this.data[this.base + (i << 2)];
  }

  end(i: number): number {
    return this.data[this.base + (i << 2) + 1];
  }

  /** `wordHash(norm)` of a word (0 for punctuation), so lexicon filters need not read it again. */
  hash(i: number): number {
    return this.data[this.base + (i << 2) + 2];
  }

  /** True for a run of letters / digits, false for a single punctuation or symbol character. */
  isWord(i: number): boolean {
    return i >= 0 && i < this.length && (this.data[this.base + (i << 2) + 3] & WORD_TOKEN) !== 0;
  }

  /**
   * Whether normalization drops units of the word (diacritics, tatweel: `norm` is shorter) or folds
   * ڤ گ into other letters; such a word cannot be told by the letters it ends with in the text.
   */
  marked(i: number): boolean {
    return (this.data[this.base + (i << 2) + 3] & MARKED) !== 0;
  }

  /** The token as written. */
  text(i: number): string {
    if (i < 0 || i >= this.length) return '';
    const at = this.base + (i << 2);
    const flags = this.data[at + 3];
    if ((flags & WORD_TOKEN) === 0) return this.punctuation(at);
    return (flags & FOLDS) !== 0 ? this.source.slice(this.data[at], this.data[at + 1]) : this.norm(i);
  }

  /**
   * A number kept with token i by the lexicon's word classes (see tokenClasses), -1 until set. It
   * sits in the spare bits of the token's flags: the rules ask a word's classes again and again,
   * and a look-up by string was a tenth of the speaker phrase's time.
   */
  slot(i: number): number {
    return (this.data[this.base + (i << 2) + 3] >>> SLOT_SHIFT) - 1;
  }

  /** Keeps `value` (0 to 2^22 - 2) with token i. */
  setSlot(i: number, value: number): void {
    const at = this.base + (i << 2) + 3;
    this.data[at] = (this.data[at] & SLOT_MASK) | ((value + 1) << SLOT_SHIFT);
  }

  /** Normalized text (see normalize.ts); equals `text` for punctuation. */
  norm(i: number): string {
    if (i < 0 || i >= this.length) return '';
    const at = this.base + (i << 2);
    const flags = this.data[at + 3];
    if ((flags & WORD_TOKEN) === 0) return this.punctuation(at);
    const norms = this.norms ??= new Array<string | undefined>(this.length);
    const known = norms[i];
    if (known !== undefined) return known;
    const raw = this.source.slice(this.data[at], this.data[at + 1]);
    return norms[i] = (flags & FOLDS) !== 0 ? normalizeArabic(raw) : raw;
  }

  private punctuation(at: number): string {
    const start = this.data[at];
    const end = this.data[at + 1];
    return end === start + 1 ? punctuation(this.source.charCodeAt(start)) : this.source.slice(start, end);
  }
}

/**
 * Where `tokenize` writes the tokens of many lines one after another, so that a line's tokens cost no
 * allocation of their own: a typed array of more than a few dozen bytes is allocated outside the
 * heap, and one per line showed in the profile. The tokens read from a buffer are valid until it is
 * cleared (when it grows, those already read keep the array they were written to).
 */
export class TokenBuffer {
  data = new Int32Array(BUFFER_SIZE);
  used = 0;

  /** Lets go of every token written: those read from this buffer must not be used any more. */
  clear(): void {
    this.used = 0;
    // A buffer grown for one huge line or story is let go.
    if (this.data.length > BUFFER_KEPT_UP_TO) this.data = new Int32Array(BUFFER_SIZE);
  }
}

const BUFFER_SIZE = 4 * 1024;
const BUFFER_KEPT_UP_TO = 4 * 65536;

/** Token flags: a word (not punctuation); normalization changes it; and drops units of it or folds ڤ گ. */
const WORD_TOKEN = 1;
const FOLDS = 2;
const MARKED = 4;
/** The flags' bits above these hold the slot (value + 1; 0 when unset). */
const SLOT_SHIFT = 8;
const SLOT_MASK = (1 << SLOT_SHIFT) - 1;

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

/**
 * How the tokenizer reads every code unit, one table read per character. A negative entry is not
 * part of a word: a space, another character (punctuation, symbols), or a unit not seen yet. A word
 * unit is the code it adds to the word's hash (its folded letter: أ -> ا, ة -> ه), with bits above
 * for what normalization does to it: folds it, marks the word (drops the unit or folds ڤ گ), drops it.
 * The Arabic block and ASCII are filled at load, other units on first sight (their rule asks a
 * Unicode regex).
 */
const SPACE = -1;
const OTHER = -2;
const UNKNOWN = -3;
const FOLDS_UNIT = 1 << 16;
const MARKS_UNIT = 1 << 17;
const DROPS_UNIT = 1 << 18;
const UNIT_CODE = 0xffff;
/** The token flags a unit's bits set: FOLDS_UNIT >>> 15 is FOLDS, MARKS_UNIT >>> 15 is MARKED. */
const UNIT_FLAGS_SHIFT = 15;
const VEH = 0x06a4;
const GAF = 0x06af;

const CODE = new Int32Array(0x10000).fill(UNKNOWN);
function learnCode(c: number): number {
  let code: number;
  if (spaceByRule(c)) code = SPACE;
  else if (!wordCharByRule(c)) code = OTHER;
  else if (!foldsCode(c)) code = c;
  else {
    // Every unit normalization changes inside a word lies below U+0700 (the others are not word units).
    const folded = FOLDED[c];
    code = folded < 0 ? FOLDS_UNIT | MARKS_UNIT | DROPS_UNIT : c === VEH || c === GAF ? FOLDS_UNIT | MARKS_UNIT | folded : FOLDS_UNIT | folded;
  }
  CODE[c] = code;
  return code;
}
for (let c = 0; c < 0x700; c++) learnCode(c);

const codeOf = (c: number): number => {
  const code = CODE[c];
  return code === UNKNOWN ? learnCode(c) : code;
};

/** Whether a code unit belongs to a word (see wordCharByRule). */
export function isWordChar(c: number): boolean {
  return codeOf(c) >= 0;
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

/** The buffer of a `tokenize` call given none; its tokens are copied out. */
const OWN = new TokenBuffer();

/**
 * Tokens of `text[start, end)`, told to `notes` when given. Written after those already in `into`
 * (valid until it is cleared); without it, the tokens are a copy of their own.
 */
export function tokenize(text: string, start: number, end: number, notes?: TokenNotes, into?: TokenBuffer): Tokens {
  const buffer = into ?? OWN;
  let out = buffer.data;
  const base = buffer.used;
  let n = base;
  let i = start;
  while (i < end) {
    const c = text.charCodeAt(i);
    const code = codeOf(c);
    if (code === SPACE) { i++; continue; }
    if (n === out.length) {
      const grown = new Int32Array(2 * out.length);
      grown.set(out);
      out = grown;
    }
    if (code !== OTHER) {
      // Whether the word needs normalizing is noted on the way, so most words are read only once.
      // The hash is of the normalized word: a folding unit adds its folded letter, a dropped one nothing.
      let flags = WORD_TOKEN;
      let h = HASH_SEED;
      let length = 0;
      let j = i;
      for (; j < end; j++) {
        let y = CODE[text.charCodeAt(j)];
        if (y < 0 && (y !== UNKNOWN || (y = learnCode(text.charCodeAt(j))) < 0)) break;
        if (y > UNIT_CODE) {
          flags |= y >>> UNIT_FLAGS_SHIFT & (FOLDS | MARKED);
          if ((y & DROPS_UNIT) !== 0) continue;
          y &= UNIT_CODE;
        }
        h = hashStep(h, y);
        length++;
      }
      const hash = finishHash(h, length);
      notes?.word((n - base) >> 2, hash);
      out[n] = i;
      out[n + 1] = j;
      out[n + 2] = hash;
      out[n + 3] = flags;
      n += 4;
      i = j;
      continue;
    }
    // One punctuation or symbol character (a surrogate pair stays whole).
    const j = c >= 0xd800 && c <= 0xdbff && i + 1 < end ? i + 2 : i + 1;
    notes?.punctuation((n - base) >> 2, c);
    out[n] = i;
    out[n + 1] = j;
    out[n + 2] = 0;
    out[n + 3] = 0;
    n += 4;
    i = j;
  }
  buffer.data = out;
  if (into !== undefined) {
    buffer.used = n;
    return new Tokens(text, out, base, (n - base) >> 2);
  }
  const own = out.slice(0, n);
  OWN.clear();
  return new Tokens(text, own, 0, n >> 2);
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
