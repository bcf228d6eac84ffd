/**
 * A speaker phrase as written, split into role and name. Arabic news puts the role first and the
 * name last (المتحدث باسم الكرملين دميتري بيسكوف), or the name first and the role after a comma
 * (حمد بن جاسم، رئيس وزراء قطر الأسبق). Role words are mostly definite (ال) while names are not,
 * which is what the split relies on, with lexicons of titles, organisation heads and places.
 */
import { ADJUNCT_PREPOSITIONS, COMPLEMENTIZERS, DOCUMENTS, ORG_HEADS, OUTLET_TYPES, PLACES, QUANTIFIERS, SPEAKER_STOPS, TIME_WORDS, TITLES, UNNAMED_HEADS } from '../lexicon/grammar';
import { isCommonForm, isCommonWord, isPersonWord } from '../lexicon/wordClass';
import { normalizeArabic } from '../text/normalize';
import { bare, isNisba } from '../lexicon/wordClasses';
import { GenerationMap } from '../generationMap';
import { isComma } from '../text/lineContext';

const STOP_WORDS = new Set([...SPEAKER_STOPS, ...COMPLEMENTIZERS, ...TIME_WORDS, ...ADJUNCT_PREPOSITIONS].filter(w => w !== 'علي'));

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

/** A normalized word with the article: الكرملين (ال and at least two letters). */
const isDefinite = (n: string): boolean => n.length > 3 && n.startsWith('ال');
const isRoleWord = (n: string): boolean => TITLES.has(bare(n)) || TITLES.has(n) || n === 'باسم';
const isOrgWord = (n: string): boolean => ORG_HEADS.has(n) || ORG_HEADS.has(bare(n));
const isPlace = (n: string): boolean => PLACES.has(n);
const FUNCTION_WORDS = new Set(['في', 'من', 'لدي', 'عن', 'مع', 'و', 'ب'].map(normalizeArabic));
const STARTS_WITH_LETTER = /^[\p{L}]/u;

/** Could this word (`w` as written, `n` normalized) start a personal name? Not definite, not a title, organisation, place or function word. */
function nameLike(w: string, n: string): boolean {
  if (!STARTS_WITH_LETTER.test(w) || isRoleWord(n) || isOrgWord(n) || isPlace(n) || TIME_WORDS.has(n)) return false;
  if (FUNCTION_WORDS.has(n) || UNNAMED_HEADS.has(n)) return false;
  if (STOP_WORDS.has(n) || n.length < 2) return false;
  if (LATIN_LETTER.test(w)) return true;
  // وبريطانيا، ومصادر: a conjunction before a place or a word joins two phrases, it names nobody.
  if (n.length > 3 && n[0] === 'و' && (isPlace(n.slice(1)) || isCommonWord(n.slice(1)))) return false;
  // مدافعا، ضاحكا: an adjective of manner, not a name.
  if (w.endsWith('ا') && n.length >= 5 && isCommonWord(n.slice(0, -1))) return false;
  // A definite word is a surname only when it is no ordinary word: الكعبي، العنزي (not الأزياء).
  if (isDefinite(n)) return !isCommonWord(n) || isPersonWord(n.slice(2));
  // A preposition glued to an organisation or title (لحزب، بوزارة) is not a name either.
  if (/^[لب]/.test(n) && (ORG_HEADS.has(n.slice(1)) || TITLES.has(n.slice(1)))) return false;
  // Prepositional phrases glued to a definite noun (بالشرطة، للأمم) are never a name.
  if (/^(بال|لل|وال|فال|كال|لـ)/.test(n)) return false;
  return isPersonWord(n) || !isCommonWord(n);
}

const LATIN_LETTER = /^[A-Za-z]/;

/** Endings that derive a word from another: nisba (اليميني، السورية)، dual and plural (المحاولتان). */
const DERIVING_ENDINGS = ['يين', 'يون', 'تان', 'تين', 'يه', 'ي'];

