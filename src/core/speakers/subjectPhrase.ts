/**
 * A subject placed before its verb. Headlines and many clauses are subject-verb
 * (بريطانيا تؤكد ...، وكان السفير ... قد صرح); wire copy sets a role or a name off with commas before
 * the verb (نائب وزير الزراعة، سامي العلي، قال ...؛ كارل موندر، الرئيس التنفيذي لشركة ...، يحذر)
 * and refers back with a relative pronoun (... حزب العمال الذي أعلن، وفق الوزير فلان،
 * الذي قال). The phrase found is the one splitMention then reads as name and role.
 */
import { isComma, type LineContext } from '../text/lineContext';
import { ADJUNCT_PREPOSITIONS, CARRIER_VERBS, COMPLEMENTIZERS, DISCOURSE, NON_SUBJECT, SPEAKER_STOPS, TIME_WORDS, TITLES, UNNAMED_HEADS, QUANTIFIERS } from '../lexicon/grammar';
import { ACCORDING_TO, ACCORDING_TO_L } from '../lexicon/phrases';
import type { PhraseSpan } from './speakerPhrase';
import { bare, hasDigit } from '../lexicon/wordClasses';
import { isCommonWord, isPersonWord } from '../lexicon/wordClass';
import type { VerbLookup } from '../statements/cues';

/** The plain subject of a headline or clause: بريطانيا تؤكد، الأسد يهدد (at most this many words). */
const MAX_PLAIN = 7;
/** A subject and its appositions set off by commas, relative clauses included. */
const MAX_APPOSED = 24;
/** A noun phrase read backwards from a relative pronoun or a verb: a role and a name. */
const MAX_BACKWARD = 12;

const RELATIVES = new Set(['الذي', 'التي', 'الذين', 'والذي', 'والتي', 'والذين']);
/** Words that open a parenthesis inside an apposition: ، وهي شركة بريطانية ...، */
const PARENTHESES = new Set(['وهو', 'وهي', 'وهم', 'الذي', 'التي', 'الذين', 'والذي', 'والتي']);

/**
 * The subject placed before the verb at token `cueFirst`: the antecedent of a relative pronoun, the
 * clause's plain subject, a subject with appositions, or a name with its role read back from the verb.
 * Returns nothing when the clause opens with a preposition or a pronoun (وفي رده ... أعرب، وهو ما
 * حذرت روسيا) or is too long to be a noun phrase.
 */
export function subjectBefore(ctx: LineContext, cueFirst: number, lookup: VerbLookup): PhraseSpan | undefined {
  return relativeAntecedent(ctx, cueFirst, lookup)
    ?? plainSubject(ctx, cueFirst, lookup)
    ?? apposedSubject(ctx, cueFirst, lookup)
    ?? namedSubject(ctx, cueFirst, lookup);
}

/** Whether token k may stand inside a subject noun phrase. */
function phraseWord(ctx: LineContext, k: number, lookup: VerbLookup): boolean {
  const { toks } = ctx;
  if (ctx.quoteOf[k] >= 0) return true;
  if (!toks.isWord(k)) return toks.text(k) === '-' || toks.text(k) === '–';
  const n = toks.norm(k);
  return !COMPLEMENTIZERS.has(n) && lookup(n, toks.hash(k)) === undefined && !(SPEAKER_STOPS.has(n) && n !== 'و') && !hasDigit(n);
}

/** Whether a phrase may open with token k: not a preposition, pronoun, time word or number. */
function opensPhrase(ctx: LineContext, k: number): boolean {
  if (ctx.quoteOf[k] >= 0) return true;
  const n = ctx.toks.norm(k);
  // وأمس الأربعاء، ...: a time word with its conjunction opens no subject either.
  const plain = n.length > 2 && n[0] === 'و' ? n.slice(1) : n;
  return ctx.toks.isWord(k) && !opensNoSubject(n) && !opensNoSubject(plain) && !hasDigit(n);
}

const opensNoSubject = (w: string): boolean => NON_SUBJECT.has(w) || ADJUNCT_PREPOSITIONS.has(w) || TIME_WORDS.has(w);

/** Skips the discourse words and auxiliaries that open a clause: وكان، أما، فيما، و. */
function clauseStart(ctx: LineContext, first: number, last: number): { first: number; aux: boolean } {
  let aux = false;
  while (first <= last && first < ctx.toks.length) {
    const n = ctx.toks.norm(first);
    const isAux = /^[وف]?كان(ت|وا)?$/.test(n);
    aux = aux || isAux;
    if (DISCOURSE.has(n) || isAux || n === 'و' || n === 'فان' || n === 'ان') first++;
    else break;
  }
  return { first, aux };
}

