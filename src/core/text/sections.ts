/**
 * The outline of an article: its title (the first non-empty line) and subheadings (short lines
 * without sentence punctuation), plus paragraphs repeated verbatim (photo captions often are).
 */
import type { RepeatedParagraph, Section } from '../types';
import type { Line } from './tokens';
import { wordsUpTo } from './tokens';
import { zeros } from '../rows';

const MAX_HEADING_WORDS = 14;
const SENTENCE_PUNCT = /[.!?؟]/;
const ARABIC = /[\u0621-\u064A]/;
const NOT_HEADING = /©|www\.|https?:|@/;
/** A last character no heading has: SENTENCE_PUNCT's . ! ? ؟ and the lead-in marks : ، , */
const endsNoHeading = (c: number): boolean => c === 46 || c === 33 || c === 63 || c === 0x061f || c === 58 || c === 0x060c || c === 44;

export function findSections(text: string, lines: readonly Line[]): Section[] {
  const out: Section[] = [];
  let seenTitle = false;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    const s = trimStart(text, line.start, line.end);
    const e = trimEnd(text, s, line.end);
    if (s >= e) continue;
    // Most lines are paragraphs: the mark they end with, else their word count, rules them out
    // before any string is made (every test below must pass for a heading, so the cheapest goes first).
    if (seenTitle && (endsNoHeading(text.charCodeAt(e - 1)) || wordsUpTo(text, s, e, MAX_HEADING_WORDS) > MAX_HEADING_WORDS)) continue;
    const body = text.slice(s, e);
    if (!seenTitle) {
      seenTitle = true;
      if (ARABIC.test(body) && wordsUpTo(text, s, e, 40) <= 40) out.push({ title: body, start: s, end: e, level: 1 });
      continue;
    }
    if (SENTENCE_PUNCT.test(body) || NOT_HEADING.test(body) || !ARABIC.test(body)) continue;
    if (/[:،,]$/.test(body)) continue;
    out.push({ title: body, start: s, end: e, level: 2 });
  }
  return out;
}

/**
 * Paragraphs are compared by a hash of their length and their first and last characters, and only
 * paragraphs with equal hashes character by character: keying a map by the paragraphs themselves
 * would hash and keep a string per paragraph, which for one large document is the whole text over
 * again. Distinct paragraphs sharing a hash are few in prose; past MAX_PER_HASH of them (a made-up
 * table of equal-length rows that differ only in the middle) new ones are not remembered, so the
 * comparisons stay linear in the text.
 */
export function findRepeatedParagraphs(text: string, lines: readonly Line[]): RepeatedParagraph[] {
  // The first occurrences of distinct paragraphs, chained by hash in arrays of numbers (rows.ts
  // zeros: typed for a long text, plain for an article): one document of thousands of articles has
  // a hundred thousand, which as a map of small arrays would be objects the collector copies for as
  // long as the analysis runs.
  const mask = (1 << Math.ceil(Math.log2(2 * lines.length + 2))) - 1;
  const heads = zeros(mask + 1).fill(-1);
  const next = zeros(lines.length);
  const hashes = zeros(lines.length);
  const starts = zeros(lines.length);
  const ends = zeros(lines.length);
  let kept = 0;
  const out: RepeatedParagraph[] = [];
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    const s = trimStart(text, line.start, line.end);
    const e = trimEnd(text, s, line.end);
    if (e - s < 12) continue;
    const h = paragraphHash(text, s, e);
    let first = -1;
    let alike = 0;
    for (let k = heads[h & mask]; k >= 0 && first < 0; k = next[k]) {
      if (hashes[k] !== h) continue;
      alike++;
      if (sameText(text, starts[k], ends[k], s, e)) first = starts[k];
    }
    if (first < 0 && alike < MAX_PER_HASH) {
      hashes[kept] = h;
      starts[kept] = s;
      ends[kept] = e;
      next[kept] = heads[h & mask];
      heads[h & mask] = kept++;
    } else if (first >= 0) {
      out.push({ start: s, end: e, firstStart: first });
    }
  }
  return out;
}

/** Characters hashed at each end of a paragraph: a repeated caption is told apart by its ends. */
const HASHED_ENDS = 48;
const MAX_PER_HASH = 8;

function paragraphHash(text: string, start: number, end: number): number {
  let h = end - start;
  const head = end - start <= 2 * HASHED_ENDS ? end : start + HASHED_ENDS;
  for (let i = start; i < head; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  for (let i = Math.max(head, end - HASHED_ENDS); i < end; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  return h;
}

function sameText(text: string, s1: number, e1: number, s2: number, e2: number): boolean {
  if (e1 - s1 !== e2 - s2) return false;
  for (let i = 0; i < e1 - s1; i++) if (text.charCodeAt(s1 + i) !== text.charCodeAt(s2 + i)) return false;
  return true;
}

/** Whether a code unit is white space as `/\s/` defines it (tested by code, without a one-letter string). */
function isSpace(c: number): boolean {
  return c === 32 || c >= 9 && c <= 13 || c === 0xa0 || c === 0x1680 || c >= 0x2000 && c <= 0x200a || c === 0x2028 || c === 0x2029
    || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}

/**
 * The bounds of `text[start, end)` without its white space, in two calls that return numbers: these
 * loops run once over every line of a document, often before the engine has compiled them, and a
 * pair array per line was then made and read through the iterator protocol.
 */
function trimStart(text: string, start: number, end: number): number {
  while (start < end && isSpace(text.charCodeAt(start))) start++;
  return start;
}

function trimEnd(text: string, start: number, end: number): number {
  while (end > start && isSpace(text.charCodeAt(end - 1))) end--;
  return end;
}
