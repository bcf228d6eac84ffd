/**
 * What the speaker-phrase rules ask of a word, as the bits of one number: is it a title, the head
 * of an organisation, a time word, an ordinary word, part of a name ... A phrase's rules ask a dozen
 * such questions of every word it reads, each a look-up in a set of thousands of strings; here a
 * word's answers are found once and kept with the words seen lately (in two generations, so the
 * memory stays bounded on a document of any size while a story's words, which come back paragraph
 * after paragraph, are answered with one look-up).
 */
import {
  ADJUNCT_PREPOSITIONS, COMPLEMENTIZERS, ORG_HEADS, PERSON_NOUNS, PLACES, PRONOUN_ADJUNCTS, QUANTIFIERS,
  SPEAKER_STOPS, TIME_WORDS, TITLES, UNNAMED_HEADS,
} from './grammar';
import { isCommonWord, isPersonWord } from './wordClass';
import type { Tokens } from '../text/tokens';
import { GenerationMap } from '../generationMap';

/** An ordinary word (isCommonWord). */
export const COMMON = 1 << 0;
/** Mostly part of a person's name (isPersonWord). */
export const PERSON = 1 << 1;
/** Reads as part of a personal name rather than a role or an organisation (isNameWord). */
export const NAME = 1 << 2;
/** A title, with or without its article. */
export const TITLE = 1 << 3;
/** The head of an organisation, with or without its article. */
export const ORG = 1 << 4;
export const UNNAMED = 1 << 5;
export const QUANTIFIER = 1 << 6;
export const PLACE = 1 << 7;
export const PERSON_NOUN = 1 << 8;
/** A time word, with or without its article. */
export const TIME = 1 << 9;
export const STOP = 1 << 10;
export const COMPLEMENTIZER = 1 << 11;
export const ADJUNCT = 1 << 12;
export const PRONOUN_ADJUNCT = 1 << 13;
/** Holds a Western or Arabic-Indic digit. */
export const DIGIT = 1 << 14;

const KNOWN = 1 << 30;

/** The word without its article (a word of three letters or fewer keeps it). */
export const bare = (n: string): string => (n.length > 3 && n.startsWith('ال') ? n.slice(2) : n);

/** Whether a word holds a Western or Arabic-Indic digit (a date or a number ends a speaker phrase). */
export function hasDigit(n: string): boolean {
  for (let i = 0; i < n.length; i++) {
    const c = n.charCodeAt(i);
    if (c >= 0x30 && c <= 0x39 || c >= 0x0660 && c <= 0x0669) return true;
  }
  return false;
}

/** Whether a word reads as a relative adjective (nisba): الأمريكي، السورية، الإيرانيين. */
export function isNisba(n: string): boolean {
  return /(ي|يه|يين|يون|يان)$/.test(n);
}

/** A word that reads as part of a personal name rather than a role or organisation. */
export function isNameWord(n: string): boolean {
  return (wordClasses(n) & NAME) !== 0;
}

function computeNameWord(n: string, b: string, common: boolean): boolean {
  if (n === 'باسم') return false;
  // ومسؤول، ونواب: a conjunction before a role or a group joins another source, it is no name.
  const plain = n.length > 3 && n[0] === 'و' ? n.slice(1) : '';
  if (plain !== '' && (TITLES.has(bare(plain)) || UNNAMED_HEADS.has(plain) || ORG_HEADS.has(plain))) return false;
  if (n.startsWith('ال')) return !common && !TITLES.has(b) && !ORG_HEADS.has(n) && !PLACES.has(n);
  return !TITLES.has(b) && !ORG_HEADS.has(n) && !UNNAMED_HEADS.has(n) && !PLACES.has(n);
}

function compute(n: string): number {
  const b = bare(n);
  const common = isCommonWord(n);
  let c = KNOWN;
  if (common) c |= COMMON;
  if (isPersonWord(n)) c |= PERSON;
  if (computeNameWord(n, b, common)) c |= NAME;
  if (TITLES.has(b)) c |= TITLE;
  if (ORG_HEADS.has(n) || ORG_HEADS.has(b)) c |= ORG;
  if (UNNAMED_HEADS.has(n)) c |= UNNAMED;
  if (QUANTIFIERS.has(n)) c |= QUANTIFIER;
  if (PLACES.has(n)) c |= PLACE;
  if (PERSON_NOUNS.has(n)) c |= PERSON_NOUN;
  if (TIME_WORDS.has(n) || TIME_WORDS.has(b)) c |= TIME;
  if (SPEAKER_STOPS.has(n)) c |= STOP;
  if (COMPLEMENTIZERS.has(n)) c |= COMPLEMENTIZER;
  if (ADJUNCT_PREPOSITIONS.has(n)) c |= ADJUNCT;
  if (PRONOUN_ADJUNCTS.has(n)) c |= PRONOUN_ADJUNCT;
  if (hasDigit(n)) c |= DIGIT;
  return c;
}

/**
 * The classes of word token i, kept with the token once read (Tokens.slot). Most tokens are read
 * once, so a word's classes are also kept in a direct-mapped table by the hash the tokenizer gave
 * it: one comparison of strings instead of hashing the word again for a Map.
 */
export function tokenClasses(toks: Tokens, i: number): number {
  const kept = toks.slot(i);
  if (kept >= 0) return kept;
  let c = 0;
  if (toks.isWord(i)) {
    const n = toks.norm(i);
    const h = toks.hash(i);
    const at = (h ^ (h >>> TABLE_BITS)) & TABLE_MASK;
    if (tableWords[at] === n) c = tableClasses[at];
    else {
      c = wordClasses(n) & ALL;
      tableWords[at] = n;
      tableClasses[at] = c;
    }
  }
  toks.setSlot(i, c);
  return c;
}

const TABLE_BITS = 16;
const TABLE_MASK = (1 << TABLE_BITS) - 1;
const tableWords = new Array<string | undefined>(1 << TABLE_BITS);
const tableClasses = new Int32Array(1 << TABLE_BITS);

/** Every class bit (KNOWN is the cache's own). */
const ALL = (1 << 15) - 1;

const known = new GenerationMap<number>(65_536);

/** The classes of a normalized word, as the bits above. */
export function wordClasses(n: string): number {
  return known.fetch(n, compute);
}
