/**
 * The candidate scan behind outletMentions.ts: one loop over the characters of the text that hashes
 * each word (normalized as wordKey does) and its clitic-less readings, and stops only at words whose
 * hash is in a bit set of the words that can open a mention. Kept apart and small so the engine
 * optimizes it; everything here works on character codes, never on strings of the text.
 */
import { DESCRIPTORS, GENERIC_HEADS } from '../lexicon/outlets';
import { cliticVariants, type Gazetteer } from './gazetteer';

export const ARABIC = 1;
export const LATIN = 2;
export const DIGIT = 3;
export const DROPPED = 0xffff;
export const SEED = 0x811c9dc5 | 0;
export const ALEF = 0x0627;
/** FNV-1a: a plain polynomial hash collides on two-letter Arabic words (لا، كل). */
export const FNV = 0x01000193;
export const ALEF_HASH = Math.imul(SEED ^ ALEF, FNV);
export const WAW = 0x0648;
export const FA = 0x0641;
export const BA = 0x0628;
export const LAM = 0x0644;

/** Arabic letters as `wordKey` normalizes them (DROPPED for diacritics and tatweel), by code point. */
export const NORM: Uint16Array = (() => {
  const t = new Uint16Array(0x700);
  for (let c = 0; c < t.length; c++) t[c] = c;
  for (const [from, to] of [[0x0623, ALEF], [0x0625, ALEF], [0x0622, ALEF], [0x0671, ALEF], [0x0649, 0x064a], [0x0629, 0x0647], [0x0626, 0x064a], [0x0624, WAW], [0x06a4, FA], [0x06af, 0x0643]]) t[from] = to;
  for (let c = 0x064b; c <= 0x065f; c++) t[c] = DROPPED;
  t[0x0670] = DROPPED;
  t[0x0640] = DROPPED;
  return t;
})();

/** 0: not part of a word; ARABIC, LATIN or DIGIT: the run a word character belongs to (see WORD). */
export const CLASS: Uint8Array = (() => {
  const t = new Uint8Array(0x700);
  for (let c = 0; c < t.length; c++) {
    if ((c >= 48 && c <= 57) || (c >= 0x0660 && c <= 0x0669)) t[c] = DIGIT;
    else if ((c >= 65 && c <= 90) || (c >= 97 && c <= 122)) t[c] = LATIN;
    else if ((c >= 0x0621 && c <= 0x063a) || (c >= 0x0640 && c <= 0x065f) || (c >= 0x0670 && c <= 0x06d3)) t[c] = ARABIC;
  }
  return t;
})();

export function charClass(c: number): number {
  return c < 0x700 ? CLASS[c] : 0;
}

export function isWordChar(c: number): boolean {
  return charClass(c) !== 0;
}

export function step(h: number, c: number): number {
  return Math.imul(h ^ c, FNV);
}

/** The hash the scanner computes for a normalized Arabic word. */
export function hashOf(key: string): number {
  let h = SEED;
  for (let i = 0; i < key.length; i++) h = step(h, key.charCodeAt(i));
  return h;
}

/**
 * A bit set over 22 bits of the word hash: one typed-array read per word says "maybe a starter"
 * (then the word is checked as a string) or "certainly not". A Set of numbers would box hashes
 * outside the small-integer range on every look-up. Its 512 KB do not stay in the processor's
 * nearest cache, so a summary follows them in the same array (SUMMARY_AT on): one bit per 64 bits
 * of the set, 8 KB, read first; it rejects almost every word, and the answer is the same as the
 * full set's (a set bit always has its summary bit set).
 */
export const SET_WORDS = 1 << 17;
export const SUMMARY_AT = SET_WORDS;
export const BIT_WORDS = SET_WORDS + (SET_WORDS >>> 6);

/** Sets the bit of hash `h` and its summary bit; returns the two array indices it wrote. */
export function setBit(bits: Uint32Array, h: number): [number, number] {
  const b = h >>> 10;
  bits[b >>> 5] |= 1 << (b & 31);
  const s = b >>> 6;
  bits[SUMMARY_AT + (s >>> 5)] |= 1 << (s & 31);
  return [b >>> 5, SUMMARY_AT + (s >>> 5)];
}

export const bitsCache = new WeakMap<Set<string>, Uint32Array>();

export function startersBits(starters: Set<string>): Uint32Array {
  let bits = bitsCache.get(starters);
  if (!bits) {
    bits = new Uint32Array(BIT_WORDS);
    for (const k of starters) if (k.charCodeAt(0) >= 0x0600) setBit(bits, hashOf(k));
    bitsCache.set(starters, bits);
  }
  return bits;
}

export const commonCache = new WeakMap<Gazetteer, Set<string>>();

/**
 * Words whose every reading is an ambiguous one-word name (اليوم، الوطن) and nothing else that can
 * start a mention; clitic readings are listed too (واليوم، باليوم).
 */
