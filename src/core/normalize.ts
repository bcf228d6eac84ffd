/**
 * Arabic normalization for comparing words, never for display: the same name is spelled
 * أمريكي / امريكي / أميركي, بيسكوف / بيسكوڤ, with or without diacritics and tatweel, so every
 * comparison of speakers, cues and outlets goes through `normalizeArabic`. Lengths change (diacritics
 * go), so normalize words for comparison and keep offsets from the original text.
 */

const DIACRITICS = /[\u0610-\u061A\u064B-\u065F\u0670\u06D6-\u06ED\u0640]/g;

/** Alef forms -> ا, ta marbuta -> ه, alef maqsura -> ي, hamza carriers -> their letter; no diacritics or tatweel. */
export function normalizeArabic(s: string): string {
  return s
    .replace(DIACRITICS, '')
    .replace(/[أإآٱ]/g, 'ا')
    .replace(/ى/g, 'ي')
    .replace(/ة/g, 'ه')
    .replace(/ئ/g, 'ي')
    .replace(/ؤ/g, 'و')
    .replace(/[ڤ]/g, 'ف')
    .replace(/[گ]/g, 'ك')
    .replace(/[\u200c-\u200f\u202a-\u202e\u2066-\u2069]/g, '');
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
