/**
 * The reported content of a statement. Indirect speech starts right after the complementizer
 * (إن / أن / بأن / إنه) or, with none, right after the verb's subject and adjuncts
 * (أعلنت الوزارة يوم الإثنين تعليق المفاوضات); direct speech is the text inside the marks; mixed
 * speech is the whole clause with its quoted fragments. Quoted names and terms ("إس 300", قناة
 * "روسيا اليوم", "الخطة ب") do not make a clause mixed.
 */
import { afterQuote, isComma, quoteOpenedAt, type LineContext } from '../text/lineContext';
import { isAudience } from '../speakers/speakerPhrase';
import { COMPLEMENTIZERS, COMPLEMENT_PREPOSITIONS, ORG_HEADS, PLACES, TERM_HEADS, TIME_WORDS, TITLES, ADJUNCT_PREPOSITIONS } from '../lexicon/grammar';
import type { Tokens } from '../text/tokens';
import { ACCORDING_TO, ACCORDING_TO_L, AS_VERB, QUOTING } from '../lexicon/phrases';

const ATTRIBUTION_WORDS = new Set([...ACCORDING_TO, ...ACCORDING_TO_L, ...AS_VERB, ...QUOTING]);
import type { QuoteSpan, StatementKind } from '../types';
import { wordsUpTo } from '../text/tokens';
import { normalizeArabic } from '../text/normalize';
import { isPersonWord } from '../lexicon/wordClass';
import type { VerbLookup } from './cues';
import { bare } from '../lexicon/wordClasses';

export interface ContentStart {
  /** Offset where the content starts. */
  readonly at: number;
  /** Token index where the content starts. */
  readonly tok: number;
  readonly via: 'complementizer' | 'colon' | 'quote' | 'none';
}

const MAX_ADJUNCT_WORDS = 9;
const DIGIT = /[0-9٠-٩]/;

/** A complementizer token; آن ("time", في آن) normalizes like أن but is not one. */
export const isComplementizerToken = (toks: Tokens, i: number): boolean =>
  toks.isWord(i) && COMPLEMENTIZERS.has(toks.norm(i)) && toks.text(i)[0] !== 'آ';

const LOOKAHEAD = 9;
const TEMPORAL = new Set(['بعد', 'قبل', 'منذ', 'دون', 'بدون', 'حتي', 'بمجرد']);
const AGE_UNITS = /^(عاما|عام|سنه|سنوات|اعوام)$/;
const ORDINALS = new Set(['الاول', 'الثاني', 'الاخر', 'الاولي', 'الثانيه', 'الاخره']);

/** Where the content opens, scanning from token `k` and never past token `limit`. */
export function findContentStart(ctx: LineContext, k: number, limit: number, lookup: VerbLookup): ContentStart | undefined {
  const { toks } = ctx;
  while (k < limit) {
    const q = quoteOpenedAt(ctx, k);
    if (q !== undefined) {
      if (toks.isWord(k - 1) && toks.end(k - 1) === toks.start(k)) { k = afterQuote(ctx, k); continue; }
      // ... بحسب "رويترز" "...": a quoted source named among the adjuncts is passed.
      if (toks.isWord(k - 1) && ATTRIBUTION_WORDS.has(toks.norm(k - 1)) && shortQuote(ctx, k) && afterQuote(ctx, k) < limit) { k = afterQuote(ctx, k); continue; }
      return { at: toks.start(k), tok: k, via: 'quote' };
    }
    if (!toks.isWord(k)) {
      if (toks.text(k) === ':') {
        const next = toks.norm(k + 1);
        if (toks.isWord(k + 1) && (next === 'ان' || next === 'انه') && k + 2 < limit) return { at: toks.start(k + 2), tok: k + 2, via: 'colon' };
        return k + 1 < limit ? { at: toks.start(k + 1), tok: k + 1, via: 'colon' } : undefined;
      }
      k++;
      continue;
    }
    const n = toks.norm(k);
    // بعد أن، قبل أن، دون أن: a conjunction of time or manner, not the start of what was said.
    if (isComplementizerToken(toks, k)) {
      // وقالت إن: "...": a colon after the complementizer only introduces the quotation.
      const first = toks.text(k + 1) === ':' ? k + 2 : k + 1;
      return first < limit && !TEMPORAL.has(toks.norm(k - 1)) ? { at: toks.start(first), tok: first, via: 'complementizer' } : undefined;
    }
    if (COMPLEMENT_PREPOSITIONS.has(n) && isComplementizerToken(toks, k + 1)) {
      return k + 2 < limit ? { at: toks.start(k + 2), tok: k + 2, via: 'complementizer' } : undefined;
    }
    // وكتب فلان على موقع "..." الإلكتروني أن ...: على not before أن opens an adjunct when a
    // complementizer follows it closely.
    if (n === 'علي' && toks.text(k).endsWith('ى') && complementizerWithin(ctx, k + 1, limit, LOOKAHEAD)) { k = skipAdjunct(ctx, k + 1, limit, lookup, true); continue; }
    // وأضاف للوفد الزائر إن ...: ل + a definite noun is the one spoken to when a complementizer follows.
    if (n.startsWith('لل') && complementizerWithin(ctx, k + 1, limit, LOOKAHEAD)) { k = skipAdjunct(ctx, k + 1, limit, lookup, true); continue; }
    if (TIME_WORDS.has(n) || TIME_WORDS.has(bare(n)) || DIGIT.test(n)) { k++; continue; }
    // عن الممثلة، 43 عاما، قولها: the unit after a number (an age, a duration) goes with it.
    if (k > 0 && DIGIT.test(toks.norm(k - 1)) && AGE_UNITS.test(n)) { k++; continue; }
    // تشرين الأول، كانون الثاني: the ordinal belongs to the month before it.
    if (ORDINALS.has(n) && k > 0 && TIME_WORDS.has(toks.norm(k - 1))) { k++; continue; }
    if (ADJUNCT_PREPOSITIONS.has(n) || isAudience(n)) { k = skipAdjunct(ctx, k + 1, limit, lookup, ADJUNCT_PREPOSITIONS.has(n)); continue; }
    // An attribution phrase inside the speaker's adjuncts: وقال مسؤولون، وفق ما أوردت وكالة "رويترز"، إن ...
    if (ATTRIBUTION_WORDS.has(n)) {
      let j = k + 1;
      if (toks.norm(j) === 'ما' || toks.norm(j) === 'عن') j++;
      if (toks.isWord(j) && lookup(toks.norm(j), toks.hash(j)) !== undefined) j++;
      k = skipAdjunct(ctx, j, limit, lookup, true);
      continue;
    }
    return commaComplementizer(ctx, k, limit) ?? { at: toks.start(k), tok: k, via: 'none' };
  }
  return undefined;
}

