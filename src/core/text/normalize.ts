/**
 * Arabic normalization for comparing words, never for display: the same name is spelled
 * أمريكي / امريكي / أميركي, بيسكوف / بيسكوڤ, with or without diacritics and tatweel, so every
 * comparison of speakers, cues and outlets goes through `normalizeArabic`. Lengths change (diacritics
 * go), so normalize words for comparison and keep offsets from the original text.
 *
 * It is a single pass over char codes (no chain of regex replaces) because the analysis normalizes
 * every word of a 47 MB corpus.
 */

/** Code unit -> replacement ('' drops it); code units absent from the table are kept. */
const FOLD = new Map<number, string>();
for (const c of 'أإآٱ') FOLD.set(c.charCodeAt(0), 'ا');
FOLD.set('ى'.charCodeAt(0), 'ي');
FOLD.set('ة'.charCodeAt(0), 'ه');
FOLD.set('ئ'.charCodeAt(0), 'ي');
FOLD.set('ؤ'.charCodeAt(0), 'و');
FOLD.set('ڤ'.charCodeAt(0), 'ف');
FOLD.set('گ'.charCodeAt(0), 'ك');
// Persian and Urdu letters some Arabic text is typed with: النائب الأول للرئیس (ی), کان (ک).
FOLD.set('ی'.charCodeAt(0), 'ي');
FOLD.set('ک'.charCodeAt(0), 'ك');
FOLD.set('ہ'.charCodeAt(0), 'ه');
const DROP_RANGES: readonly (readonly [number, number])[] = [
  [0x0610, 0x061a], [0x064b, 0x065f], [0x0670, 0x0670], [0x06d6, 0x06ed], [0x0640, 0x0640],
  [0x200c, 0x200f], [0x202a, 0x202e], [0x2066, 0x2069],
];
for (const [a, b] of DROP_RANGES) for (let c = a; c <= b; c++) FOLD.set(c, '');

/** Code units below U+0700 that the table changes, as a flag array: one typed-array read per unit. */
const FOLDS_LOW = new Uint8Array(0x700);
/** The replacement of each of those code units ('' drops it; undefined: kept). */
const FOLD_LOW: (string | undefined)[] = Array.from({ length: 0x700 }, (_, c) => FOLD.get(c));
for (const c of FOLD.keys()) if (c < 0x700) FOLDS_LOW[c] = 1;

/**
 * What normalization turns each code unit below U+0700 into, as a code: itself, its folded letter,
 * or -1 when it drops it (the tokenizer hashes normalized words with it as it reads them).
 */
export const FOLDED_CODES = Int32Array.from({ length: 0x700 }, (_, c) => {
  const rep = FOLD.get(c);
  return rep === undefined ? c : rep === '' ? -1 : rep.charCodeAt(0);
});

/** Whether normalization folds or drops the code unit `c`. */
export function foldsCode(c: number): boolean {
  return c < 0x700 ? FOLDS_LOW[c] === 1 : c >= 0x200c && FOLD.has(c);
}

/** Whether `s` holds any unit to fold or drop (most words hold none and are returned as they are). */
function needsFold(s: string): boolean {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 0x700 ? FOLDS_LOW[c] === 1 : c >= 0x200c && FOLD.has(c)) return true;
  }
  return false;
}

/** Alef forms -> ا, ta marbuta -> ه, alef maqsura -> ي, hamza carriers -> their letter; no diacritics or tatweel. */
export function normalizeArabic(s: string): string {
  if (!needsFold(s)) return s;
  let out = '';
  let from = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    const rep = c < 0x700 ? FOLD_LOW[c] : c >= 0x200c ? FOLD.get(c) : undefined;
    if (rep === undefined) continue;
    out += s.slice(from, i) + rep;
    from = i + 1;
  }
  return from === 0 ? s : out + s.slice(from);
}

/** Normalized word with a leading definite article removed (الكرملين -> كرملين), for lexicon look-ups. */
export function stripArticle(normalizedWord: string): string {
  if (normalizedWord.length > 4 && normalizedWord.startsWith('ال')) return normalizedWord.slice(2);
  return normalizedWord;
}

const isArabicLetter = (c: number): boolean => c >= 0x0621 && c <= 0x064a || c >= 0x0671 && c <= 0x06d3 || c >= 0x06fa && c <= 0x06ff;

/** Letters of the scripts news text mixes (Latin, Greek, Cyrillic, Arabic); a cheap stand-in for \p{L}. */
const isLetter = (c: number): boolean =>
  c >= 0x41 && c <= 0x5a || c >= 0x61 && c <= 0x7a || c >= 0xc0 && c <= 0x24f && c !== 0xd7 && c !== 0xf7
  || c >= 0x370 && c <= 0x52f || isArabicLetter(c) || c >= 0x4e00 && c <= 0x9fff;

/** 2 for an Arabic letter, 1 for another letter, 0 for the rest, by code unit: one read per character. */
const LETTER_KIND = (() => {
  const t = new Uint8Array(0x10000);
  for (let c = 0; c < t.length; c++) t[c] = isArabicLetter(c) ? 2 : isLetter(c) ? 1 : 0;
  return t;
})();

/**
 * True when the text reads as Arabic: enough Arabic letters, in absolute terms and as a share. The
 * count stops once the rest of the sample could not bring the share under the bar even if it were
 * all non-Arabic letters: for an Arabic news article, after about two fifths of it (within 20,000 characters).
 */
export function looksArabic(text: string): boolean {
  const n = Math.min(text.length, 20000);
  let arabic = 0;
  let letters = 0;
  // In blocks of 256 characters, the bound tested after each.
  for (let i = 0; i < n;) {
    const block = Math.min(n, i + 256);
    for (; i < block; i++) {
      const k = LETTER_KIND[text.charCodeAt(i)];
      // k is 0, 1 or 2: counted without a branch, which the processor mispredicts at every space.
      letters += (k + 1) >> 1;
      arabic += k >> 1;
    }
    if (arabic >= 20 && arabic / (letters + n - i) >= 0.3) return true;
  }
  return arabic >= 20 && arabic / letters >= 0.3;
}
