/**
 * One pass over the words of the text that finds every outlet mention: gazetteer names (with their
 * clitics peeled: لرويترز، لـCNN، لـ"واشنطن بوست"), the descriptor before them (صحيفة، قناة "..."),
 * a quoted acronym after them (وكالة الأنباء السعودية "واس"), and unnamed sources introduced by an
 * attribution word (نقلت وكالات روسية، كشفت صحيفة يمنية). Each mention carries what the decision in
 * `acceptMention` needs; the scan keeps only a short window of previous words, so it is linear and
 * allocates little on large files.
 */
import type { OutletEntry } from '../lexicon/outlets';
import { DESCRIPTORS, GENERIC_HEADS, SOCIAL_NETWORKS } from '../lexicon/outlets';
import type { CreditKind } from '../types';
import { ATTRIBUTION_PREPS, EMPLOYER_WORDS, isCreditCue, isNisba, withoutConjunction } from './creditContext';
import { keyVariants, type Gazetteer } from './gazetteer';
import { WORD, wordKey } from './wordKey';

export interface OutletMention {
  readonly start: number;
  readonly end: number;
  readonly source: string;
  readonly sourceArabic?: string;
  readonly kind: CreditKind;
  /** True when the context makes it a credit (see acceptMention); datelines may still claim it. */
  readonly accepted: boolean;
  /** Where the bare name starts and ends (without descriptor and quotes), for datelines. */
  readonly nameStart: number;
  readonly nameEnd: number;
}

const WINDOW = 16;
const OPEN_MARKS = '"«“„(\'‹';
const CLOSE_MARKS = '"»”“)\'›';
const CLITIC_TOKENS = new Set(['ل', 'ول', 'فل', 'ب', 'وب', 'فب', 'و', 'ف']);

interface Word {
  start: number;
  end: number;
  key: string;
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
  // Ring of the last WINDOW words, and where the current sentence began (as a word count).
  const ring: Word[] = [];
  for (let i = 0; i < WINDOW; i++) ring.push({ start: 0, end: 0, key: '' });
  let count = 0;
  let sentenceStart = 0;
  let prevEnd = 0;

  /** Reads the word starting at or after `pos` on the same line; undefined past a line end. */
  const peekWord = (pos: number, maxGap: number): { start: number; end: number; key: string } | undefined => {
    let p = pos;
    while (p < text.length && p - pos <= maxGap) {
      const c = text.charCodeAt(p);
      if (c === 10 || c === 13) return undefined;
      peekRe.lastIndex = p;
      const m = peekRe.exec(text);
      if (m) {
        const key = keyOf(m[0]);
        if (key !== '') return { start: p, end: p + m[0].length, key };
      }
      p++;
    }
    return undefined;
  };

  /** Does the name continue with `words[1..]`, separated by spaces, dots or hyphens only? */
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

  const word = (back: number): Word | undefined => (back < count && back <= WINDOW - 1 && back >= 1 ? ring[(count - back) % WINDOW] : undefined);

  /** Distance in words back to the nearest credit cue in the current sentence, or Infinity. */
  const cueDistance = (limit: number): number => {
    for (let b = 1; b <= limit && count - b >= sentenceStart; b++) {
      const w = word(b);
      if (!w) break;
      if (isCreditCue(w.key)) return b;
    }
    return Infinity;
  };

  const gapHas = (from: number, to: number, marks: string): boolean => {
    for (let p = from; p < to; p++) if (marks.includes(text[p])) return true;
    return false;
  };
  const gapIsBlank = (from: number, to: number): boolean => {
    for (let p = from; p < to; p++) if (!isSpace(text.charCodeAt(p))) return false;
    return true;
  };

  const push = (w: Word): void => {
    const slot = ring[count % WINDOW];
    slot.start = w.start;
    slot.end = w.end;
    slot.key = w.key;
    count++;
    prevEnd = w.end;
  };

  let m: RegExpExecArray | null;
  while ((m = re.exec(text)) !== null) {
    const start = m.index;
    const raw = m[0];
    const end = start + raw.length;
    // A sentence ends at a line break or at . ! ? ؟ ؛ followed by space (not inside أ.ف.ب or www.x.com).
    for (let p = prevEnd; p < start; p++) {
      const c = text.charCodeAt(p);
      if (c === 10 || c === 0x061f || c === 63 || c === 33 || c === 0x061b || (c === 46 && p + 1 < text.length && isSpace(text.charCodeAt(p + 1)))) {
        sentenceStart = count;
        break;
      }
    }
    const key = keyOf(raw);
    if (key === '') { prevEnd = end; continue; } // a tatweel standing alone is a dash (دبي ـ العربية.نت)
    const found = matchName(key, start, end);
    if (found) {
      out.push(found.mention);
      push({ start: found.mention.start, end: found.mention.end, key: found.lastKey });
      re.lastIndex = found.resumeAt;
      prevEnd = found.resumeAt;
      continue;
    }
    const generic = matchGeneric(key, start, end);
    if (generic) {
      out.push(generic.mention);
      push({ start: generic.mention.start, end: generic.mention.end, key: '' });
      re.lastIndex = generic.resumeAt;
      prevEnd = generic.resumeAt;
      continue;
    }
    push({ start, end, key });
  }
  return out;

