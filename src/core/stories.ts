import type { Line } from './tokens';

/**
 * A long document (a wire digest, a day's paper pasted whole) is read story by story: a story ends
 * at a blank line once it holds STORY_CHARS characters, or at any line break once it holds twice
 * that. Each story has its own speakers, so a name said in one article is not taken for a namesake
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

export function isBlank(text: string, line: Line): boolean {
  for (let i = line.start; i < line.end; i++) {
    const c = text.charCodeAt(i);
    if (!(c === 32 || c === 9 || c === 0xa0 || c === 0xfeff)) return false;
  }
  return true;
}