/** Whether a complementizer stands within `reach` tokens from k, before `limit` and outside quotations. */
function complementizerWithin(ctx: LineContext, k: number, limit: number, reach: number): boolean {
  for (let j = k; j < limit && j < k + reach; j++) if (ctx.quoteOf[j] < 0 && isComplementizerToken(ctx.toks, j)) return true;
  return false;
}

/**
 * An adjunct the lexicons do not know may still stand before a complementizer set off by a comma
 * or governed by a preposition: أكد الأمين العام لمجلس الضمان لـ«الجزيرة»، أن ...
 */
function commaComplementizer(ctx: LineContext, k: number, limit: number): ContentStart | undefined {
  const { toks } = ctx;
  for (let j = k + 1; j < limit && j <= k + LOOKAHEAD; j++) {
    if (quoteOpenedAt(ctx, j) !== undefined) {
      const prev = toks.norm(j - 1);
      if (toks.end(j - 1) === toks.start(j) || toks.isWord(j - 1) && (ORG_HEADS.has(prev) || ORG_HEADS.has(bare(prev)))) { j = afterQuote(ctx, j) - 1; continue; }
      return undefined;
    }
    if (!isComplementizerToken(toks, j)) continue;
    const prev = toks.text(j - 1);
    const ok = toks.isWord(j - 1)
      ? COMPLEMENT_PREPOSITIONS.has(toks.norm(j - 1)) && j - 2 >= 0 && !toks.isWord(j - 2)
      : isComma(prev) || prev === ':';
    return ok && j + 1 < limit ? { at: toks.start(j + 1), tok: j + 1, via: 'complementizer' } : undefined;
  }
  return undefined;
}

/** Skips the words of an adjunct (في كلمة ببروكسل، للصحفيين، أمام أعضاء البرلمان) up to what ends it. */
function skipAdjunct(ctx: LineContext, k: number, limit: number, lookup: VerbLookup, quotedName = false): number {
  const { toks } = ctx;
  let words = 0;
  while (k < limit && words < MAX_ADJUNCT_WORDS) {
    if (ctx.quoteOf[k] >= 0) {
      const prev = toks.norm(k - 1);
      // A quoted name inside the adjunct: في حوار بثته قناة "روسيا اليوم"; a longer quotation after
      // في البيان is what the statement said.
      const named = toks.isWord(k - 1) && (ORG_HEADS.has(prev) || ORG_HEADS.has(bare(prev))) && shortQuote(ctx, k);
      if (words === 0 && quotedName || toks.isWord(k - 1) && (toks.end(k - 1) === toks.start(k) || named)) { k = afterQuote(ctx, k); words++; continue; }
      return k;
    }
    if (!toks.isWord(k)) return k;
    const n = toks.norm(k);
    if (isComplementizerToken(toks, k) || TIME_WORDS.has(n) || lookup(n, toks.hash(k)) !== undefined) return k;
    if (COMPLEMENT_PREPOSITIONS.has(n) && isComplementizerToken(toks, k + 1)) return k;
    words++;
    k++;
  }
  return k;
}

/** A quotation of four words at most: the length of a name. */
function shortQuote(ctx: LineContext, k: number): boolean {
  const q = ctx.quotes[ctx.quoteOf[k]];
  return wordsUpTo(ctx.text, q.inner.start, q.inner.end, 5) <= 4;
}