/**
 * A definite word made from an ordinary word or a place by a nisba, dual or plural ending:
 * اليميني (يمين)، المحاولتان (محاولة)، الإسبانية (إسبانيا). Such words are adjectives and nouns,
 * not surnames; a surname's stem is no word (العنزي، الهاجري).
 */
function derivedWord(n: string): boolean {
  const b = bare(n);
  for (const e of DERIVING_ENDINGS) {
    if (!b.endsWith(e) || b.length - e.length < 3) continue;
    const stem = b.slice(0, b.length - e.length);
    if (isCommonWord(stem) || isCommonWord(stem + 'ه') || isPlace(stem) || isPlace(stem + 'ا')) return true;
  }
  return false;
}

/**
 * Splits the words of a speaker phrase (punctuation tokens included, as written) into name and role.
 * `norms` are the words normalized, when the caller has them (a line's tokens keep theirs).
 */
export function splitMention(words: readonly string[], norms?: readonly string[]): MentionParts {
  const quoted = quotedNameAtEnd(words);
  if (quoted !== undefined) return quoted;
  const kept = words.map(w => !QUOTE_MARKS.has(w));
  const ws = words.filter((_, k) => kept[k]);
  if (ws.length === 0) return { name: '', type: 'unnamed', roleOnly: true };
  // شاهد عيان يدعى أحمد اكاي: the name after يدعى is the speaker, the description its role.
  const called = ws.findIndex(w => /^(يدعى|يدعي|اسمه|اسمها|تدعى|تدعي)$/.test(w));
  if (called > 0 && called + 1 < ws.length) {
    return { name: join(ws.slice(called + 1)), role: join(ws.slice(0, called)), type: 'person', roleOnly: false };
  }
  const ns = norms !== undefined ? norms.filter((_, k) => kept[k]) : ws.map(normalizeArabic);
  // تقرير لصحيفة الغد، تحقيق صحفي لرويترز: the report's owner is the source.
  const owner = DOCUMENTS.has(bare(ns[0])) ? ns.findIndex((w, k) => k > 0 && k <= 2 && w.length > 3 && w[0] === 'ل' && !w.startsWith('لل')) : -1;
  if (owner > 0) return splitMention([ws[owner].slice(1), ...ws.slice(owner + 1)], [ns[owner].slice(1), ...ns.slice(owner + 1)]);
  // بيان النائب العام، تقرير منظمة العفو: a document's owner in the genitive is the source.
  if (ns.length >= 2 && DOCUMENTS.has(ns[0]) && (ns[1].startsWith('ال') && !isNisba(ns[1]) || isOrgWord(ns[1]))) return splitMention(ws.slice(1), ns.slice(1));
  // ومندوبة واشنطن: the conjunction before a role or an ordinary word is no part of the speaker.
  if (ns[0].length > 3 && ns[0][0] === 'و' && !isCommonForm(ns[0]) && (isRoleWord(ns[0].slice(1)) || isOrgWord(ns[0].slice(1)) || UNNAMED_HEADS.has(ns[0].slice(1)))) {
    ns[0] = ns[0].slice(1);
    ws[0] = ws[0].slice(1);
  }
  const firstN = ns[0];
  // المسؤول، المصدر alone refer back to a source named before, as a title does.
  if (ws.length === 1 && isDefinite(firstN) && UNNAMED_HEADS.has(bare(firstN))) return { name: join(ws), type: 'person', roleOnly: true };
  if (UNNAMED_HEADS.has(firstN) || UNNAMED_HEADS.has(bare(firstN))) return { name: join(ws), type: 'unnamed', roleOnly: false };
  // An organisation is named as a whole, even after a person: مكتب رئيس الوزراء، صحيفة واشنطن بوست.
  const run = isOrgWord(firstN) ? undefined : personalName(ws, ns);
  if (run !== undefined) {
    const [from, to] = run;
    const role = join([...ws.slice(0, from), ...ws.slice(to)]);
    return { name: join(ws.slice(from, to)), role: role || undefined, type: 'person', roleOnly: false };
  }
  if (indefiniteRole(ns)) return { name: join(ws), type: 'unnamed', roleOnly: false };
  if (isRoleWord(firstN)) return { name: join(ws), type: 'person', roleOnly: true };
  if (isOrgWord(firstN) || isDefinite(firstN) || isPlace(firstN) || isCommonWord(firstN)) {
    // صحيفة واشنطن بوست -> واشنطن بوست, صحيفة الأخبار -> الأخبار; وكالة الأنباء الروسية stays whole.
    const rest = OUTLET_TYPES.has(firstN) && (ws.length > 1 && !isDefinite(ns[1]) || ws.length === 2) ? ws.slice(1) : ws;
    const generic = ws.length === 1 && isDefinite(firstN) && (isOrgWord(firstN) || isRoleWord(firstN));
    return { name: join(rest), type: 'organization', roleOnly: generic };
  }
  return { name: join(ws), type: 'unnamed', roleOnly: false };
}

