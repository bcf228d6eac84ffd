/**
 * One pass over the words of the text that finds every outlet mention: gazetteer names (with their
 * clitics peeled: لرويترز، لـCNN، لـ"واشنطن بوست"), the descriptor before them (صحيفة، قناة "..."),
 * a quoted acronym after them (وكالة الأنباء السعودية "واس"), outlets the gazetteer lacks but a
 * descriptor names (موقع "كود دوت أورغ"، صحيفة صن), and unnamed sources introduced by an attribution
 * word (نقلت وكالات روسية، كشفت صحيفة يمنية). The scan keeps only a short window of previous words,
 * so it is linear and allocates little on large files; `accepted` says whether the context makes
 * the mention a credit (see creditContext.ts).
 */
import type { OutletEntry } from '../lexicon/outlets';
import { DESCRIPTORS, GENERIC_HEADS, SOCIAL_NETWORKS } from '../lexicon/outlets';
import type { CreditKind } from '../types';
import { ATTRIBUTION_PREPS, EMPLOYER_WORDS, NAME_STOP_WORDS, isCreditCue, isNisba, withoutConjunction } from './creditContext';
import { cliticVariants, type Gazetteer } from './gazetteer';
import { WORD, wordKey } from './wordKey';

export interface OutletMention {
  /** The credit span: descriptor and quotation marks included when they belong to it. */
  readonly start: number;
  readonly end: number;
  readonly source: string;
  readonly sourceArabic?: string;
  readonly kind: CreditKind;
  /** True when the context makes it a credit; datelines and bylines may still claim a mention that is not. */
  readonly accepted: boolean;
  /** The bare name, without descriptor, clitic and quotation marks. */
  readonly nameStart: number;
  readonly nameEnd: number;
}

const WINDOW = 16;
/** How far into a line a dateline's outlet can stand (see datelines.ts). */
export const HEAD_LIMIT = 90;
const OPEN_MARKS = '"«“„(\'‹';
const CLOSE_MARKS = '"»”“)\'›';
const CLITIC_TOKENS = new Set(['ل', 'ول', 'فل', 'ب', 'وب', 'فب', 'و', 'ف']);
const DESCRIPTOR_KIND = new Map<string, CreditKind>([
  ['صحيفه', 'newspaper'], ['جريده', 'newspaper'], ['مجله', 'newspaper'], ['صحيفتي', 'newspaper'],
  ['صحيفتا', 'newspaper'], ['يوميه', 'newspaper'], ['اسبوعيه', 'newspaper'], ['وكاله', 'agency'],
  ['وكالتي', 'agency'], ['موقع', 'website'],
]);
/** Descriptors after which an unquoted unknown name is still a name (صحيفة صن), not a common noun. */
const NAMING_DESCRIPTORS = new Set(['صحيفه', 'جريده', 'مجله', 'صحيفتي', 'صحيفتا']);

interface Word {
  start: number;
  end: number;
  key: string;
}

interface Found {
  mention: OutletMention | undefined;
  resumeAt: number;
}

function isSpace(c: number): boolean {
  return c === 32 || c === 9 || c === 0xa0 || c === 0x200f || c === 0x200e || c === 0x200c;
}

/** Latin acronyms are kept in capitals (see gazetteer.ts), other Latin words lower-cased. */
function keyOf(raw: string): string {
  const c = raw.charCodeAt(0);
  if (c < 128) {
    if (c >= 48 && c <= 57) return raw;
    return raw.length <= 4 && /^[A-Z]+$/.test(raw) ? raw : raw.toLowerCase();
  }
  return wordKey(raw);
}

