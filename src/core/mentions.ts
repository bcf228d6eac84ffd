/**
 * Every place a speaker is named, so the editor can highlight short forms too: once the article
 * has said دميتري بيسكوف, each later بيسكوف is the same person. Names are matched word by word
 * after normalization, in one pass over the text.
 */
import type { TextSpan } from './types';
import type { SpeakerRecord } from './resolution';
import { wordKey } from './speakers';
import { TITLES } from './lexicon/grammar';
import { isWordChar, type Line } from './tokens';
import { normalizeArabic } from './normalize';
import { EndingFilter, KeyFilter, scanWords } from './wordScan';

interface Pattern {
  readonly rec: SpeakerRecord;
  readonly words: readonly string[];
  /** The stretch of text where this speaker's mentions are searched. */
  readonly from: number;
  readonly to: number;
  /** The text of this pattern's latest mention, shared by the next ones spelled the same. */
  spelling?: string;
}

/** How far before its first and after its last bound mention a speaker's name is searched. */
const REACH = 20000;

function patterns(records: readonly SpeakerRecord[]): Map<string, Pattern[]> {
  const byFirst = new Map<string, Pattern[]>();
  const seen = new Set<string>();
  let id = 0;
  const add = (rec: SpeakerRecord, words: readonly string[]): void => {
    if (words.length === 0 || words.every(w => TITLES.has(w)) || words.join('').length < 3) return;
    const tag = `${id} ${words.join(' ')}`;
    if (seen.has(tag)) return;
    seen.add(tag);
    const list = byFirst.get(words[0]) ?? [];
    let first = Infinity;
    let last = -Infinity;
    for (const m of rec.mentions) { first = Math.min(first, m.start); last = Math.max(last, m.end); }
    list.push({ rec, words, from: first - REACH, to: last + REACH });
    byFirst.set(words[0], list);
  };
  for (const rec of records) {
    id++;
    for (const key of rec.keys) {
      add(rec, key);
      // A person's surname alone is a short form: بيسكوف for دميتري بيسكوف.
      if (rec.type === 'person' && key.length >= 2 && key[key.length - 1].length >= 3) add(rec, [key[key.length - 1]]);
    }
  }
  for (const list of byFirst.values()) list.sort((a, b) => b.words.length - a.words.length);
  return byFirst;
}

/**
 * The patterns of one first word that are in reach of the scan position, in their order of
 * preference. The scan only moves forward, so a pattern joins once the scan reaches its `from` and
 * leaves for good after its `to`: in one document of thousands of articles a common first word
 * (وزير، السعودية) has hundreds of patterns, and a word is compared only with the few in reach.
 */
class InReach {
  private readonly byFrom: Pattern[];
  private next = 0;
  private readonly rank = new Map<Pattern, number>();
  /** Patterns whose `from` has been passed, by rank; some may have expired (removed when met). */
  private readonly active: Pattern[] = [];

  constructor(preferred: readonly Pattern[]) {
    preferred.forEach((p, i) => this.rank.set(p, i));
    this.byFrom = [...preferred].sort((x, y) => x.from - y.from);
  }

  /** The patterns with `from <= at <= to`, best first; `at` must not decrease between calls. */
  at(at: number): Pattern[] {
    while (this.next < this.byFrom.length && this.byFrom[this.next].from <= at) {
      const p = this.byFrom[this.next++];
      const r = this.rank.get(p)!;
      let k = this.active.length;
      while (k > 0 && this.rank.get(this.active[k - 1])! > r) k--;
      this.active.splice(k, 0, p);
    }
    let w = 0;
    for (const p of this.active) if (p.to >= at) this.active[w++] = p;
    this.active.length = w;
    return this.active;
  }
}