  function matchName(key: string, start: number, end: number): { mention: OutletMention; lastKey: string; resumeAt: number } | undefined {
    const variants = raw0(key);
    for (let v = 0; v < variants.length; v++) {
      const cands = gaz.byFirstWord.get(variants[v]);
      if (!cands) continue;
      for (const cand of cands) {
        const nameEnd = matchRest(cand.words, end);
        if (nameEnd < 0) continue;
        const stripped = strippedLength(key, variants[v]);
        return decide(cand.entry, start + stripped, nameEnd, stripped > 0, start, cand.words[cand.words.length - 1]);
      }
    }
    return undefined;
  }

  function raw0(key: string): string[] {
    return key.charCodeAt(0) < 128 ? [key] : keyVariants(key);
  }

  function strippedLength(key: string, variant: string): number {
    if (variant === key) return 0;
    // لل + word = ل + ال + word: the name (الجزيرة) begins one letter in.
    if (variant.startsWith('ا') && !key.startsWith('ا') && key.length === variant.length) return 1;
    if (variant.startsWith('ا') && key.length === variant.length + 1) return 2;
    return key.length - variant.length;
  }

  function decide(
    entry: OutletEntry, nameStart: number, nameEnd: number, attachedClitic: boolean, tokenStart: number, lastKey: string,
  ): { mention: OutletMention; lastKey: string; resumeAt: number } | undefined {
    if (SOCIAL_NETWORKS.has(lastKey)) return undefined;
    let spanStart = nameStart;
    let spanEnd = nameEnd;
    let resumeAt = nameEnd;
    // Quotation marks right around the name.
    const quotedBefore = tokenStart === nameStart && nameStart > 0 && OPEN_MARKS.includes(text[nameStart - 1]);
    const quotedAfter = nameEnd < text.length && CLOSE_MARKS.includes(text[nameEnd]);
    const quoted = quotedBefore && quotedAfter;
    const prev = word(1);
    const gapStart = prev ? prev.end : 0;
    // A clitic written apart: لـCNN، لـ"واشنطن بوست"، ل«الجزيرة».
    let clitic = attachedClitic;
    let before = prev;
    let beforeBack = 1;
    if (prev && CLITIC_TOKENS.has(prev.key.replace(/ـ/g, '')) && !gapHasSpace(prev.end, tokenStart)) {
      clitic = prev.key.includes('ل') || prev.key.includes('ب');
      before = word(2);
      beforeBack = 2;
    }
    const lam = clitic && (tokenStart !== nameStart ? /[لب]/.test(text.slice(tokenStart, nameStart)) : true);
    // A descriptor just before: صحيفة واشنطن بوست، قناة "روسيا اليوم"، لصحيفة ...
    let descriptor = false;
    if (before && !clitic && beforeBack === 1) {
      const dk = descriptorKey(before.key);
      if (dk && gapIsQuoteOrBlank(before.end, tokenStart)) {
        descriptor = true;
        spanStart = before.start + (before.key.length - dk.length);
      }
    }
    if (descriptor && quoted) { spanEnd = nameEnd + 1; resumeAt = spanEnd; }
    // A quoted or bracketed acronym after a full name: وكالة الأنباء السعودية "واس"، (أ ف ب).
    let source = entry.source;
    let arabic = entry.arabic;
    let kind = entry.kind;
    const extra = quotedAcronymAfter(spanEnd);
    if (extra) {
      spanEnd = extra.end;
      resumeAt = extra.end;
      source = extra.entry.source;
      arabic = extra.entry.arabic;
      kind = extra.entry.kind;
    }
    const afterWord = peekWord(quotedAfter ? nameEnd + 1 : nameEnd, 2);
    const nisbaAfter = afterWord !== undefined && isNisba(afterWord.key);
    const w1 = before;
    const employer = w1 !== undefined && EMPLOYER_WORDS.has(withoutConjunction(descriptor ? word(beforeBack + 1)?.key ?? '' : w1.key));
    const prepBefore = w1 !== undefined && (ATTRIBUTION_PREPS.has(withoutConjunction(w1.key)) || isCreditCue(w1.key));
    const cue = cueDistance(WINDOW - 1);
    let accepted: boolean;
    if (employer) accepted = false;
    else if (entry.ambiguous) {
      accepted = descriptor ? cue <= 10 || prepBefore || lam
        : (quoted || lam) && (prepBefore || lam || nisbaAfter) && (cue <= 12 || nisbaAfter);
    } else if (entry.kind === 'agency') accepted = true;
    else accepted = cue <= 8 || (lam && cue <= 14) || (prepBefore && cue <= 12);
    void gapStart;
    return {
      mention: { start: spanStart, end: spanEnd, source, sourceArabic: arabic, kind, accepted, nameStart, nameEnd },
      lastKey,
      resumeAt,
    };
  }