export function findOutletMentions(text: string, gaz: Gazetteer): OutletMention[] {
  const out: OutletMention[] = [];
  const re = new RegExp(WORD.source, 'g');
  const peekRe = new RegExp(WORD.source, 'y');
  const ring: Word[] = [];
  for (let i = 0; i < WINDOW; i++) ring.push({ start: 0, end: 0, key: '' });
  let count = 0;
  /** Word count at which the current sentence began. */
  let sentenceStart = 0;
  let prevEnd = 0;
  let lineStart = 0;
  /** Inside an ASCII-quoted stretch of the current line, and the depth of «» / “” quotes. */
  let inAscii = false;
  let depth = 0;
  /** Names learned from a descriptor (موقع "كود دوت أورغ"), matched again when quoted. */
  const starters = startersOf(gaz);
  const learned = new Map<string, Array<{ words: string[]; entry: OutletEntry; raw: string }>>();

  const scanGap = (from: number, to: number, sentences: boolean): void => {
    for (let p = from; p < to; p++) {
      const c = text.charCodeAt(p);
      if (c === 10) { inAscii = false; depth = 0; lineStart = p + 1; if (sentences) sentenceStart = count; continue; }
      if (c === 34) inAscii = !inAscii;
      else if (c === 0xab || c === 0x201c) depth++;
      else if ((c === 0xbb || c === 0x201d) && depth > 0) depth--;
      if (sentences && (c === 0x061f || c === 63 || c === 33 || c === 0x061b || (c === 46 && p + 1 < text.length && isSpace(text.charCodeAt(p + 1))))) {
        sentenceStart = count;
      }
    }
  };

  /** The word starting at or after `pos` on the same line, within `maxGap` characters. */
  const peekWord = (pos: number, maxGap: number): Word | undefined => {
    for (let p = pos; p < text.length && p - pos <= maxGap; p++) {
      const c = text.charCodeAt(p);
      if (c === 10 || c === 13) return undefined;
      peekRe.lastIndex = p;
      const m = peekRe.exec(text);
      if (m) {
        const key = keyOf(m[0]);
        if (key !== '') return { start: p, end: p + m[0].length, key };
      }
    }
    return undefined;
  };

  /** End of the name when the text continues with `words[1..]` (spaces, dots, hyphens between), else -1. */
  const matchRest = (words: readonly string[], from: number): number => {
    let end = from;
    for (let j = 1; j < words.length; j++) {
      const w = peekWord(end, 3);
      if (!w) return -1;
      for (let p = end; p < w.start; p++) {
        const c = text.charCodeAt(p);
        if (!(isSpace(c) || c === 46 || c === 45 || c === 0x640)) return -1;
      }
      if (w.key !== words[j]) return -1;
      end = w.end;
    }
    return end;
  };

  const word = (back: number): Word | undefined => (back >= 1 && back <= count && back < WINDOW ? ring[(count - back) % WINDOW] : undefined);

  /** Distance in words back to the nearest credit cue in the current sentence (from `skip` back), or Infinity. */
  const cueDistance = (skip: number): number => {
    for (let b = skip; b < WINDOW && count - b >= sentenceStart; b++) {
      const w = word(b);
      if (!w) break;
      if (isCreditCue(w.key)) return b - skip + 1;
    }
    return Infinity;
  };

  const push = (start: number, end: number, key: string): void => {
    const slot = ring[count % WINDOW];
    slot.start = start;
    slot.end = end;
    slot.key = key;
    count++;
  };

  let m: RegExpExecArray | null;
  while ((m = re.exec(text)) !== null) {
    const start = m.index;
    const end = start + m[0].length;
    scanGap(prevEnd, start, true);
    prevEnd = end;
    const key = keyOf(m[0]);
    if (key === '') continue; // a tatweel standing alone is a dash (دبي ـ العربية.نت)
    // Most words start nothing: one set look-up per clitic reading rejects them before any matching.
    const found = mayStart(key) ? matchName(key, start, end) ?? matchGeneric(key, start, end) ?? matchUnknown(key, start, end) : undefined;
    if (found) {
      if (found.mention) out.push(found.mention);
      scanGap(end, found.resumeAt, false);
      push(start, found.resumeAt, found.mention ? '' : key);
      re.lastIndex = found.resumeAt;
      prevEnd = found.resumeAt;
      continue;
    }
    push(start, end, key);
  }
  return out;

  function descriptorOf(key: string): { key: string; strip: number } | undefined {
    for (const v of cliticVariants(key)) if (DESCRIPTORS.has(v.key)) return v;
    return undefined;
  }

  /** What stands before a span that starts with the word at `start`: the separate clitic token, the previous word. */
  function contextBefore(tokenStart: number, back: number): { lam: boolean; before: Word | undefined; beforeBack: number } {
    const prev = word(back);
    if (prev && CLITIC_TOKENS.has(prev.key) && !hasSpace(prev.end, tokenStart) && prev.end <= tokenStart) {
      return { lam: prev.key.includes('ل'), before: word(back + 1), beforeBack: back + 1 };
    }
    return { lam: false, before: prev, beforeBack: back };
  }

  /** مراسل سكاي نيوز، يعمل مع فرانس برس، يعمل لدى ...: the outlet employs someone in the story. */
  function isEmployer(w1: Word | undefined, w2: Word | undefined): boolean {
    if (!w1) return false;
    const k1 = withoutConjunction(w1.key);
    if (EMPLOYER_WORDS.has(k1)) return true;
    return w2 !== undefined && (k1 === 'مع' || k1 === 'لدي' || k1 === 'في') && EMPLOYER_WORDS.has(withoutConjunction(w2.key));
  }

  function hasSpace(from: number, to: number): boolean {
    for (let p = from; p < to; p++) if (isSpace(text.charCodeAt(p))) return true;
    return false;
  }

  /** Was the text outside any quotation before the opening mark at `markPos` (or before `pos` when none)? */
  function quotedByOuter(markPos: number): boolean {
    if (markPos < 0) return inAscii || depth > 0;
    const c = text.charCodeAt(markPos);
    if (c === 34) return !inAscii || depth > 0;
    if (c === 0xab || c === 0x201c) return inAscii || depth > 1;
    return inAscii || depth > 0;
  }

  function known(k: string): boolean {
    return starters.has(k) || (learned.size > 0 && learned.has(k));
  }

  function mayStart(key: string): boolean {
    if (known(key)) return true;
    const c0 = key[0];
    if (key.length < 3 || !(c0 === 'و' || c0 === 'ف' || c0 === 'ب' || c0 === 'ل')) return false;
    if (known(key.slice(1))) return true;
    if (key[1] === 'ل' || key[1] === 'ب') return known(key.slice(2)) || known('ا' + key.slice(1)) || known('ا' + key.slice(2));
    return false;
  }

  function matchName(key: string, start: number, end: number): Found | undefined {
    const variants = key.charCodeAt(0) < 128 ? [{ key, strip: 0 }] : cliticVariants(key);
    for (const v of variants) {
      for (const [cands, isLearned] of [[gaz.byFirstWord.get(v.key), false], [learned.get(v.key), true]] as const) {
        for (const cand of cands ?? []) {
          const nameEnd = matchRest(cand.words, end);
          if (nameEnd < 0) continue;
          if (cand.words.length === 1 && cand.raw.length <= 3 && text.slice(start + v.strip, nameEnd) !== cand.raw) continue;
          const f = decide(cand.entry, cand.words, start, start + v.strip, nameEnd, v.strip > 0 && key.slice(0, v.strip).includes('ل'), isLearned);
          if (f) return f;
        }
      }
    }
    return undefined;
  }

  function decide(
    entry: OutletEntry, words: readonly string[], tokenStart: number, nameStart: number, nameEnd: number,
    attachedLam: boolean, learnedName: boolean,
  ): Found | undefined {
    if (SOCIAL_NETWORKS.has(words.join(' '))) return undefined;
    const openPos = tokenStart === nameStart && nameStart > 0 && OPEN_MARKS.includes(text[nameStart - 1]) ? nameStart - 1 : -1;
    // A stray space before the closing mark happens (لـ"الشروق ").
    const closeAt = nameEnd < text.length && text[nameEnd] === ' ' ? nameEnd + 1 : nameEnd;
    const quotedAfter = closeAt < text.length && CLOSE_MARKS.includes(text[closeAt]);
    const quoted = openPos >= 0 && quotedAfter;
    if (learnedName && !quoted) return undefined;
    const ctx = contextBefore(openPos >= 0 ? openPos : tokenStart, 1);
    const lam = attachedLam || ctx.lam;
    let before = ctx.before;
    let beforeBack = ctx.beforeBack;
    let spanStart = nameStart;
    let spanEnd = nameEnd;
    // A descriptor just before (صحيفة واشنطن بوست، قناة "روسيا اليوم"، لصحيفة ...) belongs to the credit.
    let descriptor = false;
    let descriptorLam = false;
    if (before && !lam && nameStart === tokenStart) {
      const d = descriptorOf(before.key);
      const gapOk = before.end < (openPos >= 0 ? openPos : tokenStart) + 1 && (openPos >= 0 ? openPos : tokenStart) - before.end <= 2;
      if (d && gapOk && !DESCRIPTORS.has(words[0])) {
        descriptor = true;
        descriptorLam = before.key.slice(0, d.strip).includes('ل');
        spanStart = before.start + d.strip;
        beforeBack++;
        before = word(beforeBack);
      }
    }
    if (descriptor && quoted) spanEnd = closeAt + 1;
    spanEnd = newsSuffixEnd(quoted ? closeAt + 1 : spanEnd, spanEnd);
    let source = entry.source;
    let arabic = entry.arabic;
    let kind = entry.kind;
    // A quoted or bracketed acronym after a full name: وكالة الأنباء السعودية "واس"، (أ ف ب).
    const extra = quotedNameAfter(spanEnd);
    if (extra) {
      spanEnd = extra.end;
      source = extra.entry.source;
      arabic = extra.entry.arabic;
      kind = extra.entry.kind;
    }
    const resumeAt = Math.max(spanEnd, quotedAfter ? closeAt + 1 : nameEnd);
    const after = peekWord(quotedAfter ? closeAt + 1 : nameEnd, 2);
    const nisbaAfter = after !== undefined && isNisba(after.key);
    const employer = isEmployer(before, word(beforeBack + 1));
    const prepBefore = before !== undefined && (ATTRIBUTION_PREPS.has(withoutConjunction(before.key)) || isCreditCue(before.key));
    const cue = cueDistance(beforeBack);
    const lamAny = lam || descriptorLam;
    const insideQuote = quotedByOuter(openPos);
    const ambiguous = entry.ambiguous === true && !DESCRIPTORS.has(words[0]);
    let accepted: boolean;
    if (employer || insideQuote) accepted = false;
    else if (ambiguous) {
      if (descriptor) accepted = cue <= 10 || prepBefore || lamAny;
      else if (quoted) accepted = (prepBefore || lamAny || nisbaAfter) && (cue <= 12 || nisbaAfter || lamAny);
      else accepted = false;
    } else if (entry.kind === 'agency' && !learnedName) accepted = true;
    else accepted = cue <= 8 || (lamAny && cue <= 14) || (prepBefore && cue <= 12);
    // A mention that is no credit matters only where a dateline, byline or title suffix can claim it.
    const keep = accepted || nameStart - lineStart <= HEAD_LIMIT || atLineEnd(resumeAt);
    return {
      mention: keep ? { start: spanStart, end: spanEnd, source, sourceArabic: arabic, kind, accepted, nameStart, nameEnd } : undefined,
      resumeAt,
    };
  }

  function atLineEnd(pos: number): boolean {
    let p = pos;
    while (p < text.length && (isSpace(text.charCodeAt(p)) || text[p] === '.')) p++;
    return p >= text.length || text[p] === '\n' || text[p] === '\r';
  }

  /**
   * The end of a trailing "للأنباء" (news agency) that completes a name, with a nisba before it:
   * وكالة تاس الروسية للأنباء، وكالة «دوغان» للأنباء. Returns `fallback` when there is none.
   */
  function newsSuffixEnd(from: number, fallback: number): number {
    const w = peekWord(from, 2);
    if (w && !hasNonSpace(from, w.start) && isNisba(w.key)) {
      const next = peekWord(w.end, 2);
      if (next && next.key === 'للانباء' && !hasNonSpace(w.end, next.start)) return next.end;
      return fallback;
    }
    if (w && w.key === 'للانباء' && !hasNonSpace(from, w.start)) return w.end;
    return fallback;
  }

  /** A gazetteer name inside quotation marks or brackets right after `pos`: "واس"، (د ب أ). */
  function quotedNameAfter(pos: number): { end: number; entry: OutletEntry } | undefined {
    let p = pos;
    while (p < text.length && isSpace(text.charCodeAt(p)) && p - pos < 3) p++;
    if (p >= text.length || !OPEN_MARKS.includes(text[p])) return undefined;
    const first = peekWord(p + 1, 0);
    if (!first) return undefined;
    for (const cand of gaz.byFirstWord.get(first.key) ?? []) {
      const e = matchRest(cand.words, first.end);
      if (e >= 0 && e < text.length && CLOSE_MARKS.includes(text[e])) return { end: e + 1, entry: cand.entry };
    }
    return undefined;
  }

  /**
   * An unnamed source right after an attribution word: (نقلت) وكالات روسية، (وفقا) لوكالات روسية،
   * (نشر) الإعلام السوري الرسمي، (أوردت) مواقع متخصصة، (كشفت) صحيفة يمنية.
   */
  function matchGeneric(key: string, start: number, end: number): Found | undefined {
    let head: string | undefined;
    let strip = 0;
    for (const v of cliticVariants(key)) {
      if (GENERIC_HEADS.has(v.key)) { head = v.key; strip = v.strip; break; }
    }
    if (!head) return undefined;
    const w1 = word(1);
    const w2 = word(2);
    const inSentence = count - 1 >= sentenceStart;
    const cueBefore = inSentence && w1 !== undefined && (isCreditCue(w1.key)
      || (w2 !== undefined && withoutConjunction(w1.key) === 'ما' && isCreditCue(w2.key))
      || (strip > 0 && ATTRIBUTION_PREPS.has(withoutConjunction(w1.key))));
    if (!cueBefore || inAscii || depth > 0) return undefined;
    let last = end;
    let adjectives = 0;
    let p = end;
    for (let i = 0; i < 4; i++) {
      const w = peekWord(p, 2);
      if (!w || hasNonSpace(p, w.start)) break;
      const k = w.key;
      const isNews = k === 'انباء' || k === 'الانباء' || k === 'اعلام' || k === 'الاعلام' || k === 'اعلاميه' || k === 'الاعلاميه';
      if (!(isNews || isNisba(k, false) || GENERIC_ADJECTIVES.has(k))) break;
      last = w.end;
      p = w.end;
      if (!isNews || head === 'وسايل' || head === 'مصادر') adjectives++;
    }
    if (adjectives === 0) return undefined;
    if (head === 'مصادر' && !/اعلام/.test(wordKey(text.slice(end, last)))) return undefined;
    let spanEnd = last;
    // An unnamed source has no canonical name: the phrase itself names it (وكالات روسية).
    let source = text.slice(start + strip, last);
    let kind = GENERIC_HEADS.get(head) ?? 'agency';
    let arabic: string | undefined;
    const extra = quotedNameAfter(last);
    if (extra) {
      spanEnd = extra.end;
      source = extra.entry.source;
      kind = extra.entry.kind;
      arabic = extra.entry.arabic;
    }
    return {
      mention: { start: start + strip, end: spanEnd, source, sourceArabic: arabic, kind, accepted: true, nameStart: start + strip, nameEnd: spanEnd },
      resumeAt: spanEnd,
    };
  }

  function hasNonSpace(from: number, to: number): boolean {
    for (let p = from; p < to; p++) if (!isSpace(text.charCodeAt(p))) return true;
    return false;
  }

  /**
   * An outlet the gazetteer lacks, named after a descriptor: موقع "كود دوت أورغ" (any quoted name
   * of one to five words; learned, so a later "كود دوت أورغ" is matched too), صحيفة صن (up to
   * three words before a nisba, a function word or punctuation; newspapers only).
   */
  function matchUnknown(key: string, start: number, end: number): Found | undefined {
    const d = descriptorOf(key);
    if (!d || !DESCRIPTOR_KIND.has(d.key)) return undefined;
    const kind = DESCRIPTOR_KIND.get(d.key) ?? 'newspaper';
    let p = end;
    while (p < text.length && isSpace(text.charCodeAt(p)) && p - end < 2) p++;
    let nameStart: number;
    let nameEnd: number;
    let spanEnd: number;
    const quotedName = p < text.length && OPEN_MARKS.includes(text[p]) && text[p] !== '(';
    if (quotedName) {
      const close = closingMark(p);
      if (close < 0) return undefined;
      nameStart = p + 1;
      nameEnd = close;
      spanEnd = close + 1;
      const inner = text.slice(nameStart, nameEnd).trim();
      const words = inner.match(new RegExp(WORD.source, 'g')) ?? [];
      const first = words[0];
      if (first === undefined || words.length > 5) return undefined;
      if (gaz.byFirstWord.has(keyOf(first))) return undefined; // a known name: matched at its own word
    } else {
      if (!NAMING_DESCRIPTORS.has(d.key)) return undefined;
      const names: Word[] = [];
      let q = end;
      for (let i = 0; i < 3; i++) {
        const w = peekWord(q, 2);
        if (!w || hasNonSpace(q, w.start)) break;
        if (NAME_STOP_WORDS.has(w.key) || isNisba(w.key) || GENERIC_HEADS.has(w.key) || /^[0-9]/.test(w.key)) break;
        if (i === 0 && (isNisba(w.key, false) || GENERIC_ADJECTIVES.has(w.key) || gaz.byFirstWord.has(w.key))) break;
        names.push(w);
        q = w.end;
      }
      if (names.length === 0) return undefined;
      nameStart = names[0].start;
      nameEnd = names[names.length - 1].end;
      spanEnd = nameEnd;
    }
    const inner = text.slice(nameStart, nameEnd).trim();
    const innerWords = (inner.match(new RegExp(WORD.source, 'g')) ?? []).map(keyOf);
    if (SOCIAL_NETWORKS.has(innerWords.join(' ')) || innerWords.some(w => SOCIAL_NETWORKS.has(w))) return undefined;
    const entry: OutletEntry = { source: inner, arabic: inner, kind, names: [inner] };
    const lam = key.slice(0, d.strip).includes('ل');
    const before = word(1);
    const prepBefore = before !== undefined && (ATTRIBUTION_PREPS.has(withoutConjunction(before.key)) || isCreditCue(before.key));
    const employer = isEmployer(before, word(2));
    const cue = cueDistance(1);
    const accepted = !employer && !inAscii && depth === 0 && (cue <= 8 || (lam && cue <= 14) || (prepBefore && cue <= 12));
    if (quotedName && accepted && innerWords.length > 0) {
      const list = learned.get(innerWords[0]) ?? [];
      list.push({ words: innerWords, entry, raw: inner });
      learned.set(innerWords[0], list);
    }
    const keep = accepted || nameStart - lineStart <= HEAD_LIMIT;
    return {
      mention: keep ? { start: start + d.strip, end: spanEnd, source: inner, sourceArabic: inner, kind, accepted, nameStart, nameEnd } : undefined,
      resumeAt: spanEnd,
    };
  }

  /** The closing mark of the quote opened at `open`, on the same line and within 60 characters, or -1. */
  function closingMark(open: number): number {
    const o = text[open];
    const want = o === '«' ? '»' : o === '“' ? '”' : o === '„' ? '“' : o === '‹' ? '›' : o;
    for (let p = open + 1; p < text.length && p - open <= 60; p++) {
      const c = text[p];
      if (c === '\n') return -1;
      if (c === want || (o === '“' && c === '“')) return p;
    }
    return -1;
  }
}

const startersCache = new WeakMap<Gazetteer, Set<string>>();

/** Every word that can open a mention: first words of names, descriptors, heads of unnamed sources. */
function startersOf(gaz: Gazetteer): Set<string> {
  let set = startersCache.get(gaz);
  if (!set) {
    set = new Set([...gaz.byFirstWord.keys(), ...DESCRIPTORS, ...GENERIC_HEADS.keys()]);
    startersCache.set(gaz, set);
  }
  return set;
}

const GENERIC_ADJECTIVES = new Set([
  'متخصصه', 'محليه', 'رسميه', 'الرسميه', 'الرسمي', 'رسمي', 'حكوميه', 'الحكوميه', 'الحكومي', 'اخباريه',
  'مطلعه', 'مختلفه', 'عده', 'عديده', 'كبري', 'الكبري', 'غربيه', 'عربيه', 'محلي', 'المحلي', 'المحليه', 'رسميا',
]);
