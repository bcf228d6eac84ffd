/**
 * The outline of an article: its title (the first non-empty line) and subheadings (short lines
 * without sentence punctuation), plus paragraphs repeated verbatim (photo captions often are).
 */
import type { RepeatedParagraph, Section } from './types';
import type { Line } from './tokens';
import { countWords } from './tokens';

const MAX_HEADING_WORDS = 14;
const SENTENCE_PUNCT = /[.!?؟]/;
const ARABIC = /[\u0621-\u064A]/;
const NOT_HEADING = /©|www\.|https?:|@/;

export function findSections(text: string, lines: readonly Line[]): Section[] {
  const out: Section[] = [];
  let seenTitle = false;
  for (const line of lines) {
    const [s, e] = trimmed(text, line.start, line.end);
    if (s >= e) continue;
    const body = text.slice(s, e);
    if (!seenTitle) {
      seenTitle = true;
      if (ARABIC.test(body) && countWords(text, s, e) <= 40) out.push({ title: body, start: s, end: e, level: 1 });
      continue;
    }
    if (countWords(text, s, e) > MAX_HEADING_WORDS || SENTENCE_PUNCT.test(body) || NOT_HEADING.test(body) || !ARABIC.test(body)) continue;
    if (/[:،,]$/.test(body)) continue;
    out.push({ title: body, start: s, end: e, level: 2 });
  }
  return out;
}

export function findRepeatedParagraphs(text: string, lines: readonly Line[]): RepeatedParagraph[] {
  const seen = new Map<string, number>();
  const out: RepeatedParagraph[] = [];
  for (const line of lines) {
    const [s, e] = trimmed(text, line.start, line.end);
    if (e - s < 12) continue;
    const body = text.slice(s, e);
    const first = seen.get(body);
    if (first === undefined) seen.set(body, s);
    else out.push({ start: s, end: e, firstStart: first });
  }
  return out;
}

function trimmed(text: string, start: number, end: number): [number, number] {
  while (start < end && /\s/.test(text[start])) start++;
  while (end > start && /\s/.test(text[end - 1])) end--;
  return [start, end];
}
