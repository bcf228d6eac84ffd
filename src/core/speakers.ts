/**
 * A speaker phrase as written, split into role and name. Arabic news puts the role first and the
 * name last (المتحدث باسم الكرملين دميتري بيسكوف), or the name first and the role after a comma
 * (حمد بن جاسم، رئيس وزراء قطر الأسبق). Role words are mostly definite (ال) while names are not,
 * which is what the split relies on, with lexicons of titles, organisation heads and places.
 */
import { ADJUNCT_PREPOSITIONS, COMPLEMENTIZERS, ORG_HEADS, OUTLET_TYPES, PLACES, SPEAKER_STOPS, TIME_WORDS, TITLES, UNNAMED_HEADS } from './lexicon/grammar';

const STOP_WORDS = new Set([...SPEAKER_STOPS, ...COMPLEMENTIZERS, ...TIME_WORDS, ...ADJUNCT_PREPOSITIONS].filter(w => w !== 'علي'));
import { normalizeArabic } from './normalize';

export type SpeakerType = 'person' | 'organization' | 'unnamed';

export interface MentionParts {
  /** The canonical name: the personal name, the organisation, or the description of an unnamed source. */
  readonly name: string;
  readonly role?: string;
  readonly type: SpeakerType;
  /** True when the phrase gives only a role (المتحدث، الوزارة) that may refer to a named holder. */
  readonly roleOnly: boolean;
}

/*
 * The word tests below take the word already normalized (`n`): a phrase's words are normalized once,
 * not again by every test that looks at them.
 */

/** A normalized word clitic-free for the lexicons: الكرملين -> كرملين. */
const bare = (n: string): string => (n.length > 3 && n.startsWith('ال') ? n.slice(2) : n);
const isDefinite = (n: string): boolean => n.length > 3 && n.startsWith('ال');
const isRoleWord = (n: string): boolean => TITLES.has(bare(n)) || TITLES.has(n) || n === 'باسم';
const isOrgWord = (n: string): boolean => ORG_HEADS.has(n) || ORG_HEADS.has(bare(n));
const isPlace = (n: string): boolean => PLACES.has(n);
const FUNCTION_WORDS = new Set(['في', 'من', 'لدي', 'عن', 'مع', 'و', 'ب'].map(normalizeArabic));
const STARTS_WITH_LETTER = /^[\p{L}]/u;

/** Could this word (`w` as written, `n` normalized) start a personal name? Not definite, not a title, organisation, place or function word. */
function nameLike(w: string, n: string): boolean {
  if (!STARTS_WITH_LETTER.test(w) || isDefinite(n) || isRoleWord(n) || isOrgWord(n) || isPlace(n)) return false;
  if (FUNCTION_WORDS.has(n) || UNNAMED_HEADS.has(n)) return false;
  if (STOP_WORDS.has(n) || n.length < 2) return false;
  // A preposition glued to an organisation or title (لحزب، بوزارة) is not a name either.
  if (/^[لب]/.test(n) && (ORG_HEADS.has(n.slice(1)) || TITLES.has(n.slice(1)))) return false;
  // Prepositional phrases glued to a definite noun (بالشرطة، للأمم) are never a name.
  return !/^(بال|لل|وال|فال|كال|لـ)/.test(n);
}

