/**
 * Statements of one line: each reporting cue is bound to its speaker phrase (after the verb, before
 * it, or implied) and to its content, which runs to the end of the clause: the sentence end, a new
 * cue that opens a clause (، مضيفا ...، وأضاف ...), or a trailing attribution (وفقا لـ ...).
 * Cues inside quotations are speech within speech and are not annotated separately.
 */
import type { StatementKind, TextSpan } from '../types';
import type { CueFields } from '../rows';
import type { CueHit, VerbLookup } from './cues';
import { clauseBreaks, isComma, quoteClosedAt, quoteOpenedAt, type LineContext } from '../text/lineContext';
import { mentionParts, speakerAfter, verbalNoun, type PhraseSpan } from '../speakers/speakerPhrase';
import { subjectBefore } from '../speakers/subjectPhrase';
import { classify, findContentStart, firstQuoteEndingAfter, isComplementizerToken, isTermQuote, trimSpan, type ContentStart } from './content';
import { holderInText } from '../speakers/holders';
import type { SpeakerRecord, SpeakerRegistry } from '../speakers/resolution';
import { wordsUpTo } from '../text/tokens';
import { normalizeArabic } from '../text/normalize';
import { isCommonForm, isCommonWord, isPersonWord } from '../lexicon/wordClass';
import { ORG, PERSON, PLACE, QUANTIFIER, TITLE, UNNAMED, bare, tokenClasses } from '../lexicon/wordClasses';
import { CLAUSE_BREAKS, DISCOURSE, DOCUMENTS, ORG_HEADS, PERSON_NOUNS, PLACES, PRONOUN_CONNECTIVES, QUANTIFIERS, SUBORDINATING, TITLES, UNNAMED_HEADS } from '../lexicon/grammar';

export interface DraftStatement {
  readonly speaker: SpeakerRecord;
  readonly cue: CueFields;
  readonly mention: TextSpan | null;
  readonly kind: StatementKind;
  readonly content: TextSpan;
  readonly line: number;
  readonly headline: boolean;
}

export interface LineSink {
  readonly statements: DraftStatement[];
  readonly looseCues: CueFields[];
  /**
   * Statements of verbs whose subject is implied while no source has spoken yet in the topic, for
   * the caller to give the person the narrative introduced (narrativePerson.ts); without the list,
   * their cues are loose.
   */
  readonly orphans?: Orphan[];
  /** Where the current topic starts in the text: a role refers back no further. */
  topicStart?: number;
}

/** A statement found with no speaker: its verb's subject is implied and nobody has spoken before it. */
export interface Orphan {
  readonly cue: CueHit;
  readonly kind: StatementKind;
  readonly content: TextSpan;
  readonly line: number;
  readonly gender?: 'm' | 'f';
  readonly plural?: boolean;
}

const MIN_WORDS = 3;

const hasMinWords = (text: string, start: number, end: number): boolean => wordsUpTo(text, start, end, MIN_WORDS) >= MIN_WORDS;

/** Verbs that are as often actions as speech (يرفض تنفيذ عملية): an attribution phrase after them wins. */
const WEAK_LEMMAS = new Set(['رفض', 'طلب']);

/** رفض التعليق / رفض الإدلاء بتفاصيل: a refusal to speak has no content. */
const REFUSED = /^(ال)?(تعليق|رد|ادلاء|افصاح|كشف|حديث|اجابه)$/;

/** The span `text[start, end)` with its text. */
export const span = (text: string, start: number, end: number): TextSpan => ({ text: text.slice(start, end), start, end });

/** Words that open a clause: لكن، فيما، كما، لكنه. */
const connective = (n: string): boolean => CLAUSE_BREAKS.has(n) || DISCOURSE.has(n) || PRONOUN_CONNECTIVES.has(n);

/** في حين (whereas) ends at token k; حين alone (حين قال) is a time clause. */
const whereasAt = (ctx: LineContext, k: number): boolean => k > 0 && ctx.toks.norm(k) === 'حين' && ctx.toks.norm(k - 1) === 'في';

/** A cue that opens a clause: with و / ف, a participle or phrase, after a comma, or first in its sentence. */
function opensClause(ctx: LineContext, c: CueHit): boolean {
  if (c.conj) return true;
  const { toks } = ctx;
  const prev = c.first - 1;
  if (prev < 0 || c.first === ctx.sentenceStart[c.first]) return true;
  if (!toks.isWord(prev)) return isComma(toks.text(prev));
  return connective(toks.norm(prev)) || whereasAt(ctx, prev);
}

/** وفتح، وتسببت: و glued to a word that is not itself one (not وزير، وضع). */
const conjoined = (n: string): boolean => n.length > 3 && !isCommonForm(n) && isCommonWord(n.slice(1));

/** A verb right after أن / لم / دون / ما is subordinate or negated: دون أن يعرب، ما قاله. */
function subordinate(ctx: LineContext, c: CueHit): boolean {
  const prev = c.first - 1;
  return ctx.toks.isWord(prev) && SUBORDINATING.has(ctx.toks.norm(prev)) && ctx.toks.text(prev)[0] !== 'إ' && c.kind === 'verb';
}