/**
 * An indefinite role with no name is an unnamed source, not a known holder: وقال متحدث باسم الخارجية،
 * قال مسؤول أمريكي (a spokesman, an official). وزير الخارجية and رئيس الحكومة are definite by the
 * noun after them.
 */
function indefiniteRole(ns: readonly string[]): boolean {
  if (!isRoleWord(ns[0]) || isDefinite(ns[0])) return false;
  if (ns.length === 1) return true;
  const second = ns[1];
  return second === 'باسم' || ADJUNCT_PREPOSITIONS.has(second) || second === 'من' || !isDefinite(second) && /(ي|يه)$/.test(second) && isCommonWord(second);
}

/** المتحدث باسم الحركة “أبو خالد الحمد”: a role, then a short quoted name that closes the phrase. */
function quotedNameAtEnd(words: readonly string[]): MentionParts | undefined {
  const n = words.length;
  if (n < 4 || !QUOTE_MARKS.has(words[n - 1])) return undefined;
  let open = n - 2;
  while (open >= 0 && !QUOTE_MARKS.has(words[open])) open--;
  const inner = words.slice(open + 1, n - 1);
  if (open < 1 || inner.length === 0 || inner.length > 4) return undefined;
  const role = words.slice(0, open).filter(w => !QUOTE_MARKS.has(w));
  const ns = role.map(normalizeArabic);
  if (!isRoleWord(ns[0]) || isOrgWord(normalizeArabic(inner[0]))) return undefined;
  return { name: join(inner), role: join(role), type: 'person', roleOnly: false };
}

const QUOTE_MARKS = new Set(['"', '«', '»', '“', '”']);

function join(a: readonly string[]): string {
  const j = a.join(' ');
  // Most phrases hold no comma, and then the replacements below change nothing.
  if (!j.includes('،') && !j.includes(',')) return j.trim();
  return j.replace(/ ([،,])/g, '$1').replace(/^[،,]\s*|[،,]\s*$/g, '').trim();
}

/**
 * Where the personal name of a phrase is, as [from, to), if it has one. The name opens the phrase
 * (فهد الكعبي أحد أقدم التجار، سالم العلي، رئيس الجمعية) or closes a role
 * (المتحدث باسم الكرملين دميتري بيسكوف، مصمم الأزياء كارل موندر، رئيس ... المهندس ناصر الشمري):
 * a run of words that are names by shape (no ordinary word: موندر، دوفال) or by the name lexicon
 * (محمد، عبد، بن), with a definite surname (الأسد، الكعبي) and a first name that is also a word
 * (فلاح العنزي، سلطان الهاجري) before one.
 */
