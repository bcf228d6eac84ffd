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

interface Pattern {
  readonly rec: SpeakerRecord;
  readonly words: readonly string[];
}

function patterns(records: readonly SpeakerRecord[]): Map<string, Pattern[]> {
  const byFirst = new Map<string, Pattern[]>();
  const add = (rec: SpeakerRecord, words: readonly string[]): void => {
    if (words.length === 0 || words.every(w => TITLES.has(w)) || words.join('').length < 3) return;
    const list = byFirst.get(words[0]) ?? [];
    if (!list.some(p => p.rec === rec && p.words.join(' ') === words.join(' '))) list.push({ rec, words });
    byFirst.set(words[0], list);
  };
  for (const rec of records) {
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
  for (const line of lines) {
    if (line.end - line.start < 2) continue;
    const toks = tokenize(text, line.start, line.end).filter(t => t.word);
    const keys = toks.map(t => wordKey(t.norm));
    for (let i = 0; i < toks.length; i++) {
      const list = byFirst.get(keys[i]);
      if (list === undefined) continue;
      for (const p of list) {
        let ok = true;
        for (let j = 1; j < p.words.length && ok; j++) ok = keys[i + j] === p.words[j];
        if (!ok) continue;
        const start = toks[i].start;
        const end = toks[i + p.words.length - 1].end;
        if (!covered(start)) p.rec.mentions.push({ text: text.slice(start, end), start, end } satisfies TextSpan);
        i += p.words.length - 1;
        break;
      }
    }
  }
  for (const r of records) r.mentions.sort((a, b) => a.start - b.start);
}
