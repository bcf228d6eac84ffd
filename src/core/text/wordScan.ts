/**
 * Allocation-free word scanning, for the passes that only need to know whether a line may hold
 * something (a reporting cue, a speaker's name) before paying for full tokens. A word is keyed by
 * three of its letters after folding (أ/إ/آ -> ا, ة -> ه, ى/ئ -> ي, ؤ -> و), hashed into a bit
 * table: a miss proves the word is not a candidate, a hit only means the caller must look closer.
 */
import { isWordChar, type Tokens } from './tokens';

/** Folded value of each code unit below U+0700 (the Arabic block); higher units fold to themselves. */
const FOLD = new Uint16Array(0x700);
for (let c = 0; c < FOLD.length; c++) FOLD[c] = c;
for (const c of 'أإآٱ') FOLD[c.charCodeAt(0)] = 'ا'.charCodeAt(0);
FOLD['ة'.charCodeAt(0)] = 'ه'.charCodeAt(0);
FOLD['ى'.charCodeAt(0)] = 'ي'.charCodeAt(0);
FOLD['ئ'.charCodeAt(0)] = 'ي'.charCodeAt(0);
FOLD['ؤ'.charCodeAt(0)] = 'و'.charCodeAt(0);

const fold = (c: number): number => (c < 0x700 ? FOLD[c] : c);

/**
 * Code units that normalization drops or folds beyond the table above (diacritics, tatweel,
 * ڤ، گ, joiners and direction marks): a word with one is always examined, since its key cannot
 * be read off its first letters.
 */
const isMark = (c: number): boolean =>
  c >= 0x064b && c <= 0x065f || c === 0x0670 || c === 0x0640 || c >= 0x0610 && c <= 0x061a || c >= 0x06d6 && c <= 0x06ed
  || c === 0x06a4 || c === 0x06af || c >= 0x200c && c <= 0x200f || c >= 0x202a && c <= 0x202e || c >= 0x2066 && c <= 0x2069;

const hash3 = (a: number, b: number, c: number): number => Math.imul(a, 0x9e3779b1) ^ Math.imul(b, 0x85ebca77) ^ Math.imul(c, 0xc2b2ae3d);

/** Bytes of a table of 2^`log2Bits` bits. */
export const tableBytes = (log2Bits: number): number => 1 << Math.max(0, log2Bits - 3);

/**
 * A zeroed table of `bytes` bytes from a pool of `slot`, reused from one analysis to the next: a
 * typed array of more than 64 bytes is allocated outside the heap, which for the two small filters
 * of every short article cost more than filling them. A table is valid until the next call for its
 * slot; the engine is synchronous and each analysis is done with its tables before the next.
 */
export function sharedTable(slot: number, bytes: number): Uint8Array {
  let table = SHARED[slot];
  if (table === undefined || table.length < bytes) {
    table = new Uint8Array(bytes);
    // Tables for one document of a whole corpus are not kept once it is done.
    if (bytes <= 1 << 16) SHARED[slot] = table;
    return table;
  }
  const view = table.length === bytes ? table : table.subarray(0, bytes);
  view.fill(0);
  return view;
}
const SHARED: (Uint8Array | undefined)[] = [];

/** A set of three-letter keys kept as a bit table (no false negatives; rare false positives). */
export class KeyFilter {
  private readonly bits: Uint8Array;
  private readonly shift: number;
  /** Whether two-letter words pass (a key needs three letters). */
  twoLetter = false;

  /**
   * A table of 2^`log2Bits` bits: the verb index's thousands of keys need a large one, an article's
   * few speaker names a small one (it is built per analysis, so its size is paid each time).
   */
  constructor(log2Bits = 20, table?: Uint8Array) {
    this.bits = table ?? new Uint8Array(tableBytes(log2Bits));
    this.shift = 32 - log2Bits;
  }

  /** Adds the key of a normalized string: its first three units, or its last three when `fromEnd`. */
  add(s: string, fromEnd = false): void {
    if (s.length === 2) { this.twoLetter = true; return; }
    if (s.length < 3) return;
    const i = fromEnd ? s.length - 3 : 0;
    const h = hash3(fold(s.charCodeAt(i)), fold(s.charCodeAt(i + 1)), fold(s.charCodeAt(i + 2))) >>> this.shift;
    this.bits[h >> 3] |= 1 << (h & 7);
  }

  /** Whether the folded units `a b c` may be a key. */
  has(a: number, b: number, c: number): boolean {
    const h = hash3(fold(a), fold(b), fold(c)) >>> this.shift;
    return (this.bits[h >> 3] & (1 << (h & 7))) !== 0;
  }