/** Splits the words of a speaker phrase (punctuation tokens included, as written) into name and role. */
export function splitMention(words: readonly string[]): MentionParts {
  const ws = words.filter(w => w !== '"' && w !== '«' && w !== '»' && w !== '“' && w !== '”');
  const join = (a: readonly string[]): string => {
    const j = a.join(' ');
    // Most phrases hold no comma, and then the replacements below change nothing.
    if (!j.includes('،') && !j.includes(',')) return j.trim();
    return j.replace(/ ([،,])/g, '$1').replace(/^[،,]\s*|[،,]\s*$/g, '').trim();
  };
  if (ws.length === 0) return { name: '', type: 'unnamed', roleOnly: true };
  // شاهد عيان يدعى أحمد اكاي: the name after يدعى is the speaker, the description its role.
  const called = ws.findIndex(w => /^(يدعى|يدعي|اسمه|اسمها|تدعى|تدعي)$/.test(w));
  if (called > 0 && called + 1 < ws.length) {
    return { name: join(ws.slice(called + 1)), role: join(ws.slice(0, called)), type: 'person', roleOnly: false };
  }
  const ns = ws.map(normalizeArabic);
  const like = (k: number): boolean => nameLike(ws[k], ns[k]);
  const first = ws[0];
  const firstN = ns[0];
  if (UNNAMED_HEADS.has(firstN) || UNNAMED_HEADS.has(bare(firstN))) return { name: join(ws), type: 'unnamed', roleOnly: false };
  if (isRoleWord(firstN)) {
    // The name usually closes the phrase: مدير المنتخب الألماني لكرة القدم أوليفر بيرهوف، الرئيس السوري بشار الأسد.
    let k = ws.length - 1;
    if (k >= 2 && isDefinite(ns[k]) && !isRoleWord(ns[k]) && like(k - 1)) k--;
    while (k >= 1 && (like(k) || joinedName(ns, k))) k--;
    if (k + 1 < ws.length && like(k + 1)) {
      return { name: join(ws.slice(k + 1)), role: join(ws.slice(0, k + 1)), type: 'person', roleOnly: false };
    }
    let i = 1;
    while (i < ws.length && !like(i)) i++;
    if (i >= ws.length) return { name: join(ws), type: 'person', roleOnly: true };
    const nameEnd = nameRunEnd(ws, ns, i);
    return { name: join(ws.slice(i, nameEnd)), role: join([...ws.slice(0, i), ...ws.slice(nameEnd)]) || undefined, type: 'person', roleOnly: false };
  }
  if (isOrgWord(firstN) || isDefinite(firstN) || isPlace(firstN)) {
    // صحيفة واشنطن بوست -> واشنطن بوست, صحيفة الأخبار -> الأخبار; وكالة الأنباء الروسية stays whole.
    const rest = OUTLET_TYPES.has(firstN) && (ws.length > 1 && !isDefinite(ns[1]) || ws.length === 2) ? ws.slice(1) : ws;
    const generic = ws.length === 1 && isDefinite(firstN) && (isOrgWord(firstN) || isRoleWord(firstN));
    return { name: join(rest), type: 'organization', roleOnly: generic };
  }
  if (nameLike(first, firstN)) {
    const nameEnd = nameRunEnd(ws, ns, 0);
    const role = join(ws.slice(nameEnd));
    return { name: join(ws.slice(0, nameEnd)), role: role || undefined, type: 'person', roleOnly: false };
  }
  return { name: join(ws), type: 'unnamed', roleOnly: false };
}

/** Compound names keep definite parts: عبد الرحمن، نور الدين، أبو الغيط، بن زايد. */
const NAME_JOINERS = new Set(['عبد', 'ابو', 'ابي', 'بن', 'ابن', 'ال', 'ذو', 'نور', 'عز', 'سيف', 'بدر', 'شمس', 'صلاح', 'علاء', 'جمال', 'حسام', 'محيي', 'تاج', 'زين', 'عماد', 'فخر', 'بهاء', 'ام']);
const NAME_ENDS = new Set(['الدين', 'الله', 'الرحمن', 'الرحيم', 'العزيز', 'الكريم', 'الحسن', 'الحسين']);

function joinedName(ns: readonly string[], k: number): boolean {
  const n = ns[k];
  if (NAME_JOINERS.has(n) || NAME_ENDS.has(n)) return true;
  return k > 0 && isDefinite(n) && NAME_JOINERS.has(ns[k - 1]);
}

/** End of a personal name starting at `i`: name-like words, plus a final definite surname (بشار الأسد). */
function nameRunEnd(ws: readonly string[], ns: readonly string[], i: number): number {
  let k = i;
  while (k < ws.length && ws[k] !== '،' && ws[k] !== ',' && (nameLike(ws[k], ns[k]) || joinedName(ns, k))) k++;
  // A definite word closes the name only at the end of the phrase: بشار الأسد, not آن شوكيت القائمة بأعمال.
  if (k < ws.length && isDefinite(ns[k]) && !isRoleWord(ns[k]) && (k + 1 === ws.length || ws[k + 1] === '،' || ws[k + 1] === ',')) k++;
  return Math.max(k, i + 1);
}

