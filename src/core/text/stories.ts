import type { Line } from './tokens';
import { scanLineQuotes } from './quotes';
import { endsSentence } from './lineContext';

/**
 * A long document (a wire digest, a day's paper pasted whole) is read story by story: a story ends
 * at a blank line once it holds STORY_CHARS characters, or at any line break (or between the
 * pieces of a long line, see readingLines) once it holds twice that. Each story has its own speakers, so a name said in one article is not taken for a namesake
 * twenty articles later, and the work and memory per story stay those of an article. STORY_CHARS
 * is above the length of any news article, which is therefore always read whole.
 */
export const STORY_CHARS = 60_000;

/** The stories of a text, as [first line index, end line index) pairs covering every line. */
export function storiesOf(text: string, lines: readonly Line[]): [number, number][] {
  const out: [number, number][] = [];
  let from = 0;
  for (let i = 0; i < lines.length; i++) {
    const size = lines[i].start - lines[from].start;
    if (size < STORY_CHARS || i === from) continue;
    if (size >= 2 * STORY_CHARS || isBlank(text, lines[i - 1])) { out.push([from, i]); from = i; }
  }
  out.push([from, lines.length]);
  return out;
}

/**
 * A line longer than this is read in pieces (readingLines). No news paragraph comes near it: the
 * longest line of the 14,194 articles of the benchmark corpus has 36,000 characters.
 */
export const LONG_LINE = STORY_CHARS;
/** The pieces of a long line hold at least this many characters, but for the last. */
export const PIECE = LONG_LINE / 2;

/**
 * The lines as the analysis reads them: each line of at most LONG_LINE characters, and a longer one
 * (a file with no line breaks, a pasted digest) as pieces. A piece ends at a sentence end with no
 * quote open (a mark lineContext ends sentences with, followed by a space), the first at least PIECE characters into it; where PIECE more characters bring none,
 * at a space with no quote open. A piece has the number of its line, so statements are placed on
 * it. Without pieces one such line would be one story whatever its size, and what the analysis
 * keeps for a line and a story would grow with it; a story can end between pieces (storiesOf).
 * Returns `lines` itself when no line is long.
 */
export function readingLines(text: string, lines: readonly Line[]): readonly Line[] {
  let out: Line[] | undefined;
  for (let k = 0; k < lines.length; k++) {
    const line = lines[k];
    if (line.end - line.start <= LONG_LINE) out?.push(line);
    else cutLine(text, line, out ??= lines.slice(0, k));
  }
  return out ?? lines;
}

function cutLine(text: string, line: Line, out: Line[]): void {
  const quiet: number[] = [];
  scanLineQuotes(text, line.start, line.end, { quotes: [], issues: [], quiet });
  let start = line.start;
  let q = 0;
  let p = start + PIECE;
  while (line.end - start > LONG_LINE) {
    const loose = p + PIECE;
    let cut = -1;
    for (; q < quiet.length; q += 2) {
      if (quiet[q + 1] <= p) continue;
      const stop = quiet[q + 1];
      for (p = Math.max(p, quiet[q]); p < stop; p++) {
        const c = text.charCodeAt(p);
        if (endsSentence(c) && p + 1 < stop && isSpaceCode(text.charCodeAt(p + 1)) && wordBefore(text, p, start)) { cut = p + 1; break; }
        if (p >= loose && isSpaceCode(c)) { cut = p; break; }
      }
      if (cut >= 0) break;
    }
    if (cut < 0) break;
    let next = cut;
    while (next < line.end && isSpaceCode(text.charCodeAt(next))) next++;
    if (next >= line.end) break;
    out.push({ number: line.number, start, end: cut });
    start = next;
    p = start + PIECE;
  }
  out.push({ number: line.number, start, end: line.end });
}

/** Whether the mark at `p` ends a word of two letters or more (د. before a name is no sentence end). */
function wordBefore(text: string, p: number, start: number): boolean {
  return p - 2 >= start && !isSpaceCode(text.charCodeAt(p - 1)) && !isSpaceCode(text.charCodeAt(p - 2)) && !endsSentence(text.charCodeAt(p - 1));
}

function isSpaceCode(c: number): boolean {
  return c === 32 || c === 9 || c === 0xa0;
}

export function isBlank(text: string, line: Line): boolean {
  for (let i = line.start; i < line.end; i++) {
    const c = text.charCodeAt(i);
    if (!(c === 32 || c === 9 || c === 0xa0 || c === 0xfeff)) return false;
  }
  return true;
}
