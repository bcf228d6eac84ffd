/**
 * Is a word an ordinary word or part of a name? News introduces people the lexicons have never seen
 * (كونستانتين ليبيديف، كارل موندر), so names are told by shape: a word whose stems are not
 * ordinary words is likely a name. The ordinary words and the name words come from ANERCorp's tags
 * (generated/nerWords.ts, rebuilt by scripts/buildWordLexicon.mjs); the sets are built on first use.
 */
import { COMMON_STEMS, PERSON_WORDS } from './generated/nerWords';

let common: ReadonlySet<string> | undefined;
let person: ReadonlySet<string> | undefined;

const wordsOf = (block: string): ReadonlySet<string> => new Set(block.split(/\s+/).filter(Boolean));

/** Proclitics tried in this order, the longest first: وب، ول ... then و، ف، ب، ل، ك. */
const PROCLITICS = ['وب', 'ول', 'فب', 'فل', 'وك', 'و', 'ف', 'ب', 'ل', 'ك'];

/** Whether the normalized word is mostly part of a person's name (محمد، عبد، بن، سلطان). */
export function isPersonWord(n: string): boolean {
  person ??= wordsOf(PERSON_WORDS);
  return person.has(n);
}

/** Whether the normalized word as it stands (no clitic taken off) is an ordinary word: لجنة, not ل + جنة. */
export function isCommonForm(n: string): boolean {
  common ??= wordsOf(COMMON_STEMS);
  return common.has(n) && !isPersonWord(n);
}

/** Whether the normalized word, or one of its stems, is an ordinary word (قوله، الأزياء، مصمم). */
export function isCommonWord(n: string): boolean {
  // The rules ask about the same word several times in a row: the last answer is kept at hand.
  if (n === lastWord) return lastAnswer;
  lastWord = n;
  lastAnswer = computeCommon(n);
  return lastAnswer;
}

let lastWord = '';
let lastAnswer = false;

/**
 * isCommonWord without the memory: the word, then without its article, without its proclitic, and
 * without both (والصادرات -> الصادرات، صادرات). scripts/buildWordLexicon.mjs stores stems the same way.
 * What a proclitic leaves must be a word of four letters or more: لاري is a name, not ل + اري.
 */
function computeCommon(n: string): boolean {
  common ??= wordsOf(COMMON_STEMS);
  if (common.has(n)) return !isPersonWord(n);
  if (n.length > 4 && withoutArticle(n)) return !isPersonWord(n);
  const p = procliticLength(n);
  if (p === 0 || n.length - p < 4) return false;
  const rest = n.slice(p);
  return (common.has(rest) || rest.length > 4 && withoutArticle(rest)) && !isPersonWord(n);
}

/** Whether a word opening with ال or لل is an ordinary word without them. */
function withoutArticle(s: string): boolean {
  const a = s.charCodeAt(0);
  return (a === ALEF || a === LAM) && s.charCodeAt(1) === LAM && common!.has(s.slice(2));
}

const ALEF = 0x0627;
const LAM = 0x0644;
const PROCLITIC_CODES = new Set(PROCLITICS.map(p => p.charCodeAt(0)));

/** The length of the proclitic a word opens with (PROCLITICS, the longest first), or 0. */
function procliticLength(n: string): number {
  if (!PROCLITIC_CODES.has(n.charCodeAt(0))) return 0;
  for (const p of PROCLITICS) if (n.startsWith(p)) return p.length;
  return 0;
}

/**
 * A noun with a possessive pronoun written onto it (قوله، تأييده، تضامنها، مواقفهم): returns its
 * stem when that is an ordinary word, else undefined. `written` is the word as written, since ة and
 * ه fold together (موريه is a name, not مور + ه).
 */
export function possessedStem(written: string, n: string): string | undefined {
  for (const suffix of ['هما', 'هم', 'ها', 'ه']) {
    if (!written.endsWith(suffix) || n.length - suffix.length < 3) continue;
    const stem = n.slice(0, n.length - suffix.length);
    // A ta marbuta turns into ت before a pronoun: تصريحاته، كلمته.
    if (isCommonWord(stem) || stem.endsWith('ت') && isCommonWord(stem.slice(0, -1) + 'ه')) return stem;
    return undefined;
  }
  return undefined;
}