function personalName(ws: readonly string[], ns: readonly string[]): [number, number] | undefined {
  const named = ns.map((n, k) => nameLike(ws[k], n) && !prepositionalNoun(ns, k));
  // The name that opens the phrase: every word of it a name, up to the role or the end.
  if (named[0] && !isPlace(ns[0])) {
    let to = nameRunEnd(ws, ns, 0);
    if (to < ws.length && !isComma(ws[to]) && !startsRole(ns, to) && !isDefinite(ns[to])) to = -1;
    if (to > 0) return [0, to];
  }
  // The name that closes a role: the last run of name words, with the words a name may join.
  let end = ws.length;
  while (end > 0 && isComma(ws[end - 1])) end--;
  for (let k = end - 1; k >= 1; k--) {
    if (!named[k]) continue;
    // A definite word alone after a role is its adjective or a noun (النائب المعارض اليميني، إدارة
    // الكوارث), unless a title or a nisba of place stands right before it: الرئيس المصري السيسي.
    const afterName = named[k - 1] || joinedName(ns, k - 1) || firstNameBefore(ns, k - 1);
    if (isDefinite(ns[k]) && !afterName && (!(isRoleWord(ns[k - 1]) || derivedWord(ns[k - 1])) || /(ي|يه)$/.test(ns[k])) || derivedWord(ns[k]) && !afterName) continue;
    // A definite word ends a name (محمد بن صالح الكعبي) and never opens one: اليمينية | كارل موندر.
    let from = k;
    while (from > 0 && (named[from - 1] && !surname(ns, from - 1) || joinedName(ns, from - 1) || firstNameBefore(ns, from - 1))) from--;
    let to = k + 1;
    // The surname after the last name word, at the end or before a role: بشار الأسد، بطرس حرب،
    // سعد الحربي وزير المالية.
    if (to < end && (to === end - 1 || isRoleWord(ns[to + 1]) || isComma(ws[to + 1])) && surnameAfter(ws, ns, from, to)) to++;
    if (from === 0) return [0, to];
    // What precedes must read as a role: a title, a definite word, an organisation or a comma.
    const before = ns[from - 1];
    // A place opening the phrase is part of a name (واشنطن بوست); after a role it ends it (رئيسة وزراء بريطانيا).
    if (isComma(ws[from - 1]) || isRoleWord(before) || isDefinite(before) || isOrgWord(before) || isPlace(before) && from > 1 || startsRole(ns, 0)) return [from, to];
    return undefined;
  }
  return undefined;
}

/**
 * ل or ب glued to an ordinary noun that a definite noun completes: لصحة البيئة، بشؤون الأسرة. Such a
 * word belongs to the role (مدير الإدارة العامة لصحة البيئة), however short the noun.
 */
function prepositionalNoun(ns: readonly string[], k: number): boolean {
  const n = ns[k];
  return (n[0] === 'ل' || n[0] === 'ب') && n.length >= 4 && k + 1 < ns.length && isDefinite(ns[k + 1]) && isCommonWord(n.slice(1));
}

/** A definite name word that is no part of a compound (الدين، الله): a surname, which ends a name. */
function surname(ns: readonly string[], k: number): boolean {
  return isDefinite(ns[k]) && !NAME_ENDS.has(ns[k]) && !(k > 0 && NAME_JOINERS.has(ns[k - 1]));
}

/**
 * An ordinary word at the end of a phrase after a name run is its surname when it could be one:
 * بشار الأسد، بطرس حرب; not a role (المختص), a participle or an adjective (مدافعا، الفرنسي), and
 * not after a name that has its surname already (فواز الحمد | المختص).
 */
function surnameAfter(ws: readonly string[], ns: readonly string[], from: number, to: number): boolean {
  const n = ns[to];
  if (isRoleWord(n) || isOrgWord(n) || isPlace(n) || FUNCTION_WORDS.has(n) || STOP_WORDS.has(n) || n.length < 3) return false;
  if (ws[to].endsWith('ا')) return false;
  for (let k = from; k < to; k++) if (surname(ns, k)) return false;
  // After a first name, a definite word at the end is the surname even when it is also an adjective
  // (سالم الحربي، محمد الهاجري): Arabic puts the nationality before the name (وزير الخارجية الفرنسي فلان).
  return true;
}

