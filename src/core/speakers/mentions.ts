/**
 * Every place a speaker is named, so the editor can highlight short forms too: once the article
 * has said دميتري بيسكوف, each later بيسكوف is the same person. Names are matched word by word
 * after normalization, in one pass over the text.
 */
import type { Speaker, TextSpan } from '../types';
import type { SpeakerRecord } from './resolution';
import { cliticUnits, wordKey } from './speakers';
import { TITLES } from '../lexicon/grammar';
import { isWordChar, type Line, type Tokens } from '../text/tokens';
import { FOLDED_CODES, foldsCode, normalizeArabic } from '../text/normalize';
import { HASH_SEED, finishHash, hashStep, wordHash } from '../text/wordFilter';
import { EndingFilter, KeyFilter, scanWords, sharedTable, tableBytes, visitWords } from '../text/wordScan';

interface Pattern {
  readonly rec: SpeakerRecord;
  readonly words: readonly string[];
  /** The stretch of text where this speaker's mentions are searched. */
  readonly from: number;
  readonly to: number;
  /** Where the scan found this record's name, as start/end pairs in text order (shared by its patterns). */
  readonly found: number[];
}

/** How far before and after each of its bound mentions a speaker's name is searched. */
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
  next?: Level;
  /** The word key this node is reached by, and the next node of its level whose key hashes alike. */
  readonly key: string;
  collide?: Node;
}

/** A word's folded code units, as `normalizeArabic` leaves them (a longer word goes the string way). */
const UNITS = new Int32Array(64);

/**
 * One level of the tree: its nodes by word key, and by the hash of the key so that a word of the
 * text is looked up from its code units, without making its string (a document of thousands of
 * articles looks up millions of words, most of them names' first words that lead nowhere).
 */
class Level {
  readonly byKey = new Map<string, Node>();
  private readonly byHash = new Map<number, Node>();

  node(key: string): Node {
    let node = this.byKey.get(key);
    if (node === undefined) {
      node = { key, patterns: [] };
      this.byKey.set(key, node);
      const h = wordHash(key);
      node.collide = this.byHash.get(h);
      this.byHash.set(h, node);
    }
    return node;
  }

  /** The node of `text[s, e)` keyed as `wordKey(normalizeArabic(word))` (speakers.ts), if any. */
  find(text: string, s: number, e: number): Node | undefined {
    if (e - s > UNITS.length) return this.byKey.get(wordKey(normalizeArabic(text.slice(s, e))));
    let n = 0;
    for (let i = s; i < e; i++) {
      const c = text.charCodeAt(i);
      const f = c < 0x700 ? FOLDED_CODES[c] : foldsCode(c) ? -1 : c;
      if (f >= 0) UNITS[n++] = f;
    }
    const from = cliticUnits(n, UNITS[0], UNITS[1], UNITS[2]);
    let h = HASH_SEED;
    for (let i = from; i < n; i++) h = hashStep(h, UNITS[i]);
    for (let node = this.byHash.get(finishHash(h, n - from)); node !== undefined; node = node.collide) {
      if (node.key.length === n - from && sameUnits(node.key, from)) return node;
    }
    return undefined;
  }
}

function sameUnits(key: string, from: number): boolean {
  for (let k = 0; k < key.length; k++) if (key.charCodeAt(k) !== UNITS[from + k]) return false;
  return true;
}

function patterns(records: readonly SpeakerRecord[], found: ReadonlyMap<SpeakerRecord, number[]>, topicStarts: readonly number[]): Level {
  const root = new Level();
  const add = (rec: SpeakerRecord, words: readonly string[], from: number, to: number): void => {
    let letters = 0;
    for (const w of words) letters += w.length;
    if (words.length === 0 || letters < 3 || words.every(w => TITLES.has(w))) return;
    let level = root;
    let node: Node | undefined;
    for (let j = 0; j < words.length; j++) {
      node = level.node(words[j]);
      if (j + 1 < words.length) level = node.next ??= new Level();
    }
    // The same words of the same record (a surname that is also a whole key) are one pattern; a
    // record's patterns for one stretch are added one after the other, so the last is the one to ask.
    const last = node!.patterns[node!.patterns.length - 1];
    if (last !== undefined && last.rec === rec && last.from === from) return;
    node!.patterns.push({ rec, words, from, to, found: found.get(rec)! });
  };
  for (const rec of records) {
    // A source is looked for within its topic only: the next article of a digest has its own.
    const topicStart = topicStarts[rec.topic] ?? -Infinity;
    const topicEnd = topicStarts[rec.topic + 1] ?? Infinity;
    for (const [reachFrom, reachTo] of reachOf(rec.mentions)) {
      const from = Math.max(reachFrom, topicStart);
      const to = Math.min(reachTo, topicEnd - 1);
      if (from > to) continue;
      for (const key of rec.keys) {
        add(rec, key, from, to);
        // A person's surname alone is a short form: بيسكوف for دميتري بيسكوف.
        if (rec.type === 'person' && key.length >= 2 && key[key.length - 1].length >= 3) add(rec, [key[key.length - 1]], from, to);
      }
    }
  }
  return root;
}

