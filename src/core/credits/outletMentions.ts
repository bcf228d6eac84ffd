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
import { ATTRIBUTION_PREPS, CUE_NOUNS, EMPLOYER_WORDS, NAME_STOP_WORDS, isCreditCue, isNisba, withoutConjunction } from './creditContext';
import { cliticVariants, type Gazetteer, type OutletName } from './gazetteer';
import { genericSourceName } from './genericNames';
import {
  ARABIC, BIT_WORDS, FOUND, FULL, charClass, commonOnlyOf, hashOf, isContextChar, isWordChar, nextCandidate, setBit, shortCanContinue, shortNextOf,
  startersBits, startersOf, type Marks,
} from './candidateScan';
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
  /** A name that is also a place (الرياض، المدينة) written with no quotation marks or descriptor. */
  readonly barePlace?: boolean;
}

const WINDOW = 16;
/**
 * The context characters the candidate scan has passed and advanceTo has not read yet, shared by
 * every scan (one at a time: the engine is synchronous; each scan starts it empty).
 */
const MARKS: Marks = { at: new Int32Array(4096), n: 0 };
/** Whether a name's words spell a social network (see decide), cached per gazetteer name. */
const SOCIAL_NAMES = new WeakMap<readonly string[], boolean>();

function isSocialName(words: readonly string[]): boolean {
  let v = SOCIAL_NAMES.get(words);
  if (v === undefined) {
    v = SOCIAL_NETWORKS.has(words.join(' '));
    SOCIAL_NAMES.set(words, v);
  }
  return v;
}
/** Shared by every scan (one at a time: the engine is synchronous); all zero between scans. */
const LEARNED_BITS = new Uint32Array(BIT_WORDS);
/** How far into a line a dateline's outlet can stand (see datelines.ts). */
export const HEAD_LIMIT = 90;
const OPEN_MARKS = '"«“„(\'‹';
const CLOSE_MARKS = '"»”“)\'›';
const CLITIC_TOKENS = new Set(['ل', 'ول', 'فل', 'ب', 'وب', 'فب', 'و', 'ف']);
const DESCRIPTOR_KIND = new Map<string, CreditKind>([
  ['صحيفه', 'newspaper'], ['جريده', 'newspaper'], ['مجله', 'newspaper'], ['صحيفتي', 'newspaper'],
  ['صحيفتا', 'newspaper'], ['يوميه', 'newspaper'], ['اسبوعيه', 'newspaper'], ['وكاله', 'agency'],
  ['وكالتي', 'agency'], ['موقع', 'website'], ['قناه', 'broadcaster'], ['شبكه', 'broadcaster'],
  ['تلفزيون', 'broadcaster'], ['اذاعه', 'broadcaster'], ['محطه', 'broadcaster'], ['فضاييه', 'broadcaster'],
]);
/** Descriptors after which an unquoted unknown name is still a name (صحيفة صن), not a common noun. */
const NAMING_DESCRIPTORS = new Set(['صحيفه', 'جريده', 'مجله', 'صحيفتي', 'صحيفتا']);

