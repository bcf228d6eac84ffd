/**
 * The outlet gazetteer compiled for matching: a first-word index over normalized word sequences, so
 * the scanner does one map look-up per word of the text whatever the size of the gazetteer.
 */
import { OUTLETS, type OutletEntry } from '../lexicon/outlets';
import type { AnalyzeOptions, CreditKind } from '../types';
import { wordKey, splitWords } from './wordKey';

export interface OutletName {
  /** The name's words after `wordKey`; the first one is the index key. */
  readonly words: readonly string[];
  readonly entry: OutletEntry;
  /** The spelling as listed; a one-word name of three letters or fewer must be written exactly so (وام, not وأم "and a mother"). */
  readonly raw: string;
}

export interface Gazetteer {
  /** First word -> candidate names, longest first so the longest spelling wins. */
  readonly byFirstWord: ReadonlyMap<string, readonly OutletName[]>;
}

/** Latin acronyms (AP, AFP, RT) are matched in capitals only: `ap` or `rt` inside Latin text is noise. */
function latinKey(word: string): string {
  return word.length <= 4 && /^[A-Z]+$/.test(word) ? word : word.toLowerCase();
}

export function compileGazetteer(entries: readonly OutletEntry[]): Gazetteer {
  const map = new Map<string, OutletName[]>();
  for (const entry of entries) {
    for (const name of entry.names) {
      const words = splitWords(name).map(w => (/^[A-Za-z]/.test(w) ? latinKey(w) : wordKey(w)));
      if (words.length === 0) continue;
      const list = map.get(words[0]) ?? [];
      list.push({ words, entry, raw: name });
      map.set(words[0], list);
    }
  }
  for (const list of map.values()) list.sort((a, b) => b.words.length - a.words.length);
  return { byFirstWord: map };
}

let builtin: Gazetteer | undefined;

/** The built-in gazetteer, compiled once. */
export function builtinGazetteer(): Gazetteer {
  builtin ??= compileGazetteer(OUTLETS);
  return builtin;
}

const cache = new WeakMap<object, Gazetteer>();

/** The built-in gazetteer plus the user's extra agencies (settings), cached per options list. */
export function gazetteerFor(options: AnalyzeOptions): Gazetteer {
  const extra = options.extraAgencies;
  if (!extra || extra.length === 0) return builtinGazetteer();
  const hit = cache.get(extra);
  if (hit) return hit;
  const entries: OutletEntry[] = [...OUTLETS];
  for (const a of extra) {
    if (typeof a?.name !== 'string' || a.name.trim() === '') continue;
    entries.push({ source: a.canonical || a.name, arabic: a.name, kind: a.kind ?? 'agency', names: [a.name] });
  }
  const g = compileGazetteer(entries);
  cache.set(extra, g);
  return g;
}

/**
 * Is this phrase an outlet? For the speaker finder: `قالت صحيفة واشنطن بوست` has an outlet as its
 * speaker. Leading clitics and a descriptor word (صحيفة، وكالة، قناة) are allowed; quotation marks
 * around the name are ignored.
 */
export function lookupOutlet(
  phrase: string,
  options: AnalyzeOptions = {},
): { source: string; sourceArabic?: string; kind: CreditKind } | undefined {
  const gaz = gazetteerFor(options);
  const words = splitWords(phrase).map(w => (/^[A-Za-z]/.test(w) ? latinKey(w) : wordKey(w)));
  const tryFrom = (i: number): OutletName | undefined => {
    for (const variant of keyVariants(words[i] ?? '')) {
      for (const cand of gaz.byFirstWord.get(variant) ?? []) {
        if (cand.words.length !== words.length - i) continue;
        if (cand.words.every((w, j) => j === 0 || w === words[i + j])) return cand;
      }
    }
    return undefined;
  };
  const found = tryFrom(0) ?? (words.length > 1 && isDescriptorWord(words[0]) ? tryFrom(1) : undefined);
  if (!found) return undefined;
  return { source: found.entry.source, sourceArabic: found.entry.arabic, kind: found.entry.kind };
}

const DESCRIPTOR_KEYS = new Set(['صحيفه', 'جريده', 'وكاله', 'قناه', 'موقع', 'شبكه', 'مجله', 'اذاعه', 'محطه']);

function isDescriptorWord(key: string): boolean {
  return keyVariants(key).some(k => DESCRIPTOR_KEYS.has(k));
}

/**
 * The word itself, then the word without a leading clitic: و ف (and), ب (by), ل (to), their
 * combinations (ول، وب، فل), and لل = ل + ال (للأنباء = ل + الأنباء).
 */
export function keyVariants(key: string): string[] {
  return cliticVariants(key).map(v => v.key);
}

/** Like keyVariants, with how many letters of the written word the clitic takes (للجزيرة: 1). */
export function cliticVariants(key: string): Array<{ key: string; strip: number }> {
  const out = [{ key, strip: 0 }];
  if (key.length < 3) return out;
  const c0 = key[0];
  if (c0 === 'ل' && key[1] === 'ل' && key.length > 3) out.push({ key: 'ا' + key.slice(1), strip: 1 });
  if (c0 === 'و' || c0 === 'ف' || c0 === 'ب' || c0 === 'ل') {
    out.push({ key: key.slice(1), strip: 1 });
    const c1 = key[1];
    if ((c0 === 'و' || c0 === 'ف') && (c1 === 'ل' || c1 === 'ب') && key.length > 3) {
      out.push({ key: key.slice(2), strip: 2 });
      if (c1 === 'ل' && key[2] === 'ل' && key.length > 4) out.push({ key: 'ا' + key.slice(2), strip: 2 });
    }
  }
  return out;
}