/** Token index where content bound to cue `ci` must stop. */
function clauseLimit(ctx: LineContext, cues: readonly CueHit[], ci: number, from: number, phrases = true): number {
  let limit = ctx.sentenceEnd[Math.min(from, ctx.toks.length - 1)] ?? ctx.toks.length;
  for (let j = ci + 1; j < cues.length; j++) {
    if (cues[j].first >= limit) break;
    if (!phrases && cues[j].kind === 'phrase') continue;
    if (cues[j].first > from && opensClause(ctx, cues[j]) && !subordinate(ctx, cues[j])) {
      // ...، لكنه أكد / ...، كما أشار: the connective belongs to the new clause.
      limit = cues[j].first;
      while (limit - 1 > from && ctx.toks.isWord(limit - 1) && connective(ctx.toks.norm(limit - 1))) limit--;
      if (limit - 2 > from && whereasAt(ctx, limit - 1)) limit -= 2;
      break;
    }
  }
  const next = from + 1 < ctx.toks.length ? clauseBreaks(ctx)[from + 1] : limit;
  return next < limit ? next : limit;
}

export function lineStatements(ctx: LineContext, cues: readonly CueHit[], registry: SpeakerRegistry, lookup: VerbLookup, sink: LineSink): void {
  const { text } = ctx;
  let consumedUntil = -1;
  let lastContentEnd = -1;
  // Where the last statement's words end, its cue and source included: a trailing attribution's claim starts after.
  let lastBoundEnd = -1;
  let phrasesFrom = -1;
  let found = 0;
  // The subject of a verb that reported nothing, for a participle later in its sentence:
  // وعلقت الولايات المتحدة المحادثات ... متهمة موسكو بعدم الوفاء.
  let pending: { sentence: number; np: PhraseSpan; gender?: 'm' | 'f' } | undefined;
  const usedQuotes = new Set<number>();
  for (let ci = 0; ci < cues.length; ci++) {
    const c = cues[ci];
    const sentence = ctx.sentenceStart[c.first];
    if (c.start < consumedUntil && !opensClause(ctx, c) || subordinate(ctx, c) || c.kind === 'phrase' && c.start < phrasesFrom) {
      sink.looseCues.push(c);
      continue;
    }
    // البيت الأبيض يرفض تنفيذ عملية ... وفقا لواشنطن بوست: refusing an action is not speech, so the
    // trailing attribution, not the verb, reports the clause.
    const prevStatement = sink.statements[sink.statements.length - 1];
    const weakBefore = c.kind === 'phrase' && found > 0 && prevStatement !== undefined && WEAK_LEMMAS.has(prevStatement.cue.lemma)
      && prevStatement.line === ctx.line.number && c.start - lastContentEnd <= 3;
    if (weakBefore) {
      sink.statements.pop();
      sink.looseCues.push(prevStatement.cue);
      found--;
    }
    const r = c.kind === 'phrase'
      ? phraseStatement(ctx, cues, ci, lookup, weakBefore ? -1 : lastContentEnd, weakBefore ? -1 : lastBoundEnd)
      : verbStatement(ctx, cues, ci, lookup, usedQuotes, registry, found > 0);
    if (r === undefined || r.start === undefined) {
      // A phrase that only credits the statement before it: the next trailing claim starts after its source.
      if (r?.np !== undefined && c.kind === 'phrase') lastBoundEnd = Math.max(lastBoundEnd, r.np.end);
      if (r?.np !== undefined && c.kind === 'verb' && c.tense !== 'noun' && speakerLike(ctx, r.np, registry)) pending = { sentence, np: r.np, gender: c.gender };
      sink.looseCues.push(c);
      continue;
    }
    let np = r.np;
    let gender = c.gender;
    if (np === undefined && c.tense === 'participle' && pending !== undefined && pending.sentence === sentence) {
      np = pending.np;
      gender = pending.gender;
    } else if (np === undefined && c.kind === 'verb') {
      // The implied subject is the latest one the narrative gave since the last statement:
      // اختار رئيس الحكومة فلان أن يفتتح الجلسة ...، وقال؛ فيما فجر فلان مفاجأة بتأكيده أن ...
      np = narrativeSubject(ctx, sink, c, lookup, registry);
      if (np !== undefined) gender = undefined;
    }
    pending = undefined;
    const speaker = np !== undefined
      ? registry.resolve(mentionParts(ctx, np), span(text, np.start, np.end), gender, c.plural, c.kind !== 'phrase', () => holderInText(text, np.start, np.end, np.last > np.first, sink.topicStart))
      : registry.implied(c.gender, c.plural);
    if (speaker === undefined && (np !== undefined || c.kind !== 'verb' || sink.orphans === undefined)) { sink.looseCues.push(c); continue; }
    if (speaker === undefined) {
      sink.orphans?.push({ cue: c, kind: r.kind, content: span(text, r.start, r.end), line: ctx.line.number, gender: c.gender, plural: c.plural });
    } else {
      sink.statements.push({
        speaker, cue: c, mention: r.np !== undefined ? span(text, r.np.start, r.np.end) : null, kind: r.kind,
        content: span(text, r.start, r.end), line: ctx.line.number, headline: false,
      });
    }
    found++;
    consumedUntil = Math.max(consumedUntil, r.end);
    lastContentEnd = r.end;
    lastBoundEnd = Math.max(r.end, c.end, r.np?.end ?? -1);
    phrasesFrom = r.start;
  }
}

interface Bound {
  readonly np?: PhraseSpan;
  readonly start: number;
  readonly end: number;
  readonly kind: StatementKind;
}

/** A speaker phrase bound to a cue that yielded no statement (its subject may serve a participle). */
type Attempt = Bound | { readonly np?: PhraseSpan; readonly start: undefined } | undefined;