/** The clause's first token: after the last punctuation before the verb (quotes and dashes are words). */
function plainStart(ctx: LineContext, cueFirst: number): number {
  const { toks } = ctx;
  const floor = ctx.sentenceStart[cueFirst] ?? 0;
  let s = cueFirst - 1;
  while (s >= floor && (toks.isWord(s) || ctx.quoteOf[s] >= 0 || toks.text(s) === '-' || toks.text(s) === '–')) s--;
  return s + 1;
}

function plainSubject(ctx: LineContext, cueFirst: number, lookup: VerbLookup): PhraseSpan | undefined {
  const { toks } = ctx;
  // ومضى يقول، عاد ليقول: a verb carries the verb of saying; the subject is implied.
  if (cueFirst > 0 && toks.isWord(cueFirst - 1) && CARRIER_VERBS.has(toks.norm(cueFirst - 1))) return undefined;
  let last = cueFirst - 1;
  // كان ... قد صرح: drop the auxiliary and the particle.
  let aux = false;
  const start = plainStart(ctx, cueFirst);
  while (last >= start && (toks.norm(last) === 'قد' || toks.norm(last) === 'كان' || toks.norm(last) === 'كانت')) { last--; aux = true; }
  const opened = clauseStart(ctx, start, last);
  const first = opened.first;
  if (first > last || first >= toks.length) return undefined;
  const words = countWords(ctx, first, last);
  if (words === 0 || words > MAX_PLAIN || !opensPhrase(ctx, first)) return undefined;
  for (let k = first; k <= last; k++) if (!phraseWord(ctx, k, lookup)) return undefined;
  return { first, last, start: toks.start(first), end: toks.end(last), aux: aux || opened.aux };
}

/**
 * X، الذي قال / وفق الوزير فلان، الذي قال: the relative pronoun right before the verb refers to the
 * noun phrase before it, read backwards to a preposition, a verb or the clause's start.
 */
function relativeAntecedent(ctx: LineContext, cueFirst: number, lookup: VerbLookup): PhraseSpan | undefined {
  const { toks } = ctx;
  const rel = cueFirst - 1;
  if (rel < 1 || !toks.isWord(rel) || !RELATIVES.has(toks.norm(rel))) return undefined;
  // الإجراءات التي أعلنتها الحكومة: with an object pronoun on the verb, the relative is its object.
  if (/(ه|ها|هم|هما)$/.test(toks.text(cueFirst))) return undefined;
  let last = rel - 1;
  if (last >= 0 && isComma(toks.text(last))) last--;
  const np = backwardPhrase(ctx, last, lookup, true);
  return np === undefined ? undefined : { ...np, aux: false, relative: true };
}

/**
 * The noun phrase that ends at token `last`, read backwards while its words may be a subject's, up to
 * MAX_BACKWARD words; one comma inside is an apposition (فلان، رئيس كذا). `stopAtAttribution` ends it
 * after وفق / حسب / لسان, which introduce a source.
 */
function backwardPhrase(ctx: LineContext, last: number, lookup: VerbLookup, stopAtAttribution: boolean): PhraseSpan | undefined {
  const { toks } = ctx;
  const floor = ctx.sentenceStart[Math.max(0, last)] ?? 0;
  let first = last + 1;
  let words = 0;
  let commas = 0;
  for (let k = last; k >= floor && words < MAX_BACKWARD; k--) {
    if (isComma(toks.text(k)) && ctx.quoteOf[k] < 0) {
      if (commas > 0 || k === last) break;
      commas++;
      continue;
    }
    if (!phraseWord(ctx, k, lookup)) break;
    const n = toks.norm(k);
    if (ADJUNCT_PREPOSITIONS.has(n) || n === 'من' || TIME_WORDS.has(n) || stopAtAttribution && (ACCORDING_TO.has(n) || ACCORDING_TO_L.has(n))) break;
    first = k;
    if (toks.isWord(k)) words++;
  }
  while (first <= last && (!toks.isWord(first) || isComma(toks.text(first)) || DISCOURSE.has(toks.norm(first)))) first++;
  if (first > last || !opensPhrase(ctx, first) || !nounPhraseHead(ctx, first)) return undefined;
  return { first, last, start: toks.start(first), end: toks.end(last) };
}

/** Whether a noun phrase may start with token k: a title, a name, a definite noun, a group (أحد، مصادر). */
function nounPhraseHead(ctx: LineContext, k: number): boolean {
  const n = ctx.toks.norm(k);
  if (ctx.quoteOf[k] >= 0) return true;
  return n.startsWith('ال') || TITLES.has(bare(n)) || UNNAMED_HEADS.has(n) || QUANTIFIERS.has(n) || isPersonWord(n) || !isCommonWord(n) || isCommonWord(n) && !/^[يتن]/.test(n);
}

