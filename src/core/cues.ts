/**
 * Reporting cues in one line's tokens: speech verbs in all their forms (via the generated verb
 * index) and attribution phrases (وفقا لـ، بحسب، حسبما أعلنت، نقلا عن، على حد قول).
 */
import type { Token } from './tokens';
import { WordFilter } from './wordFilter';
import { VERB_INDEX, type Tense, type VerbForm } from './lexicon/morphology';
import { ACCORDING_TO, ACCORDING_TO_L, AS_VERB, CUE_FOLLOWERS, QUOTING } from './lexicon/phrases';

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
}

/**
 * The verb form of a normalized word. `hash` is the word's token hash (`Token.hash`) when the caller
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
  toks: readonly Token[], lookup: VerbLookup, filter: WordFilter, skip: (i: number) => boolean, candidates?: Int32Array,
): CueHit[] {
  const out: CueHit[] = [];
  const count = candidates === undefined ? toks.length : candidates.length;
  // The token after the last cue found: a cue's words are not tried again.
  let from = 0;
  for (let c = 0; c < count; c++) {
    const i = candidates === undefined ? c : candidates[c];
    if (i < from) continue;
    const t = toks[i];
    if (!t.word || !filter.mayHaveHash(t.hash) || t.norm.length < 2 || t.norm.length > 12 || skip(i)) continue;
    const phrase = matchPhrase(toks, i, lookup);
    if (phrase !== undefined) {
      out.push(phrase);
      from = phrase.last + 1;
      continue;
    }
    const form = lookup(t.norm);
    if (form === undefined || isPassiveCalled(t.text)) continue;
    let last = i;
    const next = toks[i + 1];
    if (next?.word && CUE_FOLLOWERS.has(next.norm)) last = i + 1;
    out.push({
      first: i, last, start: t.start, end: toks[last].end, lemma: form.lemma, kind: 'verb', tense: form.tense,
      gender: form.gender, plural: form.plural, conj: form.conj || form.tense === 'participle', complement: form.complement,
    });
    from = last + 1;
  }
  return out;
}

/** يدعى / تدعى ("is called", spelled with alef maqsura) normalizes like يدعي "claims". */
export const isPassiveCalled = (raw: string): boolean => /^[وف]?[يت]دعى$/.test(raw);

function phraseHit(toks: readonly Token[], first: number, last: number, end: number, extra: Partial<CueHit>): CueHit {
  return { first, last, start: toks[first].start, end, lemma: toks[first].text, kind: 'phrase', tense: 'phrase', conj: true, complement: false, ...extra };
}

function matchPhrase(toks: readonly Token[], i: number, lookup: VerbLookup): CueHit | undefined {
  const n = toks[i].norm;
  const next = toks[i + 1];
  if (next === undefined || !next.word) return undefined;
  if (ACCORDING_TO_L.has(n)) {
    if (next.norm === 'ل') return phraseHit(toks, i, i + 1, next.end, { sourceToken: i + 2 });
    if (next.norm.startsWith('ل') && next.text.length > 2) {
      const cut = next.start + (next.text[1] === 'ـ' ? 2 : 1);
      return phraseHit(toks, i, i + 1, cut, { sourceToken: i + 1, sourceOffset: cut });
    }
    return undefined;
  }
  if (ACCORDING_TO.has(n)) {
    if (next.norm === 'ما') {
      const verb = toks[i + 2];
      if (verb?.word && lookup(verb.norm, verb.hash) !== undefined) return phraseHit(toks, i, i + 2, verb.end, verbShape(lookup, verb, i + 3));
      return undefined;
    }
    return phraseHit(toks, i, i, toks[i].end, { sourceToken: i + 1 });
  }
  if (AS_VERB.has(n) && lookup(next.norm, next.hash) !== undefined) return phraseHit(toks, i, i + 1, next.end, verbShape(lookup, next, i + 2));
  if (QUOTING.has(n) && next.norm === 'عن') return phraseHit(toks, i, i + 1, next.end, { sourceToken: i + 2 });
  if ((n === 'علي' || n === 'وعلي') && next.norm === 'حد' && toks[i + 2]?.word && /^(قول|تعبير)/.test(toks[i + 2].norm)) {
    return phraseHit(toks, i, i + 2, toks[i + 2].end, { sourceToken: i + 3 });
  }
  return undefined;
}

function verbShape(lookup: VerbLookup, verb: Token, sourceToken: number): Partial<CueHit> {
  const f = lookup(verb.norm, verb.hash);
  return { sourceToken, gender: f?.gender, plural: f?.plural, lemma: f?.lemma ?? verb.text };
}

/** First words of the attribution phrases, for the word filter. */
const PHRASE_STARTS: ReadonlySet<string> = new Set([...ACCORDING_TO, ...ACCORDING_TO_L, ...AS_VERB, ...QUOTING, 'علي', 'وعلي']);

/** Every cue form and phrase start as whole words: the only words `findCues` looks up. */
export function cueWords(forms: Iterable<string>): WordFilter {
  const words = new WordFilter(forms);
  for (const f of PHRASE_STARTS) words.add(f);
  return words;
}

export const BASE_CUE_WORDS: WordFilter = cueWords(VERB_INDEX.keys());