/** Could this phrase name a source? A title, organisation, unnamed source, place, definite noun or known name. */
function speakerLike(ctx: LineContext, np: PhraseSpan, registry: SpeakerRegistry): boolean {
  const { toks } = ctx;
  if (ctx.quoteOf[np.first] >= 0 || np.start > toks.start(np.first)) return true;
  const n = toks.norm(np.first);
  if (n.startsWith('ال') || (tokenClasses(toks, np.first) & (TITLE | ORG | UNNAMED | QUANTIFIER | PLACE)) !== 0) return true;
  // A name no lexicon knows (ونفى موندر، وذكر فهد الكعبي) is a subject; an ordinary noun (ونفى وجود) the object.
  if (isPersonWord(n) || !isCommonWord(n) && toks.text(np.first).length > 2 && !/^[بلك]/.test(n)) return true;
  return registry.lookup(toks.text(np.first)) !== undefined;
}

/**
 * The subject of the latest sentence of the line, from the last statement's end to the cue, that
 * opens with a verb and a source (اختار فلان ...، وبث التلفزيون الرسمي ...، فيما فجر محمد الراشد ...).
 * The verb's ending must agree with the cue's gender: وحاولت الوزيرة منى سالم ... كما قالت.
 */
function narrativeSubject(ctx: LineContext, sink: LineSink, c: CueHit, lookup: VerbLookup, registry: SpeakerRegistry): PhraseSpan | undefined {
  const { toks } = ctx;
  const last = sink.statements[sink.statements.length - 1];
  const after = last !== undefined && last.line === ctx.line.number ? last.content.end : ctx.line.start;
  // Clause starts, latest first: a sentence's start, or the word after a comma (الحرمين، قام فلان ...).
  const floor = ctx.sentenceStart[c.first];
  for (let k = c.first - 1; k >= 0 && toks.end(k) > after; k--) {
    const opens = k === ctx.sentenceStart[k] || k > 0 && !toks.isWord(k - 1) && isComma(toks.text(k - 1)) && ctx.quoteOf[k - 1] < 0;
    if (!opens || !toks.isWord(k)) continue;
    const np = sentenceSubject(ctx, k, c.first, lookup, registry);
    if (np !== undefined && verbAgrees(ctx, np.first - 1, c.gender)) return np;
    if (k < floor && k === ctx.sentenceStart[k] && c.first - k > NARRATIVE_REACH) break;
  }
  return undefined;
}

/** How far back, in tokens, a narrative subject is looked for beyond the cue's own sentence. */
const NARRATIVE_REACH = 120;

/**
 * والتقى الرئيس، والتزمت الوزارة: a verb of the pattern افتعل from a root that opens with ل reads
 * like a definite noun; before a title, an organisation or a name it is the verb.
 */
function lamVerb(ctx: LineContext, k: number, n: string): boolean {
  const w = /^[وف]/.test(n) ? n.slice(1) : n;
  if (!/^الت..[يىاه]?$/.test(w) || w.length > 6) return false;
  return (tokenClasses(ctx.toks, k + 1) & (TITLE | ORG | PERSON | UNNAMED)) !== 0;
}

/** Whether the verb at token k (before its subject) agrees in gender with a cue of gender `g`. */
function verbAgrees(ctx: LineContext, k: number, g: 'm' | 'f' | undefined): boolean {
  if (g === undefined || k < 0 || !ctx.toks.isWord(k)) return true;
  const w = ctx.toks.norm(k);
  const feminine = w.endsWith('ت') || /^[وف]?ت/.test(w);
  return g === 'f' ? feminine : !w.endsWith('ت');
}

/**
 * The subject of a sentence that opens with a verb (فيما فجر محمد عادل، رئيس ...، مفاجأة؛ وهاتف
 * الوزير نظيره الفرنسي): the phrase after its first word, past the words that open a clause,
 * when it names a source. The verb need not be one of saying.
 */
function sentenceSubject(ctx: LineContext, sentence: number, before: number, lookup: VerbLookup, registry: SpeakerRegistry): PhraseSpan | undefined {
  const { toks } = ctx;
  let k = sentence;
  while (k < before && (!toks.isWord(k) || DISCOURSE.has(toks.norm(k)) || toks.norm(k) === 'و')) k++;
  const first = toks.norm(k);
  const verb = lamVerb(ctx, k, first);
  if (k + 1 >= before || !toks.isWord(k) || !verb && (/^[وف]?ال/.test(first) || isCommonWord(first) && !/^[وف]?[يت]/.test(first) && !looksPerfect(first) || nounForSure(first))) return undefined;
  const found = speakerAfter(ctx, k + 1, lookup);
  // والحناجر تتحول: a verb in the imperfect is no subject.
  if (found === undefined || found.last >= before || /^[يت]\S{3,}/.test(toks.norm(found.first)) && !isPersonWord(toks.norm(found.first)) && !TITLES.has(toks.norm(found.first))) return undefined;
  // وحاولت سالم | الربط بين ...: a known name ends before its object.
  const np = cutAtKnown(ctx, found, registry);
  return actorLike(ctx, np, registry) ? np : undefined;
}

/** A word the lexicons know as a noun (رئيس، وزارة، مصادر، روسيا), however verb-like its shape. */
function nounForSure(n: string): boolean {
  const w = n.length > 3 && (n[0] === 'و' || n[0] === 'ف') ? n.slice(1) : n;
  return TITLES.has(w) || ORG_HEADS.has(w) || UNNAMED_HEADS.has(w) || PLACES.has(w) || PERSON_NOUNS.has(w) || isPersonWord(w) || QUANTIFIERS.has(w);
}

