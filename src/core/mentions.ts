/**
 * Every place a speaker is named, so the editor can highlight short forms too: once the article
 * has said دميتري بيسكوف, each later بيسكوف is the same person. Names are matched word by word
 * after normalization, in one pass over the text.
 */
import type { TextSpan } from './types';
import type { SpeakerRecord } from './resolution';
import { wordKey } from './speakers';
import { TITLES } from './lexicon/grammar';
import { isWordChar, type Line, type Token } from './tokens';
import { normalizeArabic } from './normalize';
import { EndingFilter, KeyFilter, scanWords, sharedTable, tableBytes, visitWords } from './wordScan';

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

/**
 * The names to look for, as a tree of words: a node is a word sequence, its `patterns` the records
 * named by exactly that sequence. At a word the scan walks down as far as the following words lead,
 * so a word is compared with the few names that go on as the text does, not with every name
 * sharing its first word (in one document of thousands of articles, hundreds share وزارة or الرئيس).
 */
interface Node {
  /** Patterns spelled by this node's words, in the order records were created. */
  readonly patterns: Pattern[];
  reach?: InReach;
  next?: Map<string, Node>;
}

function patterns(records: readonly SpeakerRecord[]): Map<string, Node> {
  const root = new Map<string, Node>();
  const add = (rec: SpeakerRecord, words: readonly string[], from: number, to: number): void => {
    let letters = 0;
    for (const w of words) letters += w.length;
    if (words.length === 0 || letters < 3 || words.every(w => TITLES.has(w))) return;
    let level = root;
    let node: Node | undefined;
    for (let j = 0; j < words.length; j++) {
      node = level.get(words[j]);
      if (node === undefined) { node = { patterns: [] }; level.set(words[j], node); }
      if (j + 1 < words.length) level = node.next ??= new Map();
    }
    // The same words of the same record (a surname that is also a whole key) are one pattern.
    if (node!.patterns.some(p => p.rec === rec)) return;
    node!.patterns.push({ rec, words, from, to });
  };
  for (const rec of records) {
    let first = Infinity;
    let last = -Infinity;
    for (const m of rec.mentions) { first = Math.min(first, m.start); last = Math.max(last, m.end); }
    for (const key of rec.keys) {
      add(rec, key, first - REACH, last + REACH);
      // A person's surname alone is a short form: بيسكوف for دميتري بيسكوف.
      if (rec.type === 'person' && key.length >= 2 && key[key.length - 1].length >= 3) add(rec, [key[key.length - 1]], first - REACH, last + REACH);
    }
  }
  return root;
}

/**
 * The patterns of one node that are in reach of the scan position, in their order of preference.
 * The scan only moves forward, so a pattern joins once the scan reaches its `from` and leaves for
 * good after its `to`: one document of thousands of articles names many people محمد, and a word is
 * compared only with the few in reach.
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

/**
 * Adds to each record's `mentions` the places its names occur that are not already recorded.
 * `lineTokens` holds the tokens of the lines the statement finder tokenized, when it kept them:
 * their words are visited from the tokens instead of being found in the text again.
 */
export function collectMentions(
  text: string, lines: readonly Line[], records: readonly SpeakerRecord[], lineTokens?: ReadonlyMap<number, readonly Token[]>,
): void {
  if (records.length === 0) return;
  const root = patterns(records);
  // Mentions already bound to statements, in text order, so a name inside one is not counted twice.
  const bound = records.flatMap(r => r.mentions).sort((a, b) => a.start - b.start);
  let bi = 0;
  const covered = (start: number): boolean => {
    while (bi < bound.length && bound[bi].end <= start) bi++;
    return bi < bound.length && bound[bi].start <= start;
  };
  // About sixteen bits per key keeps false hits rare, from one article's few names to the thousands
  // of a whole corpus fed as one document (a saturated table would send every word to the map).
  const log2Bits = Math.max(12, Math.ceil(Math.log2(16 * root.size + 1)));
  const filter = new KeyFilter(log2Bits, sharedTable(0, tableBytes(log2Bits)));
  const endings = new EndingFilter(log2Bits, sharedTable(1, tableBytes(log2Bits)));
  for (const k of root.keys()) { filter.add(k, true); endings.add(k); }
  let skipUntil = -1;
  const path: Node[] = [];
  const ends: number[] = [];
  let lineEnd = 0;
  const visit = (s: number, e: number): boolean => {
    if (s < skipUntil || !endings.mayEnd(text, s, e, 3)) return false;
    let node = root.get(wordKey(normalizeArabic(text.slice(s, e))));
    if (node === undefined) return false;
    // Down the tree as far as the next words lead (punctuation between them is passed over).
    let depth = 0;
    path[0] = node;
    ends[0] = e;
    const limit = Math.min(lineEnd, s + 160);
    let i = e;
    while (node.next !== undefined) {
      while (i < limit && !isWordChar(text.charCodeAt(i))) i++;
      if (i >= limit) break;
      let j = i + 1;
      while (j < limit && isWordChar(text.charCodeAt(j))) j++;
      const child: Node | undefined = node.next.get(wordKey(normalizeArabic(text.slice(i, j))));
      if (child === undefined) break;
      node = child;
      path[++depth] = node;
      ends[depth] = j;
      i = j;
    }
    // The longest name in reach wins; among records of the same name, the earliest.
    for (; depth >= 0; depth--) {
      const here = path[depth];
      if (here.patterns.length === 0) continue;
      const p = (here.reach ??= new InReach(here.patterns)).at(s)[0];
      if (p === undefined) continue;
      const end = ends[depth];
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
  };
  for (const line of lines) {
    if (line.end - line.start < 2) continue;
    lineEnd = line.end;
    const toks = lineTokens?.get(line.number);
    if (toks !== undefined) visitWords(text, toks, filter, visit);
    else scanWords(text, line.start, line.end, filter, true, visit);
  }
  for (const r of records) r.mentions.sort((a, b) => a.start - b.start);
}

function spelledAt(text: string, start: number, end: number, spelling: string): boolean {
  if (end - start !== spelling.length) return false;
  for (let i = 0; i < spelling.length; i++) if (text.charCodeAt(start + i) !== spelling.charCodeAt(i)) return false;
  return true;
}