  function gapHasSpace(from: number, to: number): boolean {
    for (let p = from; p < to; p++) if (isSpace(text.charCodeAt(p))) return true;
    return false;
  }

  function gapIsQuoteOrBlank(from: number, to: number): boolean {
    if (to - from > 3) return false;
    for (let p = from; p < to; p++) {
      const c = text.charCodeAt(p);
      if (!isSpace(c) && !OPEN_MARKS.includes(text[p])) return false;
    }
    return to > from;
  }

  function descriptorKey(key: string): string | undefined {
    for (const v of keyVariants(key)) if (DESCRIPTORS.has(v)) return v;
    return undefined;
  }

  /** A gazetteer name inside quotation marks or brackets right after `pos`: "واس"، (د ب أ). */
  function quotedAcronymAfter(pos: number): { end: number; entry: OutletEntry } | undefined {
    let p = pos;
    while (p < text.length && isSpace(text.charCodeAt(p)) && p - pos < 3) p++;
    if (p >= text.length || !OPEN_MARKS.includes(text[p])) return undefined;
    const first = peekWord(p + 1, 1);
    if (!first || first.start !== p + 1) return undefined;
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
  function matchGeneric(key: string, start: number, end: number): { mention: OutletMention; resumeAt: number } | undefined {
    let head: string | undefined;
    let stripped = 0;
    for (const v of keyVariants(key)) {
      if (GENERIC_HEADS.has(v)) { head = v; stripped = strippedLength(key, v); break; }
    }
    if (!head) return undefined;
    const w1 = word(1);
    const w2 = word(2);
    const cueBefore = (w1 && count - 1 >= sentenceStart && isCreditCue(w1.key))
      || (w1 && w2 && withoutConjunction(w1.key) === 'ما' && isCreditCue(w2.key))
      || (stripped > 0 && w1 && ATTRIBUTION_PREPS.has(withoutConjunction(w1.key)));
    if (!cueBefore) return undefined;
    let last = end;
    let adjectives = 0;
    let p = end;
    for (let i = 0; i < 4; i++) {
      const w = peekWord(p, 2);
      if (!w || !gapIsBlank(p, w.start)) break;
      const k = w.key;
      const isNews = k === 'انباء' || k === 'الانباء' || k === 'اعلام' || k === 'الاعلام' || k === 'اعلاميه' || k === 'الاعلاميه';
      if (isNews || isNisba(k, false) || GENERIC_ADJECTIVES.has(k)) {
        last = w.end;
        p = w.end;
        if (!isNews) adjectives++;
        else if (head === 'وسايل' || head === 'مصادر') adjectives++;
        continue;
      }
      break;
    }
    if (adjectives === 0) return undefined;
    if (head === 'مصادر' && !/اعلام/.test(text.slice(end, last))) return undefined;
    let spanEnd = last;
    let source: string;
    let kind = GENERIC_HEADS.get(head) ?? 'agency';
    const extra = quotedAcronymAfter(last);
    let arabic: string | undefined;
    if (extra) {
      spanEnd = extra.end;
      source = extra.entry.source;
      kind = extra.entry.kind;
      arabic = extra.entry.arabic;
    } else {
      // An unnamed source has no canonical name: the phrase itself names it (وكالات روسية).
      source = text.slice(start + stripped, last);
    }
    void gapHas;
    return {
      mention: {
        start: start + stripped, end: spanEnd, source, sourceArabic: arabic, kind, accepted: true,
        nameStart: start + stripped, nameEnd: spanEnd,
      },
      resumeAt: spanEnd,
    };
  }
}

const GENERIC_ADJECTIVES = new Set([
  'متخصصه', 'محليه', 'رسميه', 'الرسميه', 'الرسمي', 'رسمي', 'حكوميه', 'الحكوميه', 'الحكومي', 'اخباريه',
  'مطلعه', 'مختلفه', 'عده', 'عديده', 'كبري', 'الكبري', 'غربيه', 'عربيه', 'محلي', 'المحلي', 'المحليه', 'رسميا',
]);