/** The shape of a perfect verb with its conjunction: وهاتف، فجر، وشن (three or four letters after و / ف). */
function looksPerfect(n: string): boolean {
  const stem = n[0] === 'و' || n[0] === 'ف' ? n.slice(1) : n;
  if (stem.length < 3 || stem.length > 6 || stem.startsWith('ال') || /(ه|ات|ون|ين|ي)$/.test(stem)) return false;
  // فعل، فاعل، أفعل، تفعل؛ longer ones open with ا / ت / است: انتقد، تحدث، استنكر.
  return stem.length <= 4 || stem[0] === 'ا' || stem[0] === 'ت';
}

/** Nouns that follow وفقا ل / بحسب as a rule or a fact, not as a source. */
const NO_SOURCE = new Set(['معلومات', 'اتفاق', 'احكام', 'تعليمات', 'قانون', 'قوانين', 'لوائح', 'لايحه', 'نظام', 'دستور', 'معايير', 'شروط', 'خطه', 'برنامج', 'جدول', 'ما']);

/** Whether the phrase after an attribution phrase names a source rather than a rule or a fact. */
function sourceLike(ctx: LineContext, np: PhraseSpan): boolean {
  const n = ctx.toks.norm(np.first);
  const written = ctx.toks.text(np.first);
  // The source glued to وفقا ل starts inside its word: لأحكام -> أحكام.
  const word = np.start > ctx.toks.start(np.first) ? normalizeArabic(ctx.text.slice(np.start, ctx.toks.end(np.first))) : n;
  const b = bare(word);
  return !NO_SOURCE.has(b) && !NO_SOURCE.has(word) && written.length > 0;
}

const DEMONSTRATIVES = new Set(['هذا', 'هذه', 'ذلك', 'تلك', 'هؤلاء', 'اولئك']);

/**
 * Whether a subject can say something: not a demonstrative (يشير هذا إلى أن), and not a relative
 * pronoun's antecedent that is a thing (العقوبات التي تشير إلى، لقطات الفيديو التي تكشف).
 */
function speakingSubject(ctx: LineContext, np: PhraseSpan, registry: SpeakerRegistry): boolean {
  const n = ctx.toks.norm(np.first);
  if (np.first === np.last && DEMONSTRATIVES.has(n)) return false;
  if (ctx.quoteOf[np.first] < 0 && np.start === ctx.toks.start(np.first) && thingNotActor(ctx, np.first, n)) return false;
  const rel = np.last + 1 < ctx.toks.length && ctx.toks.isWord(np.last + 1) ? ctx.toks.norm(np.last + 1) : '';
  const afterComma = np.last + 2 < ctx.toks.length && isComma(ctx.toks.text(np.last + 1)) ? ctx.toks.norm(np.last + 2) : '';
  if (!/^و?(الذي|التي|الذين)$/.test(rel) && !/^و?(الذي|التي|الذين)$/.test(afterComma)) return true;
  // The antecedent's head or its last word (a name: ... منى سالم، التي قالت) must name a source.
  const lastWord: PhraseSpan = { first: np.last, last: np.last, start: ctx.toks.start(np.last), end: np.end };
  return actorLike(ctx, np, registry) || actorLike(ctx, lastWord, registry);
}

/**
 * A phrase that opens with a definite verbal noun naming no actor says nothing (الاعتبار، التثبت،
 * الاتفاق), unless it is a title, an organisation, a place, a person's name or a document (التقرير).
 */
function thingNotActor(ctx: LineContext, k: number, n: string): boolean {
  if ((tokenClasses(ctx.toks, k) & (TITLE | ORG | UNNAMED | PLACE | PERSON | QUANTIFIER)) !== 0) return false;
  const b = bare(n);
  return n.startsWith('ال') && !DOCUMENTS.has(b) && isCommonWord(n) && verbalNoun(b);
}

/** Time nouns a demonstrative may open: هذا الأسبوع، هذه المرة. */
const TIME_NOUNS = /^(ال)?(يوم|اسبوع|شهر|عام|سنه|مره|صباح|مساء|اثناء|فتره|وقت|لحظه)$/;

/**
 * With no subject phrase found: a demonstrative right after the verb (يشير هذا إلى) or a relative
 * pronoun right before it whose antecedent is a thing (العقوبات الثانوية، التي تشير إلى).
 */
function silentSubject(ctx: LineContext, c: CueHit, registry: SpeakerRegistry): boolean {
  const { toks } = ctx;
  const next = c.last + 1;
  // A participle's demonstrative is its object: معتبرا ذلك انتهاكا.
  if (c.tense === 'imperfect' && toks.isWord(next) && DEMONSTRATIVES.has(toks.norm(next)) && !(toks.isWord(next + 1) && TIME_NOUNS.test(toks.norm(next + 1)))) return true;
  const rel = c.first - 1;
  if (rel < 1 || !toks.isWord(rel) || !/^و?(الذي|التي|الذين)$/.test(toks.norm(rel))) return false;
  let head = rel - 1;
  if (head >= 0 && isComma(toks.text(head))) head--;
  if (head < 0 || !toks.isWord(head)) return false;
  const word: PhraseSpan = { first: head, last: head, start: toks.start(head), end: toks.end(head) };
  let first = head;
  while (first > 0 && toks.isWord(first - 1) && toks.norm(first).startsWith('ال') && toks.norm(first - 1).startsWith('ال')) first--;
  return !actorLike(ctx, word, registry) && !actorLike(ctx, { ...word, first, start: toks.start(first) }, registry);
}