/** Adds to each record's `mentions` the places its names occur that are not already recorded. */
export function collectMentions(text: string, lines: readonly Line[], records: readonly SpeakerRecord[]): void {
  if (records.length === 0) return;
  const byFirst = patterns(records);
  // Mentions already bound to statements, in text order, so a name inside one is not counted twice.
  const bound = records.flatMap(r => r.mentions.map(m => [m.start, m.end] as const)).sort((a, b) => a[0] - b[0]);
  let bi = 0;
  const covered = (start: number): boolean => {
    while (bi < bound.length && bound[bi][1] <= start) bi++;
    return bi < bound.length && bound[bi][0] <= start;
  };
  // About sixteen bits per key keeps false hits rare, from one article's few names to the thousands
  // of a whole corpus fed as one document (a saturated table would send every word to the map).
  const filter = new KeyFilter(Math.max(12, Math.ceil(Math.log2(16 * byFirst.size + 1))));
  const endings = new EndingFilter(Math.max(12, Math.ceil(Math.log2(16 * byFirst.size + 1))));
  for (const k of byFirst.keys()) { filter.add(k, true); endings.add(k); }
  const near = new Map<string, InReach>();
  for (const [word, list] of byFirst) near.set(word, new InReach(list));
  let skipUntil = -1;
  const ends: number[] = [];
  const keys: string[] = [];
  for (const line of lines) {
    if (line.end - line.start < 2) continue;
    scanWords(text, line.start, line.end, filter, true, (s, e) => {
      if (s < skipUntil || !endings.mayEnd(text, s, e, 3)) return false;
      const all = near.get(wordKey(normalizeArabic(text.slice(s, e))))?.at(s);
      if (all === undefined) return false;
      // A speaker is looked for near where it speaks: in one long document of many articles, الوزير
      // of one article is not the minister of the next.
      let longest = 0;
      for (const p of all) if (s >= p.from && s <= p.to && p.words.length > longest) longest = p.words.length;
      if (longest === 0) return false;
      // The words from `s` on (punctuation between them is passed over), only as many as the
      // longest pattern in reach can use.
      let count = 1;
      ends[0] = e;
      if (longest > 1) count = wordsAfter(text, s, Math.min(line.end, s + 160), longest, ends, keys);
      for (const p of all) {
        if (!(s >= p.from && s <= p.to) || p.words.length > count) continue;
        let ok = true;
        for (let j = 1; j < p.words.length && ok; j++) ok = keys[j] === p.words[j];
        if (!ok) continue;
        const end = ends[p.words.length - 1];
        if (!covered(s)) {
          // One document of many articles names a speaker up to hundreds of thousands of times; the
          // spans share one string per spelling instead of each holding a copy of the name.
          if (p.spelling === undefined || !spelledAt(text, s, end, p.spelling)) p.spelling = text.slice(s, end);
          p.rec.mentions.push({ text: p.spelling, start: s, end } satisfies TextSpan);
        }
        skipUntil = end;
        break;
      }
      return false;
    });
  }
  for (const r of records) r.mentions.sort((a, b) => a.start - b.start);
}

function spelledAt(text: string, start: number, end: number, spelling: string): boolean {
  if (end - start !== spelling.length) return false;
  for (let i = 0; i < spelling.length; i++) if (text.charCodeAt(start + i) !== spelling.charCodeAt(i)) return false;
  return true;
}

/**
 * Reads up to `max` words of `text[start, limit)` (as `tokenize` cuts them, punctuation skipped):
 * their ends into `ends` and their name keys into `keys` (the first word's key is not needed and
 * not computed). Returns how many words were read.
 */
function wordsAfter(text: string, start: number, limit: number, max: number, ends: number[], keys: string[]): number {
  let n = 0;
  let i = start;
  while (i < limit && n < max) {
    if (!isWordChar(text.charCodeAt(i))) { i++; continue; }
    let j = i + 1;
    while (j < limit && isWordChar(text.charCodeAt(j))) j++;
    ends[n] = j;
    keys[n] = n === 0 ? '' : wordKey(normalizeArabic(text.slice(i, j)));
    n++;
    i = j;
  }
  return n;
}