/**
 * A quoted name or term rather than someone's words: digits or Latin, a one-letter word, a short
 * quotation holding a personal name ("الشيخ سالم") or written again nearby ("نماء" ... "نماء": a
 * name recurs, a speaker's word rarely does), or after قناة / صحيفة / تنظيم.
 */
export function isTermQuote(text: string, q: QuoteSpan): boolean {
  const inner = text.slice(q.inner.start, q.inner.end);
  const words = wordsUpTo(text, q.inner.start, q.inner.end, 3);
  if (/[0-9A-Za-z٠-٩]/.test(inner)) return words <= 3;
  if (/(^|\s)\S(\s|$)/.test(inner.trim()) && words <= 3) return true;
  if (words <= 2 && (holdsName(inner) || recurs(text, q, inner.trim()) && !FUTURE_OR_NEGATED.test(normalizeArabic(inner.trim())))) return true;
  if (words <= 3 && namesAnActor(inner)) return true;
  let p = q.start - 1;
  while (p >= 0 && text[p] === ' ') p--;
  let w = p;
  while (w >= 0 && text[w] !== ' ' && text[w] !== '\n') w--;
  const before = normalizeArabic(text.slice(w + 1, p + 1)).replace(/ـ/g, '');
  // Peel a proclitic: لشبكة "روسيا اليوم"، بمنظومة "إس 300".
  const forms = [before, bare(before), before.slice(1), bare(before.slice(1))];
  return forms.some(f => ORG_HEADS.has(f) || TERM_HEADS.has(f));
}

/** Whether a short quotation holds a personal name ("الشيخ سالم"). */
function holdsName(inner: string): boolean {
  for (const w of inner.split(/\s+/)) if (w.length >= 2 && isPersonWord(normalizeArabic(w))) return true;
  return false;
}

/**
 * A short quotation that opens with the head of an organisation, a title or a place and holds no
 * negation: a name ("جيش الإسلام"، «مجموعة عمرو سعد»), not someone's words ("غير مسبوق").
 */
function namesAnActor(inner: string): boolean {
  const ws = inner.trim().split(/\s+/).map(normalizeArabic);
  if (ws.some(w => NEGATIONS.has(w))) return false;
  const first = ws[0];
  return ORG_HEADS.has(first) || ORG_HEADS.has(bare(first)) || TITLES.has(bare(first)) || PLACES.has(first);
}

const NEGATIONS = new Set(['غير', 'لا', 'لن', 'لم', 'ليس', 'ليست', 'ما', 'عدم']);

const QUOTE_OPENERS = '"«“„‹{';
/** A verb in the future or negated ("سيستمر"، "لن يحدث") is someone's words even when a title repeats it. */
const FUTURE_OR_NEGATED = /^(س[يتنا]|لن |لا |لم )/;

/** How far around a quotation the same words are looked for. */
const RECUR_REACH = 4000;

/** Whether the words of a short quotation are written again near it: "نماء" ... "نماء". */
function recurs(text: string, q: QuoteSpan, inner: string): boolean {
  if (inner.length < 3) return false;
  // Bounded windows: a search of the whole text for every quotation would make a long document
  // quadratic. Only a quoted recurrence counts: "سيستمر" in a title is the speaker's word even when
  // the paragraph below says سيستمر too.
  return quotedIn(text.slice(Math.max(0, q.start - RECUR_REACH), q.start), inner) || quotedIn(text.slice(q.end, q.end + RECUR_REACH), inner);
}

function quotedIn(window: string, inner: string): boolean {
  for (let at = window.indexOf(inner); at >= 0; at = window.indexOf(inner, at + 1)) {
    if (at > 0 && QUOTE_OPENERS.includes(window[at - 1])) return true;
  }
  return false;
}

/** Index of the first outermost quote of the line that ends at or after `offset` (binary search: quotes are in order). */
export function firstQuoteEndingAfter(ctx: LineContext, offset: number): number {
  let lo = 0;
  let hi = ctx.quotes.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (ctx.quotes[mid].end < offset) lo = mid + 1; else hi = mid;
  }
  return lo;
}

/**
 * The kind of content `[start, end)` given the line's outermost quotes: mixed when a quotation of
 * someone's words lies inside it. The quotes are in order and do not overlap, so the first such
 * quotation from `start` on decides.
 */
export function classify(ctx: LineContext, start: number, end: number): StatementKind {
  const { quotes } = ctx;
  if (quotes.length === 0) return 'indirect';
  let i = firstQuoteEndingAfter(ctx, start);
  if (i < quotes.length && quotes[i].start < start) i++;
  // Only the quotes inside the content are asked whether they are names or words.
  for (; i < quotes.length && quotes[i].end <= end; i++) if (!isTermQuote(ctx.text, quotes[i])) return 'mixed';
  return 'indirect';
}

/** Trims spaces and trailing clause punctuation (، , ; : -) from `[start, end)`. */
export function trimSpan(text: string, start: number, end: number): [number, number] {
  while (start < end && /\s/.test(text[start])) start++;
  while (end > start && /[\s،,;:\-–—.]/.test(text[end - 1])) end--;
  return [start, end];
}