/**
 * An indefinite word right before a name run that may be a first name although it is also a word
 * (فلاح العنزي، سلطان الهاجري، إدوار دوفال): after a role or at the start, never a title itself.
 */
function firstNameBefore(ns: readonly string[], k: number): boolean {
  const n = ns[k];
  if (!indefinite(ns, k) || isRoleWord(n) || isOrgWord(n) || isPlace(n) || n.length < 3 || n[0] === 'و') return false;
  if (FUNCTION_WORDS.has(n) || STOP_WORDS.has(n) || UNNAMED_HEADS.has(n) || QUANTIFIERS.has(n)) return false;
  return k === 0 || isRoleWord(ns[k - 1]) || isDefinite(ns[k - 1]) || isPersonWord(ns[k - 1]);
}

const indefinite = (ns: readonly string[], k: number): boolean => !isDefinite(ns[k]) && !ns[k].startsWith('لل');

/** Whether a role starts at word k: a title, أحد, عضو ... (فهد الكعبي أحد أقدم التجار). */
function startsRole(ns: readonly string[], k: number): boolean {
  const n = ns[k];
  return isRoleWord(n) || UNNAMED_HEADS.has(n) || QUANTIFIERS.has(n) || isOrgWord(n);
}

/** Compound names keep definite parts: عبد الرحمن، نور الدين، أبو الغيط، بن زايد. */
const NAME_JOINERS = new Set(['عبد', 'ابو', 'ابي', 'بن', 'ابن', 'ال', 'ذو', 'نور', 'عز', 'سيف', 'بدر', 'شمس', 'صلاح', 'علاء', 'جمال', 'حسام', 'محيي', 'تاج', 'زين', 'عماد', 'فخر', 'بهاء', 'ام']);
const NAME_ENDS = new Set(['الدين', 'الله', 'الرحمن', 'الرحيم', 'العزيز', 'الكريم', 'الحسن', 'الحسين']);

function joinedName(ns: readonly string[], k: number): boolean {
  const n = ns[k];
  if (NAME_JOINERS.has(n) || NAME_ENDS.has(n)) return true;
  return k > 0 && isDefinite(n) && NAME_JOINERS.has(ns[k - 1]);
}

/** End of a personal name starting at `i`: name words, up to its surname (بشار الأسد، فواز الحمد). */
function nameRunEnd(ws: readonly string[], ns: readonly string[], i: number): number {
  let k = i;
  while (k < ws.length && !isComma(ws[k]) && (nameLike(ws[k], ns[k]) || joinedName(ns, k))) {
    k++;
    if (surname(ns, k - 1)) return k;
  }
  if (k < ws.length && (k + 1 === ws.length || isComma(ws[k + 1])) && surnameAfter(ws, ns, i, k)) k++;
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
export function nameKey(name: string): readonly string[] {
  return nameKeys.fetch(name, readNameKey);
}

/** The keys of the names and roles seen lately: the registry asks for the same ones mention after mention. */
const nameKeys = new GenerationMap<readonly string[]>(16_384);

function readNameKey(name: string): string[] {
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
 * The personal name that closes `words`, if any: الدكتور سعد الحربي -> سعد الحربي. It must
 * be preceded by a title or stand alone, so the end of a sentence is not taken for a name.
 */
export function trailingName(words: readonly string[]): string | undefined {
  if (words.length === 0) return undefined;
  const ns = words.map(normalizeArabic);
  const run = personalName(words, ns);
  if (run === undefined || run[1] !== words.length) return undefined;
  const [from] = run;
  if (from > 0 && !isRoleWord(ns[from - 1])) return undefined;
  return words.slice(from).join(' ');
}

/**
 * The personal name that opens `words`, if any: سامي العلي بمواصلة -> سامي العلي. A definite
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
