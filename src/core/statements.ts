/**
 * Statements of one line: each reporting cue is bound to its speaker phrase (after the verb, before
 * it, or implied) and to its content, which runs to the end of the clause: the sentence end, a new
 * cue that opens a clause (، مضيفا ...، وأضاف ...), or a trailing attribution (وفقا لـ ...).
 * Cues inside quotations are speech within speech and are not annotated separately.
 */
import type { Cue, StatementKind, TextSpan } from './types';
import type { CueHit, VerbLookup } from './cues';
import { quoteClosedAt, quoteOpenedAt, type LineContext } from './lineContext';
import { speakerAfter, subjectBefore, type PhraseSpan } from './speakerPhrase';
import { classify, findContentStart, trimSpan, type ContentStart } from './content';
import { splitMention } from './speakers';
import type { SpeakerRecord, SpeakerRegistry } from './resolution';
import { countWords } from './tokens';
import { CLAUSE_BREAKS, DISCOURSE } from './lexicon/grammar';

export interface DraftStatement {
  readonly speaker: SpeakerRecord;
  readonly cue: Cue;
  readonly mention: TextSpan | null;
  readonly kind: StatementKind;
  readonly content: TextSpan;
  readonly line: number;
  readonly headline: boolean;
}

export interface LineSink {
  readonly statements: DraftStatement[];
  readonly looseCues: Cue[];
}

const MIN_WORDS = 3;

export function toCue(text: string, c: CueHit): Cue {
  return { text: text.slice(c.start, c.end), start: c.start, end: c.end, kind: c.kind, lemma: c.lemma, gender: c.gender, plural: c.plural };
}

const span = (text: string, start: number, end: number): TextSpan => ({ text: text.slice(start, end), start, end });

const isComma = (s: string): boolean => s === '،' || s === ',';

/** A cue that opens a clause: with و / ف, a participle or phrase, after a comma, or first in its sentence. */
function opensClause(ctx: LineContext, c: CueHit): boolean {
  if (c.conj) return true;
  const prev = ctx.toks[c.first - 1];
  return prev === undefined || c.first === ctx.sentenceStart[c.first] || !prev.word && isComma(prev.text);
}

/** Token index where content bound to cue `ci` must stop. */
function clauseLimit(ctx: LineContext, cues: readonly CueHit[], ci: number, from: number): number {
  let limit = ctx.sentenceEnd[Math.min(from, ctx.toks.length - 1)] ?? ctx.toks.length;
  for (let j = ci + 1; j < cues.length; j++) {
    if (cues[j].first >= limit) break;
    if (cues[j].first > from && opensClause(ctx, cues[j])) { limit = cues[j].first; break; }
  }
  for (let k = from + 1; k < limit; k++) {
    const t = ctx.toks[k];
    if (t.word && CLAUSE_BREAKS.has(t.norm) && ctx.quoteOf[k] < 0 && !ctx.toks[k - 1].word && isComma(ctx.toks[k - 1].text)) return k;
  }
  return limit;
}

function mentionParts(ctx: LineContext, p: PhraseSpan) {
  const words: string[] = [];
  for (let k = p.first; k <= p.last; k++) {
    const t = ctx.toks[k];
    words.push(k === p.first && p.start > t.start ? ctx.text.slice(p.start, t.end) : t.text);
  }
  return splitMention(words);
}

export function lineStatements(ctx: LineContext, cues: readonly CueHit[], registry: SpeakerRegistry, lookup: VerbLookup, sink: LineSink): void {
  const { text } = ctx;
  let consumedUntil = -1;
  let lastContentEnd = -1;
  const usedQuotes = new Set<number>();
  for (let ci = 0; ci < cues.length; ci++) {
    const c = cues[ci];
    const cue = toCue(text, c);
    if (c.start < consumedUntil && !opensClause(ctx, c)) { sink.looseCues.push(cue); continue; }
    const r = c.kind === 'phrase'
      ? phraseStatement(ctx, cues, ci, lookup, lastContentEnd)
      : verbStatement(ctx, cues, ci, lookup, usedQuotes);
    if (r === undefined) { sink.looseCues.push(cue); continue; }
    const speaker = r.np !== undefined
      ? registry.resolve(mentionParts(ctx, r.np), span(text, r.np.start, r.np.end), c.gender, c.plural)
      : registry.implied(c.gender, c.plural);
    if (speaker === undefined) { sink.looseCues.push(cue); continue; }
    sink.statements.push({
      speaker, cue, mention: r.np !== undefined ? span(text, r.np.start, r.np.end) : null, kind: r.kind,
      content: span(text, r.start, r.end), line: ctx.line.number, headline: false,
    });
    consumedUntil = Math.max(consumedUntil, r.end);
    lastContentEnd = r.end;
  }
}

interface Bound {
  readonly np?: PhraseSpan;
  readonly start: number;
  readonly end: number;
  readonly kind: StatementKind;
}