/**
 * Segments set off by commas before the verb, from the clause's start: a subject and its appositions
 * (نائب وزير الزراعة الأردني، سامي العلي، قال؛ وكان جهاز الاستخبارات، أعلن). Segments that open a
 * parenthesis (، وهي شركة بريطانية تقدم ...،) are left out of the phrase, whatever they hold.
 */
function apposedSubject(ctx: LineContext, cueFirst: number, lookup: VerbLookup): PhraseSpan | undefined {
  const { toks } = ctx;
  if (cueFirst < 1 || !isComma(toks.text(cueFirst - 1))) return undefined;
  const floor = ctx.sentenceStart[cueFirst] ?? 0;
  // The segments between commas, last first, as [first, last] token ranges.
  const segments: [number, number][] = [];
  let end = cueFirst - 2;
  let k = end;
  for (; k >= floor; k--) {
    const comma = ctx.quoteOf[k] < 0 && isComma(toks.text(k));
    if (comma) { segments.push([k + 1, end]); end = k - 1; continue; }
    if (!toks.isWord(k) && ctx.quoteOf[k] < 0 && toks.text(k) !== '-' && toks.text(k) !== '–') break;
  }
  segments.push([k + 1, end]);
  // The subject must open its clause: at the sentence's start or after a colon.
  if (k >= floor && toks.text(k) !== ':') return undefined;
  const phrase = segments.reverse();
  while (phrase.length > 1 && PARENTHESES.has(toks.norm(phrase[phrase.length - 1][0]))) phrase.pop();
  if (phrase.length > 3) return undefined;
  let words = 0;
  for (const [f, l] of phrase) {
    if (f > l) return undefined;
    for (let t = f; t <= l; t++) {
      const inner = toks.norm(t);
      if (!phraseWord(ctx, t, lookup) && !(inner === 'في' || inner === 'من' || inner === 'لدي')) return undefined;
      if (toks.isWord(t)) words++;
    }
  }
  if (words > MAX_APPOSED) return undefined;
  const opened = clauseStart(ctx, phrase[0][0], phrase[0][1]);
  const first = opened.first;
  const last = phrase[phrase.length - 1][1];
  if (first > phrase[0][1] || !opensPhrase(ctx, first) || !nounPhraseHead(ctx, first)) return undefined;
  // The head segment itself is short: a name, a role or an organisation.
  if (countWords(ctx, first, phrase[0][1]) > MAX_BACKWARD) return undefined;
  return { first, last, start: toks.start(first), end: toks.end(last), aux: opened.aux };
}

/**
 * A name with its role right before the verb in a clause too long for a plain subject (a subheading
 * run into the paragraph: ... محمد بن صالح الكعبي أحد أقدم التجار أكد أن): the last run of name
 * words, then a role that opens with أحد or a title.
 */
function namedSubject(ctx: LineContext, cueFirst: number, lookup: VerbLookup): PhraseSpan | undefined {
  const { toks } = ctx;
  const start = plainStart(ctx, cueFirst);
  const last = cueFirst - 1;
  if (last - start < MAX_PLAIN) return undefined;
  // The role between name and verb: أحد أشهر الدلالين، رئيس الجمعية.
  let k = last;
  while (k > start && toks.isWord(k) && phraseWord(ctx, k, lookup) && !(QUANTIFIERS.has(toks.norm(k)) || TITLES.has(bare(toks.norm(k))))) k--;
  if (k <= start || !(QUANTIFIERS.has(toks.norm(k)) || TITLES.has(bare(toks.norm(k)))) || last - k > 8) return undefined;
  // ... في غرفة التجارة المهندس سالم الكعبي أوضح: a title, then only names, is the role and its holder.
  if (TITLES.has(bare(toks.norm(k))) && last > k && last - k <= 4 && nameWords(ctx, k + 1, last)) {
    return { first: k, last, start: toks.start(k), end: toks.end(last), aux: false };
  }
  let first = k;
  while (first - 1 >= start && toks.isWord(first - 1) && (isPersonWord(toks.norm(first - 1)) || !isCommonWord(toks.norm(first - 1)))) first--;
  if (first === k || k - first > 5) return undefined;
  return { first, last, start: toks.start(first), end: toks.end(last), aux: false };
}

/** Whether tokens first..last are all words of a name (in the name lexicon, or no ordinary word). */
function nameWords(ctx: LineContext, first: number, last: number): boolean {
  for (let k = first; k <= last; k++) {
    const n = ctx.toks.norm(k);
    if (!ctx.toks.isWord(k) || !isPersonWord(n) && isCommonWord(n)) return false;
  }
  return true;
}

function countWords(ctx: LineContext, first: number, last: number): number {
  let n = 0;
  for (let k = first; k <= last; k++) if (ctx.toks.isWord(k)) n++;
  return n;
}