/** Could this phrase be the actor of a verbal noun: a title, an organisation, a place, a name, a known source. */
function actorLike(ctx: LineContext, np: PhraseSpan, registry: SpeakerRegistry): boolean {
  const n = ctx.toks.norm(np.first);
  if ((tokenClasses(ctx.toks, np.first) & (TITLE | ORG | UNNAMED | PLACE | PERSON)) !== 0) return true;
  if (registry.lookup(ctx.toks.text(np.first)) !== undefined) return true;
  // A name by shape: no ordinary word, three letters at least, no possessive pronoun (انتقاداته).
  return !isCommonWord(n) && n.length >= 3 && !/(ه|ها|هم|هما)$/.test(ctx.toks.text(np.first));
}

/** Cuts a speaker phrase that ran into the object after a known name: نفى الأسد | مسؤوليته عنه. */
function cutAtKnown(ctx: LineContext, np: PhraseSpan, registry: SpeakerRegistry): PhraseSpan {
  const words: string[] = [];
  for (let k = np.first; k <= np.last; k++) {
    if (!ctx.toks.isWord(k) || ctx.quoteOf[k] >= 0) return np;
    words.push(ctx.toks.text(k));
  }
  if (words.length < 2) return np;
  const n = registry.knownPrefix(words);
  if (n === 0) return np;
  const last = np.first + n - 1;
  return { ...np, last, end: ctx.toks.end(last) };
}

function verbStatement(
  ctx: LineContext, cues: readonly CueHit[], ci: number, lookup: VerbLookup, usedQuotes: Set<number>,
  registry: SpeakerRegistry, continuing: boolean,
): Attempt {
  const c = cues[ci];
  const { toks } = ctx;
  // A participle's subject is implied, and so is the actor of a noun with a pronoun (بتأكيده أن).
  const actorCarried = c.tense === 'noun' && (c.gender !== undefined || c.plural === true);
  let np = c.tense === 'participle' || actorCarried ? undefined : speakerAfter(ctx, c.last + 1, lookup);
  if (np !== undefined) np = cutAtKnown(ctx, np, registry);
  // إعلان الحرب: after a verbal noun, an ordinary noun is its object; its actor is a source (تأكيد الوزارة).
  if (c.tense === 'noun' && !actorCarried && (np === undefined || !actorLike(ctx, np, registry))) return undefined;
  // A coordinated verb keeps its clause's subject: تؤكد ... وتعلن طرد 23 دبلوماسيا، ونفى وجود قوات.
  if (np !== undefined && c.conj && continuing && !speakerLike(ctx, np, registry)) np = undefined;
  // Countries take a feminine verb, so after a masculine one a country is the object: وطالب روسيا بالرد.
  if (np !== undefined && c.gender === 'm' && np.last - np.first <= 1 && PLACES.has(toks.norm(np.first)) && continuing) np = undefined;
  let after = np !== undefined ? np.last + 1 : c.last + 1;
  // نقلت وكالة الأنباء عن الناطق باسم الوزارة: the speaker is the one quoted, after عن.
  if (c.lemma === 'نقل') {
    // نقلت الوكالة عن الوزير / نقلت الوكالة، التابعة للدولة، قول الوزير: the speaker is the one quoted.
    const from = quotedSource(ctx, after);
    if (from === undefined) return undefined;
    const inner = speakerAfter(ctx, from + 1, lookup);
    if (inner !== undefined) { np = inner; after = inner.last + 1; }
    else if (toks.norm(from) === 'قول') return undefined;
  }
  if (c.tense !== 'participle' && c.tense !== 'noun' && (!c.conj || answersAmma(ctx, c))) {
    const sv = subjectBefore(ctx, c.first, lookup);
    if (sv !== undefined && (np === undefined || sv.aux === true || subjectFirst(ctx, c, sv, np, registry))) {
      np = sv;
      after = c.last + 1;
    }
  }
  // يشير هذا إلى أن، التقارير التي تشير إلى: a demonstrative or a thing that was the subject says nothing.
  if (np !== undefined && !speakingSubject(ctx, np, registry) || np === undefined && silentSubject(ctx, c, registry)) return undefined;
  const probe = clauseLimit(ctx, cues, ci, c.last, false);
  const start = findContentStart(ctx, after, probe, lookup);
  const limit = start !== undefined ? clauseLimit(ctx, cues, ci, Math.max(c.last, start.tok - 1)) : probe;
  const bound = start !== undefined && start.tok < limit ? contentFrom(ctx, start, limit, c) : undefined;
  if (bound !== undefined && c.lemma === 'رفض' && (REFUSED.test(toks.norm(start?.tok ?? 0)) || np !== undefined && REFUSED.test(toks.norm(np.last)))) {
    return { np, start: undefined };
  }
  if (bound !== undefined) {
    markQuote(ctx, bound, usedQuotes);
    return { np, start: bound.start, end: bound.end, kind: bound.kind };
  }
  // A quotation before the cue: "..."، قال فلان / "..." هكذا تحدث.
  const q = quoteBefore(ctx, c.first);
  if (q !== undefined && !usedQuotes.has(q.start) && hasMinWords(ctx.text, q.inner.start, q.inner.end)) {
    usedQuotes.add(q.start);
    const [s, e] = innerSpan(ctx.text, q.inner.start, q.inner.end);
    return { np: np !== undefined && np.first > c.last ? np : undefined, start: s, end: e, kind: 'direct' };
  }
  return { np, start: undefined };
}

