/**
 * Reporting cues in one line's tokens: speech verbs in all their forms (via the generated verb
 * index) and attribution phrases (وفقا لـ، بحسب، حسبما أعلنت، نقلا عن، على حد قول).
 */
import type { Tokens } from '../text/tokens';
import { isComma } from '../text/lineContext';
import { isComplementizerToken } from './content';
import { isCommonWord } from '../lexicon/wordClass';
import { PLACES } from '../lexicon/grammar';
import { WordFilter } from '../text/wordFilter';
import { AMBIGUOUS_INDEX, NOUN_INDEX, VERB_INDEX, type Tense, type VerbForm } from '../lexicon/morphology';
import { ACCORDING_TO, ACCORDING_TO_L, AS_VERB, CUE_FOLLOWERS, QUOTING } from '../lexicon/phrases';

export interface CueHit {
  /** First and last token of the cue (inclusive). */
  readonly first: number;
  readonly last: number;
  readonly start: number;
  readonly end: number;
  readonly lemma: string;
  readonly kind: 'verb' | 'phrase';
  readonly tense: Tense | 'phrase';
  readonly gender?: 'm' | 'f';
  readonly plural?: boolean;
  /** Starts with و / ف, or is a participle / phrase: it opens a new clause. */
  readonly conj: boolean;
  readonly complement: boolean;
  /** Token where the source phrase starts, and the offset inside it (وفقا لواشنطن: after ل). */
  readonly sourceToken?: number;
  readonly sourceOffset?: number;
  /** The source is a pronoun on a verbal noun (حسب قوله، على حد تعبيرها): implied, of `gender` / `plural`. */
  readonly pronounSource?: boolean;
}

/**
 * The verb form of a normalized word. `hash` is the word's token hash (`Tokens.hash`) when the caller
 * has the token: most words asked about are no verb, and one bit of the cue filter says so without
 * a probe of the index's thousands of forms.
 */
export type VerbLookup = (norm: string, hash?: number) => VerbForm | undefined;

/** Whether the cue filter rules a word out by its token hash (0 or none: no hash to go by). */
export const ruledOut = (filter: WordFilter, hash: number | undefined): boolean => hash !== undefined && hash !== 0 && !filter.mayHaveHash(hash);

export const baseLookup: VerbLookup = (n, hash) => (ruledOut(BASE_CUE_WORDS, hash) ? undefined : VERB_INDEX.get(n));

/**
 * Finds cues among `toks`, skipping tokens for which `skip(i)` is true (inside quotations).
 * `candidates` are the indices, in order, of the word tokens whose hash `filter` (see cueWords) may
 * hold, as lineContext's tokenizer noted them: it turns away nearly every word that is neither a
 * cue form nor a phrase start before the verb index is consulted. Without them every token is tried.
 */
export function findCues(
  toks: Tokens, lookup: VerbLookup, filter: WordFilter, skip: (i: number) => boolean, candidates?: Int32Array,
): CueHit[] {
  const out: CueHit[] = [];
  const count = candidates === undefined ? toks.length : candidates.length;
  // The token after the last cue found: a cue's words are not tried again.
  let from = 0;
  for (let c = 0; c < count; c++) {
    const i = candidates === undefined ? c : candidates[c];
    if (i < from) continue;
    if (!toks.isWord(i) || !filter.mayHaveHash(toks.hash(i))) continue;
    const norm = toks.norm(i);
    if (norm.length < 2 || norm.length > 12 || skip(i)) continue;
    const phrase = matchPhrase(toks, i, lookup);
    if (phrase !== undefined) {
      out.push(phrase);
      from = phrase.last + 1;
      continue;
    }
    const form = lookup(norm) ?? NOUN_INDEX.get(norm) ?? complementedForm(toks, i, norm);
    if (form === undefined || isPassiveCalled(toks.text(i))) continue;
    if (form.tense === 'participle' && !form.conj && !participleReports(toks, i)) continue;
    let last = i;
    if (toks.isWord(i + 1) && CUE_FOLLOWERS.has(toks.norm(i + 1))) last = i + 1;
    out.push({
      first: i, last, start: toks.start(i), end: toks.end(last), lemma: form.lemma, kind: 'verb', tense: form.tense,
      gender: form.gender, plural: form.plural, conj: form.conj || form.tense === 'participle', complement: form.complement,
    });
    from = last + 1;
  }
  return out;
}

