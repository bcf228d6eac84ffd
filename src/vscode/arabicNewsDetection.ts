/**
 * Which plain-text files open in the Arabic News mode: a `.txt`, or a file with no extension, whose
 * first few thousand characters are mostly Arabic letters. The head is enough (an article's
 * language shows in its title and first paragraph) and keeps the check cheap on a 2 MB file. No
 * vscode import: unit-tested.
 */

/** How much of a file the check reads. */
export const DETECTION_CHARS = 4096;

/** Fewer Arabic letters than this is a word or two quoted in another language, not an article. */
const MIN_ARABIC_LETTERS = 20;

/**
 * An Arabic article names outlets and photographers in Latin script (Sputnik, Reuters, a URL), so
 * its share of Arabic letters is below 1 but far above this (0.93 at the lowest among the
 * project's test articles); an English note quoting an Arabic sentence stays under it.
 */
const MIN_ARABIC_SHARE = 0.6;

function isArabicLetter(c: number): boolean {
  return (c >= 0x0621 && c <= 0x064a) || (c >= 0x0671 && c <= 0x06d3) || (c >= 0x06fa && c <= 0x06ff)
    || (c >= 0x0750 && c <= 0x077f) || (c >= 0x08a0 && c <= 0x08ff) || (c >= 0xfb50 && c <= 0xfdff) || (c >= 0xfe70 && c <= 0xfefc);
}

/** Whether each UTF-16 code unit is a letter (0: not asked yet, 1: yes, 2: no); a table read per character. */
const LETTER_UNITS = new Uint8Array(0x10000);

function isLetter(c: number): boolean {
  let k = LETTER_UNITS[c]!;
  if (k === 0) LETTER_UNITS[c] = k = /\p{L}/u.test(String.fromCharCode(c)) ? 1 : 2;
  return k === 1;
}

/** Whether the text (a file's first DETECTION_CHARS characters) is mostly Arabic letters. */
export function isArabicDominant(head: string): boolean {
  const n = Math.min(head.length, DETECTION_CHARS);
  let arabic = 0;
  let letters = 0;
  for (let i = 0; i < n; i++) {
    const c = head.charCodeAt(i);
    if (isArabicLetter(c)) {
      arabic++;
      letters++;
    } else if (isLetter(c)) {
      letters++;
    }
  }
  return arabic >= MIN_ARABIC_LETTERS && arabic / letters >= MIN_ARABIC_SHARE;
}

/**
 * Whether a file of this path may be switched: `.txt` (any case) or no extension at all. A name
 * that starts with a dot and has no other (`.env`) is a settings file, not an article.
 */
export function isDetectablePath(path: string): boolean {
  const name = path.slice(path.lastIndexOf('/') + 1);
  const dot = name.lastIndexOf('.');
  if (dot <= 0) return name.length > 0 && dot < 0;
  return name.slice(dot).toLowerCase() === '.txt';
}