const LETTER_OR_DIGIT = /^[\p{L}\p{N}]$/u;
/** Per BMP code unit: 0 not yet known, 1 a letter or digit, 2 neither (filled on first sight). */
const LETTER_OR_DIGIT_BMP = new Uint8Array(0x10000);

/** Whether the code point at `i` is \p{L} or \p{N}; Arabic letters and ASCII are decided without the regex. */
function letterOrDigitAt(s: string, i: number): boolean {
  const c = s.charCodeAt(i);
  if (c >= 0x0621 && c <= 0x064a || c >= 0x61 && c <= 0x7a || c >= 0x41 && c <= 0x5a || c >= 0x30 && c <= 0x39) return true;
  if (c >= 0xd800 && c <= 0xdfff) return LETTER_OR_DIGIT.test(String.fromCodePoint(s.codePointAt(i) ?? c));
  if (LETTER_OR_DIGIT_BMP[c] === 0) LETTER_OR_DIGIT_BMP[c] = LETTER_OR_DIGIT.test(String.fromCharCode(c)) ? 1 : 2;
  return LETTER_OR_DIGIT_BMP[c] === 1;
}

/**
 * Normalized words of a name for comparison: no diacritics, no leading و/ف before ال, no ال. Words
 * are the runs of letters and digits (as `split(/[^\p{L}\p{N}]+/u)` would cut them, without the
 * cost of a Unicode regex on every speaker phrase).
 */
export function nameKey(name: string): string[] {
  const n = normalizeArabic(name);
  const out: string[] = [];
  let i = 0;
  while (i < n.length) {
    if (!letterOrDigitAt(n, i)) { i += n.codePointAt(i)! > 0xffff ? 2 : 1; continue; }
    let j = i;
    while (j < n.length && letterOrDigitAt(n, j)) j += n.codePointAt(j)! > 0xffff ? 2 : 1;
    out.push(wordKey(n.slice(i, j)));
    i = j;
  }
  return out;
}

/** One normalized word as `nameKey` compares it: والكرملين / الكرملين -> كرملين. */
export function wordKey(normalizedWord: string): string {
  const x = normalizedWord;
  const from = cliticUnits(x.length, x.charCodeAt(0), x.charCodeAt(1), x.charCodeAt(2));
  return from === 0 ? x : x.slice(from);
}

const WAW = 0x0648;
const FEH = 0x0641;
const ALEF = 0x0627;
const LAM = 0x0644;

/**
 * How many leading units `wordKey` strips from a normalized word of `length` units that opens with
 * `c0 c1 c2`: و/ف before ال, then ال (the name scan asks it on code units, without a string).
 */
export function cliticUnits(length: number, c0: number, c1: number, c2: number): number {
  const conj = length > 3 && (c0 === WAW || c0 === FEH) && c1 === ALEF && c2 === LAM ? 1 : 0;
  const article = conj === 1 ? length - 1 > 4 : length > 4 && c0 === ALEF && c1 === LAM;
  return conj + (article ? 2 : 0);
}

/**
 * The personal name that opens `words`, if any: نوري المالكي بمواصلة -> نوري المالكي. A definite
 * word closes the name (the surname), so what follows is not taken.
 */
export function leadingName(words: readonly string[]): string | undefined {
  const ns = words.map(normalizeArabic);
  const out: string[] = [];
  for (const [k, w] of words.entries()) {
    if (out.length >= 4) break;
    if (nameLike(w, ns[k]) || joinedName(ns, out.length)) { out.push(w); continue; }
    if (out.length > 0 && isDefinite(ns[k]) && !isRoleWord(ns[k])) out.push(w);
    break;
  }
  return out.length > 0 && nameLike(out[0], ns[0]) ? out.join(' ') : undefined;
}