/**
 * The stretches of text within REACH of a speaker's bound mentions (in text order), merged where
 * they overlap: a speaker who talks in the first and the last of a thousand articles is not looked
 * for in between.
 */
function reachOf(bound: readonly TextSpan[]): [number, number][] {
  const out: [number, number][] = [];
  for (const m of bound) {
    const last = out[out.length - 1];
    if (last !== undefined && m.start - REACH <= last[1]) last[1] = Math.max(last[1], m.end + REACH);
    else out.push([m.start - REACH, m.end + REACH]);
  }
  return out;
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
 * Each record's mentions: those bound to its statements (`rec.mentions`) and the other places its
 * names occur, as start/end pairs in text order. One document of thousands of articles names its
 * speakers over a million times; a pair of numbers holds a mention in 8 bytes where a span object
 * took about 60.
 * `lineTokens` holds the tokens of the lines the statement finder tokenized, by line start (a long
 * line's pieces share its number), when it kept them: their words are visited from the tokens
 * instead of being found in the text again. `topicStarts` holds where each topic of the story
 * starts (SpeakerRegistry.newTopic), by topic number. With `wanted`, only those records' mentions
 * are returned (every record still takes the names it wins).
 */
export function collectMentions(
  text: string, lines: readonly Line[], records: readonly SpeakerRecord[], lineTokens?: ReadonlyMap<number, Tokens>,
  topicStarts: readonly number[] = [], wanted?: ReadonlySet<SpeakerRecord>,
): Map<SpeakerRecord, Int32Array> {
  if (records.length === 0) return new Map();
  // Each record's bound mentions in text order (a stable sort: on the same start, as they came).
  for (const r of records) if (r.mentions.length > 1) r.mentions.sort(byStart);
  const found = new Map<SpeakerRecord, number[]>(records.map(r => [r, []]));
  const root = patterns(records, found, topicStarts);
  // Mentions already bound to statements, in text order, so a name inside one is not counted twice.
  const bound: TextSpan[] = [];
  for (const r of records) for (const m of r.mentions) bound.push(m);
  bound.sort(byStart);
  let bi = 0;
  const covered = (start: number): boolean => {
    while (bi < bound.length && bound[bi].end <= start) bi++;
    return bi < bound.length && bound[bi].start <= start;
  };
  // About sixteen bits per key keeps false hits rare, from one article's few names to the thousands
  // of a whole corpus fed as one document (a saturated table would send every word to the map).
  const log2Bits = Math.max(12, Math.ceil(Math.log2(16 * root.byKey.size + 1)));
  const filter = new KeyFilter(log2Bits, sharedTable(0, tableBytes(log2Bits)));
  const endings = new EndingFilter(log2Bits, sharedTable(1, tableBytes(log2Bits)));
  for (const k of root.byKey.keys()) { filter.add(k, true); endings.add(k); }
  let skipUntil = -1;
  const path: Node[] = [];
  const ends: number[] = [];
  let lineEnd = 0;
  const visit = (s: number, e: number): boolean => {
    if (s < skipUntil || !endings.mayEnd(text, s, e, 3)) return false;
    let node = root.find(text, s, e);
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
      const child: Node | undefined = node.next.find(text, i, j);
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
      if (!covered(s)) p.found.push(s, end);
      skipUntil = end;
      break;
    }
    return false;
  };
  for (const line of lines) {
    if (line.end - line.start < 2) continue;
    lineEnd = line.end;
    const toks = lineTokens?.get(line.start);
    if (toks !== undefined) visitWords(text, toks, filter, visit);
    else scanWords(text, line.start, line.end, filter, true, visit);
  }
  const out = new Map<SpeakerRecord, Int32Array>();
  for (const r of records) if (wanted === undefined || wanted.has(r)) out.set(r, merged(r.mentions, found.get(r)!));
  return out;
}

/**
 * A record's mentions bound to statements (in text order) and those the scan found, as start/end
 * pairs in text order; on the same start the bound one comes first.
 */
function merged(sorted: readonly TextSpan[], found: readonly number[]): Int32Array {
  const out = new Int32Array(2 * sorted.length + found.length);
  let b = 0;
  let f = 0;
  let o = 0;
  while (b < sorted.length || f < found.length) {
    if (f >= found.length || b < sorted.length && sorted[b].start <= found[f]) {
      out[o++] = sorted[b].start;
      out[o++] = sorted[b++].end;
    } else {
      out[o++] = found[f++];
      out[o++] = found[f++];
    }
  }
  return out;
}

const byStart = (a: TextSpan, b: TextSpan): number => a.start - b.start;

/** The mentions of `speaker` as spans of `text`, the text it was analysed from (for views that want strings). */
export function mentionSpans(speaker: Speaker, text: string): TextSpan[] {
  const m = speaker.mentions;
  const out: TextSpan[] = [];
  for (let i = 0; i + 1 < m.length; i += 2) out.push({ text: text.slice(m[i], m[i + 1]), start: m[i], end: m[i + 1] });
  return out;
}
