/**
 * `Speaker: what was said` titles and subheadings (الكرملين: التعاون "سيستمر"). The part before the
 * colon is a speaker only when the article names that source elsewhere, or it is an unnamed source
 * (مصدر لشبكتنا): a title such as `رسائل متضاربة: ...` is not a statement.
 */
import type { QuoteSpan, Section } from '../types';
import type { DraftStatement } from './statements';
import type { SpeakerRecord, SpeakerRegistry } from '../speakers/resolution';
import { lineContext } from '../text/lineContext';
import { classify, isTermQuote } from './content';
import { splitMention, type MentionParts } from '../speakers/speakers';
import { wordsUpTo, type Line } from '../text/tokens';

const MAX_SPEAKER_WORDS = 5;

/** The speaker's side of a headline, without the outlet spoken to: العلي لـ"الوطن" -> العلي. */
function speakerSide(raw: string): string {
  // A title of two parts puts the speaker after the first: تركيا تسمح بالزيارة.. وأوغلو: ...
  const cut = Math.max(raw.lastIndexOf('..'), raw.lastIndexOf('،'), raw.lastIndexOf(' - '), raw.lastIndexOf('|'));
  const tail = cut >= 0 ? raw.slice(cut).replace(/^(\.\.|،| - |\|)/, '') : raw;
  return tail.trim().replace(/\s+ل[ـ]?\s*["«“][^"«»“”]*["»”]$/, '').trim();
}

/** The source a headline's speaker side names: by name or role, with or without a leading و / ف. */
function knownSource(registry: SpeakerRegistry, left: string, parts: MentionParts): SpeakerRecord | undefined {
  const known = registry.lookup(left);
  if (known !== undefined) return known;
  if (/^[وف]\S{3,}/.test(left)) {
    const bare = registry.lookup(left.slice(1));
    if (bare !== undefined) return bare;
  }
  return parts.roleOnly || parts.type === 'unnamed' ? registry.holderOfTitle(left) : undefined;
}

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
    const left = speakerSide(text.slice(sec.start, colon));
    const words = left.split(/\s+/).filter(Boolean);
    if (words.length === 0 || words.length > MAX_SPEAKER_WORDS || /[0-9"«»“”]/.test(left)) continue;
    let s = colon + 1;
    while (s < sec.end && /\s/.test(text[s])) s++;
    if (wordsUpTo(text, s, sec.end, 2) < 2) continue;
    const parts = splitMention(words);
    const known = knownSource(registry, left, parts);
    if (known === undefined && parts.type !== 'unnamed') continue;
    const line = lineOf(sec.start);
    const ctx = lineContext(text, line, quotesOf(line));
    const mentionStart = text.indexOf(left, sec.start);
    if (mentionStart < 0 || mentionStart > colon) continue;
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