export function commonOnlyOf(gaz: Gazetteer): Set<string> {
  let set = commonCache.get(gaz);
  if (set) return set;
  set = new Set<string>();
  for (const [first, cands] of gaz.byFirstWord) {
    if (DESCRIPTORS.has(first) || GENERIC_HEADS.has(first)) continue;
    if (!cands.every(c => c.entry.ambiguous === true && c.words.length === 1)) continue;
    set.add(first);
    for (const pre of ['و', 'ف', 'ب', 'ل', 'وب', 'فب', 'ول', 'فل']) {
      const word = pre + first;
      if (cliticVariants(word).every(v => v.key === word || !gaz.byFirstWord.has(v.key) || v.key === first)) set.add(word);
    }
  }
  commonCache.set(gaz, set);
  return set;
}

/**
 * One table for the scan's inner loop: 0 for a character that ends an Arabic word, DROPPED for
 * diacritics and tatweel, else the letter as `wordKey` normalizes it (one read instead of CLASS + NORM).
 */
const ARABIC_NORM: Uint16Array = (() => {
  const t = new Uint16Array(0x700);
  for (let c = 0; c < t.length; c++) if (CLASS[c] === ARABIC) t[c] = NORM[c];
  return t;
})();

/**
 * Characters that change the outlet scan's context (see outletMentions.ts): line break, quotation
 * marks, sentence ends. The candidate scan notes where it passes them (Marks), so the context is
 * brought up to date from those few positions instead of reading the text a second time.
 */
export function isContextChar(c: number): boolean {
  return c < 0x700 ? SCAN_CLASS[c] === CONTEXT : c === 0x201c || c === 0x201d;
}

/** A class of SCAN_CLASS beside CLASS's: a context character (not part of a word). */
const CONTEXT = 4;
const SCAN_CLASS: Uint8Array = (() => {
  const t = CLASS.slice();
  for (const c of [10, 34, 0xab, 0xbb, 0x061f, 63, 33, 0x061b, 46]) t[c] = CONTEXT;
  return t;
})();

/** Positions of context characters the scan has passed, in text order: `at[0, n)`. */
export interface Marks {
  readonly at: Int32Array;
  n: number;
}

/** What nextCandidate found: the end of the text, a candidate (in `span`), or a full Marks buffer (resume at span[0]). */
export const END = 0;
export const FOUND = 1;
export const FULL = 2;

/**
 * Finds the next word from `from` that may open a mention: its normalized hash, or the hash of a
 * clitic-less reading when it opens with و ف ب ل (لرويترز، وللجزيرة), is in the bit set; every Latin
 * word is a candidate. Writes the word's start and end into `span` and returns FOUND; returns END at
 * the end of the text. The context characters it passes are appended to `marks`; when that buffer
 * is full it returns FULL with span[0] where to go on once the caller has read and emptied it.
 * A small function of its own so the engine optimizes this loop over every character of the text:
 * most words are hashed whole only; a word opening with و ف ب ل is also hashed without that letter,
 * and the rarer readings (لل read as ال, و/ف + ل/ب) are hashed again from the text, only when its
 * second letter is ل or ب.
 */
export function nextCandidate(text: string, from: number, bits: Uint32Array, learned: Uint32Array | null, span: Int32Array, marks: Marks): number {
  const n = text.length;
  let i = from;
  while (i < n) {
    const c = text.charCodeAt(i);
    const cls = c < 0x700 ? SCAN_CLASS[c] : c === 0x201c || c === 0x201d ? CONTEXT : 0;
    if (cls === 0) { i++; continue; }
    if (cls === CONTEXT) {
      if (marks.n === marks.at.length) { span[0] = i; return FULL; }
      marks.at[marks.n++] = i++;
      continue;
    }
    const start = i;
    if (cls !== ARABIC) {
      while (i < n && charClass(text.charCodeAt(i)) === cls) i++;
      if (cls === LATIN) { span[0] = start; span[1] = i; return FOUND; }
      continue;
    }
    // The first letter decides whether the clitic-less reading is hashed along (و ف ب ل).
    let c0 = DROPPED;
    while (i < n) {
      const x = text.charCodeAt(i);
      c0 = x < 0x700 ? ARABIC_NORM[x] : 0;
      if (c0 !== DROPPED) break;
      i++;
    }
    if (c0 === 0 || (i >= n && c0 === DROPPED)) continue; // a tatweel standing alone is a dash (دبي ـ العربية.نت)
    i++;
    let h0 = Math.imul(SEED ^ c0, FNV);
    let k = 1;
    if (c0 === WAW || c0 === FA || c0 === BA || c0 === LAM) {
      let h1 = SEED;
      let c1 = 0;
      while (i < n) {
        const x = text.charCodeAt(i);
        const y = x < 0x700 ? ARABIC_NORM[x] : 0;
        if (y === 0) break;
        i++;
        if (y === DROPPED) continue;
        if (k === 1) c1 = y;
        h0 = Math.imul(h0 ^ y, FNV);
        h1 = Math.imul(h1 ^ y, FNV);
        k++;
      }
      if (maybe(bits, learned, h0) || (k >= 3 && (maybe(bits, learned, h1)
        || ((c1 === LAM || (c1 === BA && c0 !== BA && c0 !== LAM)) && k > 3 && cliticHit(text, start, i, k, c0, bits, learned))))) {
        span[0] = start; span[1] = i; return FOUND;
      }
      continue;
    }
    while (i < n) {
      const x = text.charCodeAt(i);
      const y = x < 0x700 ? ARABIC_NORM[x] : 0;
      if (y === 0) break;
      i++;
      if (y === DROPPED) continue;
      h0 = Math.imul(h0 ^ y, FNV);
    }
    if (maybe(bits, learned, h0)) { span[0] = start; span[1] = i; return FOUND; }
  }
  return END;
}

