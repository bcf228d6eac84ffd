/**
 * Allocation-free word scanning, for the passes that only need to know whether a line may hold
 * something (a reporting cue, a speaker's name) before paying for full tokens. A word is keyed by
 * three of its letters after folding (أ/إ/آ -> ا, ة -> ه, ى/ئ -> ي, ؤ -> و), packed in a number.
 */
import { isWordChar } from './tokens';

const FOLD = new Map<number, number>();
for (const c of 'أإآٱ') FOLD.set(c.charCodeAt(0), 'ا'.charCodeAt(0));
FOLD.set('ة'.charCodeAt(0), 'ه'.charCodeAt(0));
FOLD.set('ى'.charCodeAt(0), 'ي'.charCodeAt(0));
FOLD.set('ئ'.charCodeAt(0), 'ي'.charCodeAt(0));
FOLD.set('ؤ'.charCodeAt(0), 'و'.charCodeAt(0));

/** Diacritics and tatweel, which normalization drops: a word with them is always examined. */
const isMark = (c: number): boolean => c >= 0x064b && c <= 0x065f || c === 0x0670 || c === 0x0640 || c >= 0x0610 && c <= 0x061a;

const fold = (c: number): number => FOLD.get(c) ?? c;

/** Key of three folded code units. */
export const key3 = (a: number, b: number, c: number): number => (a * 2048 + b) * 2048 + c;

/** The key of a normalized string's first three units (or last three when `fromEnd`). */
export function stringKey(s: string, fromEnd = false): number {
  if (s.length < 3) return -1;
  const i = fromEnd ? s.length - 3 : 0;
  return key3(s.charCodeAt(i) & 2047, s.charCodeAt(i + 1) & 2047, s.charCodeAt(i + 2) & 2047);
}

/**
 * Calls `visit(start, end)` for each word of `text[start, end)` whose folded first (or last) three
 * units are in `keys`, or that holds a diacritic; stops early when `visit` returns true.
 */
export function scanWords(text: string, start: number, end: number, keys: ReadonlySet<number>, fromEnd: boolean, visit: (s: number, e: number) => boolean): boolean {
  let i = start;
  while (i < end) {
    if (!isWordChar(text.charCodeAt(i))) { i++; continue; }
    let j = i;
    let marked = false;
    while (j < end) {
      const c = text.charCodeAt(j);
      if (!isWordChar(c)) break;
      if (isMark(c)) marked = true;
      j++;
    }
    if (j - i >= 3) {
      const p = fromEnd ? j - 3 : i;
      const k = key3(fold(text.charCodeAt(p)) & 2047, fold(text.charCodeAt(p + 1)) & 2047, fold(text.charCodeAt(p + 2)) & 2047);
      if ((marked || keys.has(k)) && visit(i, j)) return true;
    } else if (j - i === 2 && keys.has(-2) && visit(i, j)) {
      return true;
    }
    i = j;
  }
  return false;
}