  /** Whether the normalized word `s` may be keyed here (checked before a costlier map look-up). */
  mayHold(s: string): boolean {
    if (s.length < 3) return s.length === 2 && this.twoLetter;
    return this.has(s.charCodeAt(0), s.charCodeAt(1), s.charCodeAt(2));
  }

  /** A filter holding the keys of both. */
  union(other: KeyFilter): KeyFilter {
    if (this.shift !== other.shift) throw new Error('KeyFilter.union: tables of different sizes');
    const out = new KeyFilter(32 - this.shift);
    for (let i = 0; i < out.bits.length; i++) out.bits[i] = this.bits[i] | other.bits[i];
    out.twoLetter = this.twoLetter || other.twoLetter;
    return out;
  }
}

/**
 * Calls `visit(start, end)` for each word of `text[start, end)` whose folded first (or last) three
 * units may be in `keys`, or that holds a mark; stops early when `visit` returns true.
 */
export function scanWords(text: string, start: number, end: number, keys: KeyFilter, fromEnd: boolean, visit: (s: number, e: number) => boolean): boolean {
  let i = start;
  while (i < end) {
    if (!isWordChar(text.charCodeAt(i))) { i++; continue; }
    let j = i;
    let marked = false;
    while (j < end) {
      const c = text.charCodeAt(j);
      // Plain Arabic letters (all but tatweel) are word characters and not marks: most units.
      if (c >= 0x0621 && c <= 0x064a && c !== 0x0640) { j++; continue; }
      if (!isWordChar(c)) break;
      if (isMark(c)) marked = true;
      j++;
    }
    if (j - i >= 3) {
      const p = fromEnd ? j - 3 : i;
      if ((marked || keys.has(text.charCodeAt(p), text.charCodeAt(p + 1), text.charCodeAt(p + 2))) && visit(i, j)) return true;
    } else if (j - i === 2 && keys.twoLetter && visit(i, j)) {
      return true;
    }
    i = j;
  }
  return false;
}

/**
 * `scanWords(text, line, keys, true, visit)` over a line already tokenized: the same words, in the
 * same order, found from the tokens instead of the characters. The marks of `isMark` inside a word
 * are the units normalization drops and ڤ گ, which it folds: what `Tokens.marked` tells.
 */
export function visitWords(text: string, toks: Tokens, keys: KeyFilter, visit: (s: number, e: number) => boolean): boolean {
  for (let k = 0; k < toks.length; k++) {
    if (!toks.isWord(k)) continue;
    const start = toks.start(k);
    const end = toks.end(k);
    const n = end - start;
    if (n >= 3) {
      const p = end - 3;
      if ((toks.marked(k) || keys.has(text.charCodeAt(p), text.charCodeAt(p + 1), text.charCodeAt(p + 2))) && visit(start, end)) return true;
    } else if (n === 2 && keys.twoLetter && visit(start, end)) {
      return true;
    }
  }
  return false;
}

/**
 * Whole keys hashed from their last letter backwards, so one backward pass over a word checks at
 * once every ending of it that could be a key: a name key is the word without its clitics
 * (والسعودية -> سعوديه), i.e. the word less up to three leading letters. With thousands of
 * speakers (one document of many articles) a three-letter ending passes too many words.
 */
export class EndingFilter {
  private readonly bits: Uint8Array;
  private readonly shift: number;

  constructor(log2Bits: number, table?: Uint8Array) {
    this.bits = table ?? new Uint8Array(tableBytes(log2Bits));
    this.shift = 32 - log2Bits;
  }

  add(key: string): void {
    let h = 0x811c9dc5 | 0;
    for (let k = key.length - 1; k >= 0; k--) h = Math.imul(h ^ fold(key.charCodeAt(k)), 0x01000193);
    const b = Math.imul(h ^ key.length, 0x85ebca77) >>> this.shift;
    this.bits[b >> 3] |= 1 << (b & 7);
  }

  /**
   * Whether `text[start, end)` less at most `maxDrop` leading units may end in a key. A word with a
   * mark (whose normalized form is shorter) always may.
   */
  mayEnd(text: string, start: number, end: number, maxDrop: number): boolean {
    let h = 0x811c9dc5 | 0;
    const shortest = end - start - maxDrop;
    for (let k = end - 1; k >= start; k--) {
      const c = text.charCodeAt(k);
      if (isMark(c)) return true;
      h = Math.imul(h ^ fold(c), 0x01000193);
      const m = end - k;
      if (m >= shortest) {
        const b = Math.imul(h ^ m, 0x85ebca77) >>> this.shift;
        if ((this.bits[b >> 3] & (1 << (b & 7))) !== 0) return true;
      }
    }
    return false;
  }
}
