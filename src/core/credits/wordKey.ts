/**
 * Word keys for gazetteer look-ups: the same normalization as `normalizeArabic` (أ/إ/آ -> ا, ة -> ه,
 * ى/ئ -> ي, ؤ -> و, no diacritics or tatweel) done in one character loop, because the scanner keys
 * every word of texts of tens of megabytes.
 */

const MAP = new Map<number, string>([
  [0x0623, 'ا'], [0x0625, 'ا'], [0x0622, 'ا'], [0x0671, 'ا'],
  [0x0649, 'ي'], [0x0629, 'ه'], [0x0626, 'ي'], [0x0624, 'و'], [0x06a4, 'ف'], [0x06af, 'ك'],
]);

function dropped(c: number): boolean {
  return (c >= 0x064b && c <= 0x065f) || c === 0x0670 || c === 0x0640 || (c >= 0x0610 && c <= 0x061a);
}

const KEEP = 0;
const DROP = 0xffff;
/** By code point below 0x700: KEEP, DROP, or the letter it is written as in a key (one read per letter). */
const ACTION: Uint16Array = (() => {
  const t = new Uint16Array(0x700);
  for (let c = 0; c < t.length; c++) if (dropped(c)) t[c] = DROP;
  for (const [c, to] of MAP) t[c] = to.charCodeAt(0);
  return t;
})();

function actionOf(c: number): number {
  return c < 0x700 ? ACTION[c] : KEEP;
}

/** The comparison key of one Arabic word (Latin words are keyed by the caller). */
export function wordKey(word: string): string {
  let i = 0;
  while (i < word.length && actionOf(word.charCodeAt(i)) === KEEP) i++;
  if (i === word.length) return word;
  let out = word.slice(0, i);
  for (; i < word.length; i++) {
    const a = actionOf(word.charCodeAt(i));
    if (a === DROP) continue;
    out += a === KEEP ? word[i] : String.fromCharCode(a);
  }
  return out;
}

/**
 * One word of the text: a run of Arabic letters (with diacritics and tatweel), of Latin letters, or
 * of digits. Letters and digits are split (فرانس24 = فرانس + 24) so that spellings with and without
 * the space meet.
 */
export const WORD = /[\u0621-\u063A\u0641-\u065F\u0670\u0671-\u06D3\u0640]+|[A-Za-z]+|[0-9\u0660-\u0669]+/g;

/** The words of a gazetteer name or a phrase, in order. */
export function splitWords(phrase: string): string[] {
  return phrase.match(new RegExp(WORD.source, 'g')) ?? [];
}