/**
 * An ambiguous form (AMBIGUOUS_INDEX) read as a cue: a participle with a complementizer or a colon
 * right after it, or after على / إلى (مشددة على أن); a verb with one within a few words, past its
 * subject (طالب النائب فلان بأن).
 */
function complementedForm(toks: Tokens, i: number, norm: string): VerbForm | undefined {
  const form = AMBIGUOUS_INDEX.get(norm);
  if (form === undefined) return undefined;
  const reach = form.tense === 'participle' || form.tense === 'noun' ? 1 : SUBJECT_REACH;
  for (let k = i + 1; k <= i + reach && k < toks.length; k++) {
    if (!toks.isWord(k)) {
      if (toks.text(k) === ':') return form;
      if (isComma(toks.text(k))) continue;
      return undefined;
    }
    if (isComplementizerToken(toks, k) || k === i + 1 && /^(علي|الي)$/.test(toks.norm(k)) && isComplementizerToken(toks, k + 1)) return form;
  }
  return undefined;
}

/** How many tokens past an ambiguous verb its complementizer may stand (the subject between). */
const SUBJECT_REACH = 7;

/**
 * Whether the participle at `i` reports speech rather than describes: not when it agrees with an
 * indefinite noun before it (سيكون حفلا معبرا عن مصر) or an adverb follows it with no content after
 * (معبرا جدا هذا العام); مؤكدا أن، متهمة موسكو، معتبرا ذلك report.
 */
const CONTENT_OPENERS = /^(ان|انه|انها|انهم|انهما|بان|بانه|بانها|الي|علي|من|عن|في|ب.+|ل.+)$/;

function participleReports(toks: Tokens, i: number): boolean {
  if (i === 0 || !toks.isWord(i - 1)) return true;
  const prev = toks.text(i - 1);
  const prevNorm = toks.norm(i - 1);
  if (prev.length > 2 && /(ا|اً)$/.test(prev) && !prevNorm.startsWith('ال') && isCommonWord(prevNorm) && !PLACES.has(prevNorm)) return false;
  const next = i + 1;
  if (next >= toks.length) return false;
  if (!toks.isWord(next)) return true;
  const after = toks.norm(next);
  if (CONTENT_OPENERS.test(after)) return true;
  const adverb = /(ا|اً)$/.test(toks.text(next)) && !after.startsWith('ال') && isCommonWord(after);
  return !adverb || next + 1 < toks.length && toks.isWord(next + 1) && /^(ان|انه|انها|بان)$/.test(toks.norm(next + 1));
}

/** يدعى / تدعى ("is called", spelled with alef maqsura) normalizes like يدعي "claims". */
export const isPassiveCalled = (raw: string): boolean => /^[وف]?[يت]دعى$/.test(raw);

function phraseHit(toks: Tokens, first: number, last: number, end: number, extra: Partial<CueHit>): CueHit {
  return { first, last, start: toks.start(first), end, lemma: toks.text(first), kind: 'phrase', tense: 'phrase', conj: true, complement: false, ...extra };
}

