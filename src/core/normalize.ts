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
const DROP_RANGES: readonly (readonly [number, number])[] = [
  [0x0610, 0x061a], [0x064b, 0x065f], [0x0670, 0x0670], [0x06d6, 0x06ed], [0x0640, 0x0640],
  [0x200c, 0x200f], [0x202a, 0x202e], [0x2066, 0x2069],
];
for (const [a, b] of DROP_RANGES) for (let c = a; c <= b; c++) FOLD.set(c, '');

/** Alef forms -> ا, ta marbuta -> ه, alef maqsura -> ي, hamza carriers -> their letter; no diacritics or tatweel. */
export function normalizeArabic(s: string): string {
  let out = '';
  let from = 0;
  for (let i = 0; i < s.length; i++) {
    const rep = FOLD.get(s.charCodeAt(i));
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

const ARABIC_LETTER = /[\u0621-\u064A\u0671-\u06D3\u06FA-\u06FF]/g;

/** Share of Arabic letters among all letters, over at most the first `sample` characters. */
export function arabicRatio(text: string, sample = 20000): number {
  const head = text.length > sample ? text.slice(0, sample) : text;
  const arabic = head.match(ARABIC_LETTER)?.length ?? 0;
  const letters = head.match(/\p{L}/gu)?.length ?? 0;
  return letters === 0 ? 0 : arabic / letters;
}

/** True when the text reads as Arabic: enough Arabic letters, in absolute terms and as a share. */
export function looksArabic(text: string): boolean {
  const head = text.length > 20000 ? text.slice(0, 20000) : text;
  const arabic = head.match(ARABIC_LETTER)?.length ?? 0;
  return arabic >= 20 && arabicRatio(head) >= 0.3;
}