/** With a phrase on each side of the verb, whether the one before it is the subject. */
function subjectFirst(ctx: LineContext, c: CueHit, sv: PhraseSpan, np: PhraseSpan, registry: SpeakerRegistry): boolean {
  // الحزب الذي أعلن تبني الهجوم: the relative is the subject, unless a pronoun after the verb takes
  // its place (المؤتمر الذي أعلن فيه الوزير).
  if (sv.relative === true) return !(ctx.toks.isWord(c.last + 1) && RESUMPTIVE.test(ctx.toks.norm(c.last + 1)));
  // The imperfect mostly follows its subject (الوزير يقول), but not after a thing: ... بما تقول الباحثة.
  return c.tense === 'imperfect' && (actorLike(ctx, sv, registry) || !actorLike(ctx, np, registry));
}

const RESUMPTIVE = /^(في|خلال|عن|ب|ل|من|عبر)(ه|ها|هم|هما)$/;

/**
 * The token of عن or قول that introduces the source quoted by نقل, right after its subject or past
 * an apposition set off by commas (نقلت الوكالة، التابعة للدولة، قول الوزير).
 */
function quotedSource(ctx: LineContext, after: number): number | undefined {
  const { toks } = ctx;
  const at = (k: number): boolean => toks.isWord(k) && (toks.norm(k) === 'عن' || toks.norm(k) === 'قول');
  // نقلت المجلة بعد ذلك عن الممثلة: a few words of time may come first.
  for (let k = after; k < after + 3 && toks.isWord(k) && ctx.quoteOf[k] < 0; k++) if (at(k)) return k;
  if (!isComma(toks.text(after))) return undefined;
  for (let k = after + 1; k < toks.length && k <= after + APPOSITION_WORDS; k++) {
    if (!toks.isWord(k)) return isComma(toks.text(k)) && at(k + 1) ? k + 1 : undefined;
  }
  return undefined;
}

/** How long an apposition between commas may be. */
const APPOSITION_WORDS = 8;

/** أما الوزير فقال: the ف of the verb answers أما, and the subject stands between them. */
function answersAmma(ctx: LineContext, c: CueHit): boolean {
  if (ctx.toks.text(c.first)[0] !== 'ف') return false;
  const first = ctx.sentenceStart[c.first];
  for (let k = first; k < c.first && k <= first + 1; k++) if (/^و?اما$/.test(ctx.toks.norm(k))) return true;
  return false;
}

function markQuote(ctx: LineContext, b: { start: number; end: number }, used: Set<number>): void {
  for (let i = firstQuoteEndingAfter(ctx, b.start); i < ctx.quotes.length && ctx.quotes[i].start <= b.end; i++) used.add(ctx.quotes[i].start);
}

function quoteBefore(ctx: LineContext, first: number) {
  let k = first - 1;
  while (k >= 0 && (!ctx.toks.isWord(k) && ctx.quoteOf[k] < 0 || ctx.toks.norm(k) === 'هكذا')) k--;
  return k >= 0 ? quoteClosedAt(ctx, k) : undefined;
}

function innerSpan(text: string, start: number, end: number): [number, number] {
  while (start < end && /\s/.test(text[start])) start++;
  while (end > start && /\s/.test(text[end - 1])) end--;
  return [start, end];
}

/** Content from `start` to the clause limit, as direct, mixed or indirect. */
function contentFrom(ctx: LineContext, start: ContentStart, limit: number, c: CueHit): Omit<Bound, 'np'> | undefined {
  const { toks, text } = ctx;
  let tok = start.tok;
  // أعلنت الوزارة عن نقل ...، حذرت من تغييرات: the preposition the verb governs is not content.
  if (start.via === 'none' && /^(عن|من|الي|علي)$/.test(toks.norm(tok)) && tok + 1 < limit) tok++;
  const endOff = limit < toks.length ? toks.start(limit) : ctx.line.end;
  // وقال فلان، الذي يعتزم زيارة إيران في سبتمبر: «...»: what precedes a colon and a quotation is
  // more of the speaker and the adjuncts; the words said are the quotation. A verb that reports
  // only with a complement (وتضيف قطرة من الصبغة) reports nothing without one.
  if (start.via === 'none') {
    const quoted = quoteAfterColon(ctx, tok, limit) ?? quoteAfterAdjuncts(ctx, tok, limit, c);
    if (quoted === undefined && c.complement && !complementLike(ctx, start.tok, c)) return undefined;
    tok = quoted ?? tok;
  }
  const q = quoteOpenedAt(ctx, tok);
  if (q !== undefined) {
    let k = tok;
    while (k < limit && ctx.quoteOf[k] === ctx.quoteOf[tok]) k++;
    let onlyPunct = true;
    for (let j = k; j < limit && onlyPunct; j++) onlyPunct = !toks.isWord(j);
    // "..." لكنه أحجم عن ...، "..."، في إشارة إلى ...: a new clause after the quotation is the narrator's.
    if (onlyPunct || endsAtQuote(ctx, k, limit)) {
      const [s, e] = innerSpan(text, q.inner.start, q.inner.end);
      return hasMinWords(text, s, e) ? { start: s, end: e, kind: 'direct' } : undefined;
    }
  }
  const [s, e] = trimSpan(text, toks.start(tok), endOff);
  if (!hasMinWords(text, s, e)) return undefined;
  return { start: s, end: e, kind: classify(ctx, s, e) };
}