/** Employer words that still report for the outlet when a verb of saying has them as subject. */
const REPORTERS = new Set(['مراسل', 'مراسله', 'مراسلة', 'مراسلو', 'مراسلي', 'موفد', 'مندوب']);

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
  const starters = startersOf(gaz);
  const commonOnly = commonOnlyOf(gaz);
  /** Names learned from a descriptor (موقع "كود دوت أورغ"), matched again when quoted. */
  const learned = new Map<string, OutletName[]>();
  /**
   * Bits of the hashes of learned first words, as for the gazetteer's (see startersBits): the shared
   * LEARNED_BITS, null until a name is learned. Allocating and zeroing 512 KB for every short article
   * cost more than the scan, so the words set are listed and cleared when the scan ends.
   */
  let learnedBits: Uint32Array | null = null;
  const learnedWords: number[] = [];

  // The context at the word being decided, brought up to date only when a word may start a
  // mention (rarely), from the positions of the context characters the candidate scan noted on its
  // way (MARKS): each is read once, in text order, so the cost is linear over the whole text.
  const marks = MARKS;
  marks.n = 0;
  /** How many of `marks` advanceTo has read. */
  let used = 0;
  let lineStart = 0;
  /** Where the current sentence began: a line break or . ! ? ؟ ؛ followed by space (not أ.ف.ب). */
  let sentenceStart = 0;
  /** Inside an ASCII-quoted stretch of the current line, and the depth of «» / “” quotes. */
  let inAscii = false;
  let depth = 0;
  const advanceTo = (pos: number): void => {
    const at = marks.at;
    let k = used;
    for (; k < marks.n; k++) {
      const p = at[k];
      if (p >= pos) break;
      const c = text.charCodeAt(p);
      if (c === 10) { inAscii = false; depth = 0; lineStart = p + 1; sentenceStart = p + 1; continue; }
      if (c === 34) inAscii = asciiOpens(p, inAscii);
      else if (c === 0xab || c === 0x201c) depth++;
      else if ((c === 0xbb || c === 0x201d) && depth > 0) depth--;
      else if (c === 0x061f || c === 63 || c === 33 || c === 0x061b || (c === 46 && p + 1 < text.length && isSpace(text.charCodeAt(p + 1)))) {
        sentenceStart = p + 1;
      }
    }
    if (k === marks.n) { marks.n = 0; used = 0; } else used = k;
  };
  /**
   * Notes the context characters of text[from, to), which the scan jumps over after a mention it has
   * taken (its closing quotation mark, a quoted acronym after it).
   */
  const markSkipped = (from: number, to: number): void => {
    for (let p = from; p < to; p++) {
      if (!isContextChar(text.charCodeAt(p))) continue;
      if (marks.n === marks.at.length) advanceTo(p);
      marks.at[marks.n++] = p;
    }
  };

  /**
   * Whether the text is inside an ASCII quotation after the mark at `p`. Its direction decides when
   * it can (design.md): a mark before a letter and after a space opens (قال "روسيا), after a letter or
   * a full stop and before a space it closes; only a mark between two letters toggles. A stray mark
   * thus does not turn the rest of a long paragraph inside out.
   */
  function asciiOpens(p: number, inside: boolean): boolean {
    const before = p > 0 ? text.charCodeAt(p - 1) : 10;
    const after = p + 1 < text.length ? text.charCodeAt(p + 1) : 10;
    const letterBefore = isWordChar(before) && before !== 0x640;
    const letterAfter = isWordChar(after);
    if (letterAfter && !letterBefore) return true;
    if (!letterAfter && (letterBefore || before === 46 || before === 0x060c || before === 33 || before === 63 || before === 0x061f)) return false;
    return !inside;
  }

  /**
   * The last word peeked, by where the peek began: every name sharing a first word (and every
   * clitic reading of it) asks for the same next word.
   */
  let peekedFrom = -1;
  let peekedGap = -1;
  let peeked: Word | undefined;
  const peekWord = (pos: number, maxGap: number): Word | undefined => {
    if (pos !== peekedFrom || maxGap !== peekedGap) {
      peekedFrom = pos;
      peekedGap = maxGap;
      peeked = readWordAt(pos, maxGap);
    }
    return peeked;
  };

  /** The word starting at or after `pos` on the same line, within `maxGap` characters. */
  const readWordAt = (pos: number, maxGap: number): Word | undefined => {
    for (let p = pos; p < text.length && p - pos <= maxGap; p++) {
      const c = text.charCodeAt(p);
      if (c === 10 || c === 13) return undefined;
      // A run of one character class from p, as WORD matches it there (no RegExp match per peek).
      const cls = charClass(c);
      if (cls === 0) continue;
      let e = p + 1;
      while (e < text.length && charClass(text.charCodeAt(e)) === cls) e++;
      const key = keyOf(text.slice(p, e));
      if (key !== '') return { start: p, end: e, key };
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

  // The words before the candidate, read backwards on demand (at most WINDOW, on the same line):
  // most decisions look at one or two words, so each is read (sliced and keyed) only when asked for.
  let windowAt = -1;
  const previous: Word[] = [];
  /** Where reading backwards goes on, and the start of the candidate's line when the window was set. */
  let windowP = -1;
  let windowLine = 0;
  const loadWindow = (pos: number): void => {
    if (windowAt === pos) return;
    windowAt = pos;
    previous.length = 0;
    windowP = pos - 1;
    windowLine = lineStart;
  };
  /** Reads one more word back into `previous`; false when the line or the window is exhausted. */
  const readBack = (): boolean => {
    let p = windowP;
    while (previous.length < WINDOW && p >= windowLine && p >= 0) {
      while (p >= windowLine && !isWordChar(text.charCodeAt(p))) p--;
      if (p < windowLine) break;
      const cls = charClass(text.charCodeAt(p));
      const end = p + 1;
      while (p >= windowLine && charClass(text.charCodeAt(p)) === cls) p--;
      const key = keyOf(text.slice(p + 1, end));
      if (key !== '') {
        previous.push({ start: p + 1, end, key });
        windowP = p;
        return true;
      }
    }
    windowP = p;
    return false;
  };
  /** The candidate word whose context is not read yet: read when a decision needs it (most candidates fail before). */
  let pending = -1;
  const ensureContext = (): void => {
    if (pending < 0) return;
    advanceTo(pending);
    loadWindow(pending);
    pending = -1;
  };
  const word = (back: number): Word | undefined => {
    if (back < 1) return undefined;
    while (previous.length < back && readBack());
    return previous[back - 1];
  };

  /** Distance in words back to the nearest credit cue in the current sentence (from `skip` back), or Infinity. */
  const cueDistance = (skip: number): number => {
    for (let b = skip; ; b++) {
      const w = word(b);
      if (w === undefined || w.start < sentenceStart) break;
      if (isCreditCue(w.key)) return b - skip + 1;
    }
    return Infinity;
  };

  const bits = startersBits(starters);
  const shortNext = shortNextOf(gaz);
  const span = new Int32Array(2);
  let i = 0;
  try {
    scan();
  } finally {
    for (const w of learnedWords) LEARNED_BITS[w] = 0;
  }
  return out;

  function scan(): void {
    for (;;) {
      const got = nextCandidate(text, i, bits, learnedBits, span, marks);
      if (got === FULL) {
        // The buffer of context marks is full: read them (all lie before span[0]) and go on.
        i = span[0];
        advanceTo(i);
        continue;
      }
      if (got !== FOUND) return;
      const start = span[0];
      i = span[1];
      const end = span[1];
      // إن، أي، أم open names (إن بي سي) and are among the commonest words: look at the next letter first.
      if (end - start <= 2 && !shortCanContinue(text, start, end, shortNext)) continue;
      const key = keyOf(text.slice(start, end));
      if (!mayStart(key) || cannotBeOutlet(key, start, end)) continue;
      pending = start;
      const found = matchName(key, start, end) ?? matchGeneric(key, start, end) ?? matchUnknown(key, start, end);
      if (found) {
        if (found.mention) out.push(found.mention);
        i = Math.max(found.resumeAt, end);
        markSkipped(end, i);
      }
    }
  }

  function descriptorOf(key: string): { key: string; strip: number } | undefined {
    for (const v of cliticVariants(key)) if (DESCRIPTORS.has(v.key)) return v;
    return undefined;
  }

  /** What stands before a span that starts with the word at `start`: the separate clitic token, the previous word. */
  function contextBefore(tokenStart: number, back: number): { lam: boolean; clitic: boolean; before: Word | undefined; beforeBack: number } {
    const prev = word(back);
    // لـ with its tatweel is a clitic even when a space follows it (لـ "الاقتصادية"، بـ «عكاظ»).
    const joined = prev !== undefined && (!hasSpace(prev.end, tokenStart) || (text.charCodeAt(prev.end - 1) === 0x640 && tokenStart - prev.end <= 3));
    if (prev && CLITIC_TOKENS.has(prev.key) && joined && prev.end <= tokenStart) {
      return { lam: prev.key.includes('ل'), clitic: true, before: word(back + 1), beforeBack: back + 1 };
    }
    return { lam: false, clitic: false, before: prev, beforeBack: back };
  }

  /** مراسل سكاي نيوز، يعمل مع فرانس برس، يعمل لدى ...: the outlet employs someone in the story. */
  function isEmployer(w1: Word | undefined, w2: Word | undefined): boolean {
    if (!w1) return false;
    const k1 = withoutConjunction(w1.key);
    // وأفاد مراسل «الوكالة» بأن ...: the correspondent reports for the outlet, which is the source.
    if (REPORTERS.has(k1) && w2 !== undefined && isCreditCue(w2.key)) return false;
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

  /**
   * Names that are also common words (اليوم، الوطن، العربية) are only outlets in quotation marks, after
   * a descriptor, or opening or closing a line; most of their occurrences fail this cheap test.
   */
  function cannotBeOutlet(key: string, start: number, end: number): boolean {
    if (!commonOnly.has(key)) return false;
    if (start > 0 && OPEN_MARKS.includes(text[start - 1])) return false;
    for (let p = start - 1; p >= 0 && start - p <= HEAD_LIMIT + 1; p--) if (text.charCodeAt(p) === 10) return false;
    if (start <= HEAD_LIMIT) return false;
    let q = end;
    while (q < text.length && q - end < 4 && !isWordChar(text.charCodeAt(q)) && text.charCodeAt(q) !== 10) q++;
    if (q >= text.length || text.charCodeAt(q) === 10 || text.charCodeAt(q) === 13) return false;
    // The previous word, read backwards: a descriptor (صحيفة الحياة) keeps the candidate.
    let p = start - 1;
    while (p >= 0 && !isWordChar(text.charCodeAt(p))) p--;
    const e = p + 1;
    while (p >= 0 && charClass(text.charCodeAt(p)) === ARABIC) p--;
    return descriptorOf(keyOf(text.slice(p + 1, e))) === undefined;
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
      const f = matchNameIn(gaz.byFirstWord.get(v.key), false, key, v.strip, start, end)
        ?? (learned.size > 0 ? matchNameIn(learned.get(v.key), true, key, v.strip, start, end) : undefined);
      if (f) return f;
    }
    return undefined;
  }

  function matchNameIn(cands: readonly OutletName[] | undefined, isLearned: boolean, key: string, strip: number, start: number, end: number): Found | undefined {
    if (cands === undefined) return undefined;
    for (const cand of cands) {
      const nameEnd = matchRest(cand.words, end);
      if (nameEnd < 0) continue;
      if (cand.words.length === 1 && cand.raw.length <= 3 && text.slice(start + strip, nameEnd) !== cand.raw) continue;
      const prefix = key.slice(0, strip);
      const f = decide(cand.entry, cand.words, start, start + strip, nameEnd, prefix.includes('ل'), prefix.includes('ب'), isLearned);
      if (f) return f;
    }
    return undefined;
  }

  function decide(
    entry: OutletEntry, words: readonly string[], tokenStart: number, nameStart: number, nameEnd: number,
    attachedLam: boolean, attachedBa: boolean, learnedName: boolean,
  ): Found | undefined {
    if (isSocialName(words)) return undefined;
    ensureContext();
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
    // وكالة الأنباء، موقع الأخبار: a descriptor and a common noun, not the paper called الأنباء.
    if (descriptor && !quoted && entry.ambiguous === true && isNewsWord(words[0])) return undefined;
    if (descriptor && quoted) spanEnd = closeAt + 1;
    spanEnd = newsSuffixEnd(quoted ? closeAt + 1 : spanEnd, spanEnd);
    const named = namedUpTo(spanEnd, entry.source, entry.arabic, entry.kind);
    spanEnd = named.end;
    const resumeAt = Math.max(spanEnd, quotedAfter ? closeAt + 1 : nameEnd);
    const ambiguous = entry.ambiguous === true && !DESCRIPTORS.has(words[0]);
    // A name that is also a common word (اليوم، العربية), with neither quotation marks nor a
    // descriptor, is no credit whatever stands around it: most mentions decided are such words, so
    // the rest of the context is read only for the others.
    const plainCommon = ambiguous && !descriptor && !quoted;
    const after = plainCommon ? undefined : peekWord(quotedAfter ? closeAt + 1 : nameEnd, 2);
    const nisbaAfter = after !== undefined && isNisba(after.key);
    const employer = !plainCommon && isEmployer(before, word(beforeBack + 1));
    const prepBefore = !plainCommon && before !== undefined && (ATTRIBUTION_PREPS.has(withoutConjunction(before.key)) || isCreditCue(before.key));
    const lamAny = lam || descriptorLam;
    const anyClitic = lamAny || attachedBa || ctx.clitic;
    // A press review opens with the paper: في الغارديان: ...، في صحيفة الغارديان تقرير عن ...
    const opensSentence = !plainCommon && before !== undefined && withoutConjunction(before.key) === 'في'
      && (word(beforeBack + 1) === undefined || (word(beforeBack + 1)?.start ?? 0) < sentenceStart);
    const reviewOpening = opensSentence && (text[resumeAt] === ':' || cueAfter(resumeAt));
    const insideQuote = !plainCommon && quotedByOuter(openPos);
    // The distance to a cue is read (a walk back over the sentence) only by the branches that use it.
    let accepted: boolean;
    if (plainCommon || employer || insideQuote) accepted = false;
    else if (ambiguous) {
      // Quoted or after a descriptor (plainCommon is neither).
      if (descriptor) accepted = cueDistance(beforeBack) <= 10 || prepBefore || lamAny;
      else accepted = (prepBefore || anyClitic || nisbaAfter) && (nisbaAfter || lamAny || cueDistance(beforeBack) <= 12);
    } else if (entry.kind === 'agency' && !learnedName) accepted = true;
    else {
      const cue = cueDistance(beforeBack);
      accepted = cue <= 8 || (lamAny && cue <= 14) || (prepBefore && cue <= 12) || reviewOpening || cueAfter(resumeAt);
    }
    // A mention that is no credit matters only where a dateline, byline or title suffix can claim it.
    const keep = accepted || nameStart - lineStart <= HEAD_LIMIT || atLineEnd(resumeAt);
    return {
      mention: keep ? {
        start: spanStart, end: spanEnd, source: named.source, sourceArabic: named.arabic, kind: named.kind, accepted, nameStart, nameEnd,
        barePlace: entry.alsoPlace === true && !quoted && !descriptor,
      } : undefined,
      resumeAt,
    };
  }

  /** A credit cue among the next two words of the sentence: في مداخلة مع فرانس24 قائلا، صحيفة X تقرير ... */
  function cueAfter(pos: number): boolean {
    let p = pos;
    for (let i = 0; i < 2; i++) {
      const w = peekWord(p, 3);
      if (!w) return false;
      // Only spaces and quotation marks between: after a comma the clause has moved on (ممثلي "روسيا اليوم"، وقالت).
      for (let q = p; q < w.start; q++) if (!isSpace(text.charCodeAt(q)) && !CLOSE_MARKS.includes(text[q])) return false;
      if (isCreditCue(w.key)) return true;
      p = w.end;
    }
    return false;
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

  /**
   * The outlet a name ending at `end` stands for: a quoted or bracketed acronym right after it names
   * the outlet and extends the span (وكالة الأنباء السعودية "واس"، وكالات روسية (تاس)).
   */
  function namedUpTo(end: number, source: string, arabic: string | undefined, kind: CreditKind):
    { end: number; source: string; arabic: string | undefined; kind: CreditKind } {
    const extra = quotedNameAfter(end);
    return extra
      ? { end: extra.end, source: extra.entry.source, arabic: extra.entry.arabic, kind: extra.entry.kind }
      : { end, source, arabic, kind };
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
    ensureContext();
    const w1 = word(1);
    const w2 = word(2);
    const inSentence = w1 !== undefined && w1.start >= sentenceStart;
    const lamHead = strip > 0 && key.slice(0, strip).includes('ل');
    const cueBefore = inSentence && w1 !== undefined && ((isCreditCue(w1.key) && (lamHead || !CUE_NOUNS.has(withoutConjunction(w1.key))))
      || (w2 !== undefined && withoutConjunction(w1.key) === 'ما' && isCreditCue(w2.key))
      || (strip > 0 && ATTRIBUTION_PREPS.has(withoutConjunction(w1.key))));
    if (!cueBefore || inAscii || depth > 0) return undefined;
    let last = end;
    let adjectives = 0;
    let p = end;
    const words: string[] = [];
    for (let i = 0; i < 4; i++) {
      const w = peekWord(p, 2);
      if (!w || hasNonSpace(p, w.start)) break;
      const k = w.key;
      if (!isNewsWord(k) && gaz.byFirstWord.has(k)) break; // صحيفة الديلي تلغراف: a name follows, matched at its own word
      words.push(k);
      const isNews = isNewsWord(k);
      if (!(isNews || isNisba(k, false) || GENERIC_ADJECTIVES.has(k))) break;
      last = w.end;
      p = w.end;
      if (!isNews || head === 'وسايل' || head === 'مصادر') adjectives++;
    }
    if (words.length > 0 && !(isNewsWord(words[words.length - 1]) || isNisba(words[words.length - 1], false) || GENERIC_ADJECTIVES.has(words[words.length - 1]))) words.pop();
    if (adjectives === 0) return undefined;
    if (head === 'مصادر' && !/اعلام/.test(wordKey(text.slice(end, last)))) return undefined;
    // An unnamed source is named in English from its words (Russian agencies), else by its Arabic phrase.
    const phrase = text.slice(start + strip, last);
    const named = namedUpTo(last, genericSourceName(head, words) ?? phrase, phrase, GENERIC_HEADS.get(head) ?? 'agency');
    return {
      mention: {
        start: start + strip, end: named.end, source: named.source, sourceArabic: named.arabic, kind: named.kind,
        accepted: true, nameStart: start + strip, nameEnd: named.end,
      },
      resumeAt: named.end,
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
    ensureContext();
    let p = end;
    while (p < text.length && isSpace(text.charCodeAt(p)) && p - end < 2) p++;
    let nameStart: number;
    let nameEnd: number;
    let spanEnd: number;
    // A name in brackets counts too: موقع (الرصد اليومي) الإخباري، إذاعة (صوت المدينة إف.إم).
    const quotedName = p < text.length && OPEN_MARKS.includes(text[p]);
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
      // A known name is matched at its own word; a name that only starts like one (ديلي سبورت
      // beside ديلي ميل) is the descriptor's.
      if (knownPrefix(words.map(keyOf))) return undefined;
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
    let accepted = !employer && !inAscii && depth === 0;
    if (accepted) {
      const cue = cueDistance(1);
      accepted = cue <= 8 || (lam && cue <= 14) || (prepBefore && cue <= 12);
    }
    if (quotedName && accepted && innerWords.length > 0) {
      const list = learned.get(innerWords[0]) ?? [];
      list.push({ words: innerWords, entry, raw: inner });
      learned.set(innerWords[0], list);
      learnedBits = LEARNED_BITS;
      const h = hashOf(innerWords[0]);
      learnedWords.push(...setBit(learnedBits, h));
    }
    const keep = accepted || nameStart - lineStart <= HEAD_LIMIT;
    return {
      mention: keep ? { start: start + d.strip, end: spanEnd, source: inner, sourceArabic: inner, kind, accepted, nameStart, nameEnd } : undefined,
      resumeAt: spanEnd,
    };
  }

  /** Whether some gazetteer name is the whole of `keys` or its start. */
  function knownPrefix(keys: readonly string[]): boolean {
    for (const name of gaz.byFirstWord.get(keys[0]) ?? []) {
      if (name.words.length <= keys.length && name.words.every((w, j) => w === keys[j])) return true;
    }
    return false;
  }

  /** The closing mark of the quote opened at `open`, on the same line and within 60 characters, or -1. */
  function closingMark(open: number): number {
    const o = text[open];
    const want = o === '«' ? '»' : o === '“' ? '”' : o === '„' ? '“' : o === '‹' ? '›' : o === '(' ? ')' : o;
    for (let p = open + 1; p < text.length && p - open <= 60; p++) {
      const c = text[p];
      if (c === '\n') return -1;
      if (c === want || (o === '“' && c === '“')) return p;
    }
    return -1;
  }
}

function isNewsWord(k: string): boolean {
  return k === 'الاخبار' || k === 'انباء' || k === 'الانباء' || k === 'اعلام' || k === 'الاعلام' || k === 'اعلاميه' || k === 'الاعلاميه';
}

const GENERIC_ADJECTIVES = new Set([
  'متخصصه', 'محليه', 'رسميه', 'الرسميه', 'الرسمي', 'رسمي', 'حكوميه', 'الحكوميه', 'الحكومي', 'اخباريه',
  'مطلعه', 'مختلفه', 'عده', 'عديده', 'كبري', 'الكبري', 'غربيه', 'عربيه', 'محلي', 'المحلي', 'المحليه', 'رسميا',
]);