/**
 * The clitic-less readings of the word at start..end (k normalized letters, the first c0): without
 * its first letter, لل read as ال (للجزيرة), and without و/ف + ل/ب (وبحسب، فللجزيرة).
 */
function cliticHit(text: string, start: number, end: number, k: number, c0: number, bits: Uint32Array, learned: Uint32Array | null): boolean {
  let h1 = SEED, h2 = SEED, hA1 = ALEF_HASH, hA2 = ALEF_HASH;
  let j = 0, c1 = 0, c2 = 0;
  for (let p = start; p < end; p++) {
    const y = ARABIC_NORM[text.charCodeAt(p)];
    if (y === DROPPED) continue;
    if (j === 1) c1 = y; else if (j === 2) c2 = y;
    if (j >= 1) { h1 = Math.imul(h1 ^ y, FNV); hA1 = Math.imul(hA1 ^ y, FNV); }
    if (j >= 2) { h2 = Math.imul(h2 ^ y, FNV); hA2 = Math.imul(hA2 ^ y, FNV); }
    j++;
  }
  return maybe(bits, learned, h1) || (c0 === LAM && c1 === LAM && k > 3 && maybe(bits, learned, hA1))
    || ((c0 === WAW || c0 === FA) && (c1 === LAM || c1 === BA) && k > 3
      && (maybe(bits, learned, h2) || (c1 === LAM && c2 === LAM && k > 4 && maybe(bits, learned, hA2))));
}

export function maybe(bits: Uint32Array, learned: Uint32Array | null, h: number): boolean {
  const b = h >>> 10;
  const s = b >>> 6;
  const at = SUMMARY_AT + (s >>> 5);
  const sMask = 1 << (s & 31);
  const mask = 1 << (b & 31);
  return ((bits[at] & sMask) !== 0 && (bits[b >>> 5] & mask) !== 0)
    || (learned !== null && (learned[at] & sMask) !== 0 && (learned[b >>> 5] & mask) !== 0);
}

/** The normalized code of a word of one or two letters (0 when longer). */
export function shortCode(text: string, start: number, end: number): number {
  const a = text.charCodeAt(start);
  const b = end - start === 2 ? text.charCodeAt(start + 1) : 0;
  return (a < 0x700 ? NORM[a] : a) * 0x10000 + (b > 0 && b < 0x700 ? NORM[b] : b);
}

export const shortCache = new WeakMap<Gazetteer, Map<number, Set<number>>>();

/**
 * For names whose first word has one or two letters (إن بي سي، أ ف ب، د ب أ): the first letters
 * their second word can have. A short word that is a whole name (none today) is left out of the test.
 */
export function shortNextOf(gaz: Gazetteer): Map<number, Set<number>> {
  let map = shortCache.get(gaz);
  if (map) return map;
  map = new Map<number, Set<number>>();
  const whole = new Set<number>();
  for (const [first, cands] of gaz.byFirstWord) {
    if (first.length > 2 || first.charCodeAt(0) < 0x600) continue;
    const code = shortCode(first, 0, first.length);
    for (const c of cands) {
      if (c.words.length < 2) { whole.add(code); continue; }
      const set = map.get(code) ?? new Set<number>();
      set.add(c.words[1].charCodeAt(0));
      map.set(code, set);
    }
  }
  for (const code of whole) map.delete(code);
  shortCache.set(gaz, map);
  return map;
}

/** Can the short word at start..end open a name: is the next word's first letter one a name goes on with? */
export function shortCanContinue(text: string, start: number, end: number, shortNext: Map<number, Set<number>>): boolean {
  if (text.charCodeAt(start) < 0x600) return true;
  const next = shortNext.get(shortCode(text, start, end));
  if (!next) return true;
  for (let p = end; p < text.length && p - end <= 3; p++) {
    const c = text.charCodeAt(p);
    if (c === 32 || c === 46 || c === 0x640 || c === 0xa0) continue;
    return next.has(c < 0x700 ? NORM[c] : c);
  }
  return false;
}

export const startersCache = new WeakMap<Gazetteer, Set<string>>();

/** Every word that can open a mention: first words of names, descriptors, heads of unnamed sources. */
export function startersOf(gaz: Gazetteer): Set<string> {
  let set = startersCache.get(gaz);
  if (!set) {
    set = new Set([...gaz.byFirstWord.keys(), ...DESCRIPTORS, ...GENERIC_HEADS.keys()]);
    startersCache.set(gaz, set);
  }
  return set;
}