function matchPhrase(toks: Tokens, i: number, lookup: VerbLookup): CueHit | undefined {
  const n = toks.norm(i);
  if (!PHRASE_STARTS.has(n) || !toks.isWord(i + 1)) return undefined;
  const next = toks.norm(i + 1);
  const nextEnd = toks.end(i + 1);
  if (ACCORDING_TO_L.has(n)) {
    if (next === 'ل') return phraseHit(toks, i, i + 1, nextEnd, { sourceToken: i + 2 });
    const written = toks.text(i + 1);
    if (next.startsWith('ل') && written.length > 2) {
      const cut = toks.start(i + 1) + (written[1] === 'ـ' ? 2 : 1);
      return phraseHit(toks, i, i + 1, cut, { sourceToken: i + 1, sourceOffset: cut });
    }
    return undefined;
  }
  if (ACCORDING_TO.has(n)) {
    const own = pronounSource(next);
    if (own !== undefined) return phraseHit(toks, i, i + 1, nextEnd, own);
    if (next === 'ما') {
      const verb = i + 2;
      if (toks.isWord(verb) && verbWithObject(lookup, toks.norm(verb)) !== undefined) return phraseHit(toks, i, verb, toks.end(verb), verbShape(lookup, toks, verb, i + 3));
      return undefined;
    }
    return phraseHit(toks, i, i, toks.end(i), { sourceToken: i + 1 });
  }
  if (AS_VERB.has(n) && lookup(next, toks.hash(i + 1)) !== undefined) return phraseHit(toks, i, i + 1, nextEnd, verbShape(lookup, toks, i + 1, i + 2));
  if (QUOTING.has(n) && next === 'عن') return phraseHit(toks, i, i + 1, nextEnd, { sourceToken: i + 2 });
  if ((n === 'علي' || n === 'وعلي') && next === 'حد' && toks.isWord(i + 2) && /^(قول|تعبير)/.test(toks.norm(i + 2))) {
    return phraseHit(toks, i, i + 2, toks.end(i + 2), pronounSource(toks.norm(i + 2)) ?? { sourceToken: i + 3 });
  }
  return undefined;
}

/** حسب قوله، على حد تعبيرها، بحسب وصفهم: a verbal noun of saying with the speaker as its pronoun. */
const OWN_WORDS = /^(قول|تعبير|وصف|زعم|راي|كلام|تصريح|تصريحات|حديث|روايت|تقدير)(ه|ها|هم|هما|هن)$/;

function pronounSource(n: string): Partial<CueHit> | undefined {
  const m = OWN_WORDS.exec(n);
  if (m === null) return undefined;
  const p = m[2];
  return { pronounSource: true, gender: p === 'ه' ? 'm' : p === 'ها' ? 'f' : undefined, plural: p === 'هم' || p === 'هما' || p === 'هن' };
}

/**
 * The verb after بحسب ما / وفق ما, which may carry the pronoun that refers back to ما: بحسب ما
 * قاله، وفق ما أعلنته. Such forms (قاله) are left out of the index, where they are nouns more often.
 */
function verbWithObject(lookup: VerbLookup, n: string): VerbForm | undefined {
  const f = lookup(n);
  if (f !== undefined) return f;
  for (const suffix of ['ه', 'ها', 'هم']) {
    if (n.length > suffix.length + 2 && n.endsWith(suffix)) {
      const bare = lookup(n.slice(0, -suffix.length));
      if (bare !== undefined && bare.tense !== 'participle') return bare;
    }
  }
  return undefined;
}

function verbShape(lookup: VerbLookup, toks: Tokens, verb: number, sourceToken: number): Partial<CueHit> {
  const f = verbWithObject(lookup, toks.norm(verb));
  return { sourceToken, gender: f?.gender, plural: f?.plural, lemma: f?.lemma ?? toks.text(verb) };
}

/** First words of the attribution phrases, for the word filter. */
const PHRASE_STARTS: ReadonlySet<string> = new Set([...ACCORDING_TO, ...ACCORDING_TO_L, ...AS_VERB, ...QUOTING, 'علي', 'وعلي']);

/** Every cue form and phrase start as whole words: the only words `findCues` looks up. */
export function cueWords(forms: Iterable<string>): WordFilter {
  const words = new WordFilter(forms);
  for (const f of PHRASE_STARTS) words.add(f);
  return words;
}

export const BASE_CUE_WORDS: WordFilter = cueWords([...VERB_INDEX.keys(), ...NOUN_INDEX.keys(), ...AMBIGUOUS_INDEX.keys()]);
