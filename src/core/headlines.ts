/**
 * `Speaker: what was said` titles and subheadings (الكرملين: التعاون "سيستمر"). The part before the
 * colon is a speaker only when the article names that source elsewhere, or it is an unnamed source
 * (مصدر لشبكتنا): a title such as `رسائل متضاربة: ...` is not a statement.
 */
import type { QuoteSpan, Section } from './types';
import type { DraftStatement } from './statements';
import type { SpeakerRegistry } from './resolution';
import { lineContext } from './lineContext';
import { classify, isTermQuote } from './content';
import { splitMention } from './speakers';
import { wordsUpTo, type Line } from './tokens';

const MAX_SPEAKER_WORDS = 5;

export function headlineStatements(
  text: string, sections: readonly Section[], lineOf: (offset: number) => Line, quotesOf: (line: Line) => readonly QuoteSpan[],
  registry: SpeakerRegistry,
): DraftStatement[] {
  const out: DraftStatement[] = [];
  for (const sec of sections) {
    // Within the section's own text: a search of the document from there would run on to the next
    // colon anywhere, and a file of short lines without one made that quadratic.
    const colonAt = sec.title.indexOf(':');
    if (colonAt < 0) continue;
    const colon = sec.start + colonAt;
    const left = text.slice(sec.start, colon).trim();
    const words = left.split(/\s+/).filter(Boolean);
    if (words.length === 0 || words.length > MAX_SPEAKER_WORDS || /[0-9"«»“”]/.test(left)) continue;
    let s = colon + 1;
    while (s < sec.end && /\s/.test(text[s])) s++;
    if (wordsUpTo(text, s, sec.end, 2) < 2) continue;
    const parts = splitMention(words);
    const known = registry.lookup(left);
    if (known === undefined && parts.type !== 'unnamed') continue;
    const line = lineOf(sec.start);
    const ctx = lineContext(text, line, quotesOf(line));
    const mentionStart = text.indexOf(left, sec.start);
    const mention = { text: left, start: mentionStart, end: mentionStart + left.length };
    const speaker = registry.resolve(known !== undefined ? { name: known.name, type: known.type, roleOnly: false } : parts, mention);
    const whole = ctx.quotes.find(q => q.start === s && q.end === sec.end && !isTermQuote(text, q));
    const content = whole !== undefined
      ? { text: text.slice(whole.inner.start, whole.inner.end), start: whole.inner.start, end: whole.inner.end }
      : { text: text.slice(s, sec.end), start: s, end: sec.end };
    out.push({
      speaker, mention, kind: whole !== undefined ? 'direct' : classify(ctx, s, sec.end), content, line: line.number, headline: true,
      cue: { start: colon, end: colon + 1, kind: 'headline', lemma: ':' },
    });
  }
  return out;
}