/**
 * What a verb that reports only with a complement may take instead: an indirect question (روى
 * سكان كيف غطت المياه منازلهم)، and for أفاد a noun after ب or عن (أفادت مصادر بوقوع انفجار).
 */
function complementLike(ctx: LineContext, k: number, c: CueHit): boolean {
  const n = ctx.toks.norm(k);
  if (INTERROGATIVES.has(n)) return true;
  return c.lemma === 'أفاد' && (n === 'عن' || n.length > 4 && n[0] === 'ب' && isCommonWord(n.slice(1)));
}

const INTERROGATIVES = new Set(['كيف', 'لماذا', 'متي', 'اين', 'هل', 'كم']);

/** Words that open the narrator's clause after a quotation: لكنه أحجم، في إشارة إلى، وهو يتذكر، حيث. */
const AFTER_QUOTE = new Set(['لكن', 'لكنه', 'لكنها', 'ولكن', 'ولكنه', 'وهو', 'وهي', 'حيث', 'فيما', 'بينما', 'ثم', 'وذلك', 'ما']);

/** Whether the content that opens with a quotation ends with it: a new clause follows at token k. */
function endsAtQuote(ctx: LineContext, k: number, limit: number): boolean {
  const { toks } = ctx;
  while (k < limit && !toks.isWord(k) && ctx.quoteOf[k] < 0) k++;
  if (k >= limit || !toks.isWord(k)) return false;
  const n = toks.norm(k);
  return AFTER_QUOTE.has(n) || n === 'في' && k + 1 < limit && /^اشاره/.test(toks.norm(k + 1));
}

/** The token of a quotation right after a colon in `[tok, limit)`, with no complementizer before it. */
function quoteAfterColon(ctx: LineContext, tok: number, limit: number): number | undefined {
  const { toks } = ctx;
  for (let k = tok; k + 1 < limit && k < tok + COLON_REACH; k++) {
    // A quoted name on the way (لبرنامج "واجه الصحافة") is passed; a longer quotation is content.
    if (ctx.quoteOf[k] >= 0) {
      const q = ctx.quotes[ctx.quoteOf[k]];
      if (q.end - q.start > 40) return undefined;
      continue;
    }
    if (toks.isWord(k) && isComplementizerToken(toks, k)) return undefined;
    if (toks.text(k) === ':') return k + 1;
  }
  return undefined;
}

/** Verbs whose only object is what was said: anything before a quotation after them is an adjunct. */
const SAYING_LEMMAS = new Set(['قال', 'أضاف', 'تابع', 'استطرد', 'نقل']);
/** The verbal noun of قال with a pronoun: نقلت الوكالة عن الوزير قوله خلال اجتماع "...". */
const SAYING_NOUNS = /^(قوله|قولها|قولهم|قولهما)$/;

/**
 * قال الوزير في مؤتمر صحفي أمس "..."، نقلت الوكالة عن الوزير قوله خلال اجتماع "...": after a verb of
 * plain saying, with no complementizer, the words before a quotation that closes the clause are where
 * and to whom it was said; the quotation is the content.
 */
function quoteAfterAdjuncts(ctx: LineContext, tok: number, limit: number, c: CueHit): number | undefined {
  const { toks } = ctx;
  const noun = toks.isWord(tok) && SAYING_NOUNS.test(toks.norm(tok));
  if (!SAYING_LEMMAS.has(c.lemma) || c.lemma === 'نقل' && !noun) return undefined;
  for (let k = noun ? tok + 1 : tok; k < limit && k < tok + COLON_REACH; k++) {
    const q = ctx.quoteOf[k];
    if (q >= 0) {
      const quote = ctx.quotes[q];
      if (quote.start !== toks.start(k)) return undefined;
      let after = k;
      while (after < limit && ctx.quoteOf[after] === q) after++;
      // A quoted name on the way (بحسب "رويترز"، لصحيفة «الغد») is passed.
      if (!hasMinWords(ctx.text, quote.inner.start, quote.inner.end) || isTermQuote(ctx.text, quote)) { k = after - 1; continue; }
      for (let j = after; j < limit; j++) if (toks.isWord(j) || ctx.quoteOf[j] >= 0) return endsAtQuote(ctx, after, limit) ? k : undefined;
      return k;
    }
    // ... إن "...": a complementizer right before the quotation only introduces it.
    if (toks.isWord(k) && isComplementizerToken(toks, k) && quoteOpenedAt(ctx, k + 1) === undefined) return undefined;
  }
  return undefined;
}

/** How many tokens of speaker's adjuncts may stand between a verb's content start and a colon. */
const COLON_REACH = 24;