function verbStatement(ctx: LineContext, cues: readonly CueHit[], ci: number, lookup: VerbLookup, usedQuotes: Set<number>): Bound | undefined {
  const c = cues[ci];
  const { toks } = ctx;
  let np = c.tense === 'participle' ? undefined : speakerAfter(ctx, c.last + 1, lookup);
  let after = np !== undefined ? np.last + 1 : c.last + 1;
  // نقلت وكالة الأنباء عن الناطق باسم الوزارة: the speaker is the one quoted, after عن.
  if (c.lemma === 'نقل' && toks[after]?.norm === 'عن') {
    const inner = speakerAfter(ctx, after + 1, lookup);
    if (inner !== undefined) { np = inner; after = inner.last + 1; }
  }
  if (!c.conj && c.tense !== 'participle') {
    const sv = subjectBefore(ctx, c.first, lookup);
    if (sv !== undefined && (np === undefined || c.tense === 'imperfect' || toks[c.first - 1]?.norm === 'قد')) {
      np = sv;
      after = c.last + 1;
    }
  }
  const limit = clauseLimit(ctx, cues, ci, c.last);
  const start = findContentStart(ctx, after, limit, lookup);
  const bound = start !== undefined ? contentFrom(ctx, start, limit, c) : undefined;
  if (bound !== undefined) {
    markQuote(ctx, bound, usedQuotes);
    return { np, ...bound };
  }
  // A quotation before the cue: "..."، قال فلان / "..." هكذا تحدث.
  const q = quoteBefore(ctx, c.first);
  if (q !== undefined && !usedQuotes.has(q.start) && countWords(ctx.text, q.inner.start, q.inner.end) >= MIN_WORDS) {
    usedQuotes.add(q.start);
    const [s, e] = innerSpan(ctx.text, q.inner.start, q.inner.end);
    return { np: np !== undefined && np.first > c.last ? np : undefined, start: s, end: e, kind: 'direct' };
  }
  return undefined;
}

function markQuote(ctx: LineContext, b: { start: number; end: number }, used: Set<number>): void {
  for (const q of ctx.quotes) if (q.start <= b.end && q.end >= b.start) used.add(q.start);
}

function quoteBefore(ctx: LineContext, first: number) {
  let k = first - 1;
  while (k >= 0 && (!ctx.toks[k].word && ctx.quoteOf[k] < 0 || ctx.toks[k].norm === 'هكذا')) k--;
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
  if (start.via === 'none' && c.complement) return undefined;
  let tok = start.tok;
  // أعلنت الوزارة عن نقل ...، حذرت من تغييرات: the preposition the verb governs is not content.
  if (start.via === 'none' && /^(عن|من|الي|علي)$/.test(toks[tok].norm) && tok + 1 < limit) tok++;
  const endOff = limit < toks.length ? toks[limit].start : ctx.line.end;
  const q = quoteOpenedAt(ctx, tok);
  if (q !== undefined) {
    let k = tok;
    while (k < limit && ctx.quoteOf[k] === ctx.quoteOf[tok]) k++;
    let onlyPunct = true;
    for (let j = k; j < limit && onlyPunct; j++) onlyPunct = !toks[j].word;
    if (onlyPunct) {
      const [s, e] = innerSpan(text, q.inner.start, q.inner.end);
      return countWords(text, s, e) >= MIN_WORDS ? { start: s, end: e, kind: 'direct' } : undefined;
    }
  }
  const [s, e] = trimSpan(text, toks[tok].start, endOff);
  if (countWords(text, s, e) < MIN_WORDS) return undefined;
  return { start: s, end: e, kind: classify(ctx, s, e) };
}

/** وفقا لـ / بحسب / حسبما أعلنت / نقلا عن: the source follows, the claim is the clause around it. */
function phraseStatement(ctx: LineContext, cues: readonly CueHit[], ci: number, lookup: VerbLookup, lastContentEnd: number): Bound | undefined {
  const c = cues[ci];
  const { toks, text } = ctx;
  if (c.sourceToken === undefined || c.sourceToken >= toks.length) return undefined;
  const np = speakerAfter(ctx, c.sourceToken, lookup, c.sourceOffset, true);
  if (np === undefined) return undefined;
  const sentStart = ctx.sentenceStart[c.first];
  let first = sentStart;
  while (first < c.first && (!toks[first].word || DISCOURSE.has(toks[first].norm) || toks[first].norm === 'و')) first++;
  if (first >= c.first) {
    // Leading: بحسب المصدر، الوضع ...: the claim follows the source, after the comma.
    let k = np.last + 1;
    const limit = clauseLimit(ctx, cues, ci, np.last);
    while (k < limit && !(toks[k].text === '،' || toks[k].text === ',')) k++;
    if (k + 1 >= limit) return undefined;
    const [s, e] = trimSpan(text, toks[k + 1].start, limit < toks.length ? toks[limit].start : ctx.line.end);
    return countWords(text, s, e) >= MIN_WORDS ? { np, start: s, end: e, kind: classify(ctx, s, e) } : undefined;
  }
  // Trailing: the claim is the clause before; if a statement already reported it, the phrase only credits it.
  if (lastContentEnd >= 0 && lastContentEnd >= toks[sentStart].start && c.start - lastContentEnd <= 3) return undefined;
  let from = first;
  for (let k = c.first - 2; k > first; k--) {
    if (!toks[k].word && isComma(toks[k].text) && ctx.quoteOf[k] < 0) { from = k + 1; break; }
  }
  while (from < c.first && toks[from].word && DISCOURSE.has(toks[from].norm)) from++;
  let startOff = toks[from].start;
  // وفي نيويورك ...: the conjunction glued to the first word is not part of the claim.
  if (toks[from].norm.length > 2 && toks[from].text[0] === 'و' && /^و(في|ال|من|على|عن|بعد|قبل)/.test(toks[from].norm)) startOff++;
  const [s, e] = trimSpan(text, startOff, c.start);
  if (countWords(text, s, e) < MIN_WORDS) return undefined;
  return { np, start: s, end: e, kind: classify(ctx, s, e) };
}
