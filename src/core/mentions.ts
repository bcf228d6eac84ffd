/**
 * Every place a speaker is named, so the editor can highlight short forms too: once the article
 * has said دميتري بيسكوف, each later بيسكوف is the same person. Names are matched word by word
 * after normalization, in one pass over the text.
 */
import type { TextSpan } from './types';
import type { SpeakerRecord } from './resolution';
import { wordKey } from './speakers';
import { TITLES } from './lexicon/grammar';
import { tokenize, type Line } from './tokens';
import { normalizeArabic } from './normalize';
import { KeyFilter, scanWords } from './wordScan';

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
  const filter = new KeyFilter(12);
  for (const k of byFirst.keys()) filter.add(k, true);
  let skipUntil = -1;
  for (const line of lines) {
    if (line.end - line.start < 2) continue;
    scanWords(text, line.start, line.end, filter, true, (s, e) => {
      if (s < skipUntil) return false;
      const all = byFirst.get(wordKey(normalizeArabic(text.slice(s, e))));
      if (all === undefined) return false;
      // A speaker is looked for near where it speaks: in one long document of many articles, الوزير
      // of one article is not the minister of the next.
      const list = all.filter(p => s >= p.from && s <= p.to);
      if (list.length === 0) return false;
      const multi = list.some(p => p.words.length > 1);
      const toks = multi ? tokenize(text, s, Math.min(line.end, s + 160)).filter(t => t.word) : [{ start: s, end: e }];
      for (const p of list) {
        if (p.words.length > toks.length) continue;
        let ok = true;
        for (let j = 1; j < p.words.length && ok; j++) ok = wordKey((toks[j] as { norm: string }).norm) === p.words[j];
        if (!ok) continue;
        const end = toks[p.words.length - 1].end;
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