/** وفقا لـ / بحسب / حسبما أعلنت / نقلا عن: the source follows, the claim is the clause around it. */
function phraseStatement(
  ctx: LineContext, cues: readonly CueHit[], ci: number, lookup: VerbLookup, lastContentEnd: number, lastBoundEnd: number,
): Attempt {
  const c = cues[ci];
  const { toks } = ctx;
  let np: PhraseSpan | undefined;
  // حسب قوله: the source is implied, the speaker the pronoun refers to.
  if (c.pronounSource !== true) {
    if (c.sourceToken === undefined || c.sourceToken >= toks.length) return undefined;
    np = speakerAfter(ctx, c.sourceToken, lookup, c.sourceOffset, true);
    // وفقا للمعلومات، تبعا للاتفاق، وفقا لأحكام الشريعة: a rule or a fact is no source.
    if (np === undefined || !sourceLike(ctx, np)) return undefined;
  }
  let first = ctx.sentenceStart[c.first];
  while (first < c.first && (!toks.isWord(first) && ctx.quoteOf[first] < 0 || DISCOURSE.has(toks.norm(first)) || toks.norm(first) === 'و')) first++;
  const claim = first >= c.first ? (np !== undefined ? leadingClaim(ctx, cues, ci, np) : undefined) : trailingClaim(ctx, c, first, lastContentEnd, lastBoundEnd);
  // With no claim of its own the phrase still names a source, and the next claim starts after it.
  return claim === undefined ? { np, start: undefined } : { np, ...claim };
}

/** How far after a leading attribution's comma its فإن may stand. */
const LEADING_REACH = 8;

/** بحسب المصدر، الوضع ...: the claim follows the source, after the comma. */
function leadingClaim(ctx: LineContext, cues: readonly CueHit[], ci: number, np: PhraseSpan): Omit<Bound, 'np'> | undefined {
  const { toks, text } = ctx;
  let k = np.last + 1;
  const end = ctx.sentenceEnd[np.last];
  while (k < end && !isComma(toks.text(k))) k++;
  k++;
  // بحسب الإليزيه، فإن الاتفاق ...: فإن only introduces the claim, also after a time set off by
  // commas (ووفقا لبيان النائب العام، في نوفمبر الماضي، فإن ...).
  for (let j = k; j < end && j < k + LEADING_REACH; j++) {
    if (toks.isWord(j) && /^ف(ان|انه|انها|انهم)$/.test(toks.norm(j))) { k = j; break; }
  }
  if (toks.isWord(k) && /^[فو]?(ان|انه|انها|انهم)$/.test(toks.norm(k))) k++;
  if (k >= end) return undefined;
  const limit = clauseLimit(ctx, cues, ci, k);
  if (k >= limit) return undefined;
  const [s, e] = trimSpan(text, toks.start(k), limit < toks.length ? toks.start(limit) : ctx.line.end);
  return hasMinWords(text, s, e) ? { start: s, end: e, kind: classify(ctx, s, e) } : undefined;
}

/** ... بحسب المصدر: the claim is the clause before; if a statement already reported it, the phrase only credits it. */
function trailingClaim(ctx: LineContext, c: CueHit, first: number, lastContentEnd: number, lastBoundEnd: number): Omit<Bound, 'np'> | undefined {
  const { toks, text } = ctx;
  if (lastContentEnd >= 0 && lastContentEnd >= toks.start(ctx.sentenceStart[c.first]) && c.start - lastContentEnd <= 3) return undefined;
  const from = trailingClaimStart(ctx, first, c.first, lastBoundEnd);
  let startOff = toks.start(from);
  // وفي نيويورك ...: the conjunction glued to the first word is not part of the claim.
  const fromNorm = toks.norm(from);
  if (fromNorm.length > 2 && toks.text(from)[0] === 'و' && (/^و(في|ال|من|على|عن|بعد|قبل)/.test(fromNorm) || conjoined(fromNorm))) startOff++;
  const [s, e] = trimSpan(text, startOff, c.start);
  // "..."، بحسب الوزير: a claim that is one quotation is the words inside it, also after a
  // complementizer (في كلمته أمس إننا «...» على حد تعبير الوزير).
  let opens = from;
  for (let k = from; k < c.first; k++) if (isComplementizerToken(toks, k) && quoteOpenedAt(ctx, k + 1) !== undefined) opens = k + 1;
  const q = quoteOpenedAt(ctx, opens);
  if (q !== undefined && q.end === e) {
    const [qs, qe] = innerSpan(text, q.inner.start, q.inner.end);
    return hasMinWords(text, qs, qe) ? { start: qs, end: qe, kind: 'direct' } : undefined;
  }
  return hasMinWords(text, s, e) ? { start: s, end: e, kind: classify(ctx, s, e) } : undefined;
}

/**
 * Where the claim before a trailing attribution starts: the whole sentence, commas and all
 * (توفي المصمم ...، عن 91 عاما، بحسب ما كشف شريكه), unless a connective after a comma opens a
 * clause of its own (...، لكن البيت الأبيض يرفض ...، وفقا لـ) or a statement already reported the
 * sentence's beginning.
 */
function trailingClaimStart(ctx: LineContext, first: number, cue: number, lastBoundEnd: number): number {
  const { toks } = ctx;
  let from = first;
  for (let k = cue - 2; k > first; k--) {
    if (ctx.quoteOf[k] >= 0 || !toks.isWord(k) || toks.isWord(k - 1) || !isComma(toks.text(k - 1))) continue;
    if (CLAUSE_BREAKS.has(toks.norm(k))) { from = k; break; }
  }
  if (lastBoundEnd >= toks.start(first)) while (from < cue && toks.start(from) < lastBoundEnd) from++;
  // ... إننا «...» على حد زعمه: the complementizer left by a missed verb only introduces the claim.
  while (from < cue && (!toks.isWord(from) && ctx.quoteOf[from] < 0 || toks.isWord(from) && (DISCOURSE.has(toks.norm(from)) || isComplementizerToken(toks, from)))) from++;
  return from;
}
