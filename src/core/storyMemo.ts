/**
 * What an analysis keeps of each story it read (stories.ts), so that the analysis of an edited
 * version of the same text reads again only the stories the edit touched. A story's statements,
 * speakers, quotes and credits depend on its own lines alone, so a story met again is only moved to
 * where it now starts: the result is the one a fresh analysis gives. An article is one story and
 * gains nothing; a long document edited in one place reads one story of it instead of all.
 */
import type { AnalyzeOptions, Credit, QuoteIssue, QuoteSpan, TextSpan } from './types';
import type { CueFields } from './rows';
import type { DraftStatement } from './statements/statements';
import type { SpeakerRecord } from './speakers/resolution';

/** One story as the analysis read it, offsets and line numbers in the text it was read from. */
export interface StoryResult {
  /** Offset of the story's first character, and the number of its first line. */
  readonly start: number;
  readonly firstLine: number;
  /** Whether the story holds the text's title line (which the outline reads by a rule of its own). */
  readonly titled: boolean;
  readonly drafts: readonly DraftStatement[];
  readonly mentions: ReadonlyMap<SpeakerRecord, Int32Array>;
  readonly quotes: readonly QuoteSpan[];
  readonly issues: readonly QuoteIssue[];
  readonly looseCues: readonly CueFields[];
  readonly credits: readonly Credit[];
}

/**
 * The stories of the last analysis of one document, by their text. Pass the same memo to each
 * `analyze` of that document; a memo holds about what the document's analysis holds, and forgets
 * every story when the options change.
 */
export class StoryMemo {
  private options: string | undefined;
  private stories = new Map<string, StoryResult>();
  private next = new Map<string, StoryResult>();
  private recalled = 0;

  /** Starts an analysis with these options. */
  begin(options: AnalyzeOptions): void {
    const key = JSON.stringify(options);
    if (key !== this.options) this.stories.clear();
    this.options = key;
    this.next = new Map();
    this.recalled = 0;
  }

  /** The story whose text is `key`, moved to `start` / `firstLine`, if the last analysis read it. */
  recall(key: string, start: number, firstLine: number, titled: boolean): StoryResult | undefined {
    const known = this.stories.get(key);
    if (known === undefined || known.titled !== titled) return undefined;
    const moved = moveStory(known, start, firstLine);
    this.next.set(key, moved);
    this.recalled++;
    return moved;
  }

  remember(key: string, story: StoryResult): void {
    this.next.set(key, story);
  }

  /** Ends the analysis: from now on the memo holds the stories it read, and only those. */
  end(): void {
    this.stories = this.next;
    this.next = new Map();
  }

  /** Stories held, and how many of them the last analysis took from the memo instead of reading them. */
  get size(): number {
    return this.stories.size;
  }

  get reused(): number {
    return this.recalled;
  }
}

/** A copy of `span` moved `by` characters. */
export function shifted<T extends { readonly start: number; readonly end: number }>(span: T, by: number): T {
  return { ...span, start: span.start + by, end: span.end + by };
}

/** The story as read at `start` / `firstLine` (the same objects when it has not moved). */
function moveStory(story: StoryResult, start: number, firstLine: number): StoryResult {
  const d = start - story.start;
  const dl = firstLine - story.firstLine;
  if (d === 0 && dl === 0) return story;
  const span = <T extends { readonly start: number; readonly end: number }>(s: T): T => shifted(s, d);
  const mentions = new Map<SpeakerRecord, Int32Array>();
  for (const [record, pairs] of story.mentions) mentions.set(record, pairs.map(offset => offset + d));
  return {
    start, firstLine, titled: story.titled,
    drafts: story.drafts.map(s => ({
      ...s, cue: span(s.cue), mention: s.mention === null ? null : span<TextSpan>(s.mention), content: span(s.content), line: s.line + dl,
    })),
    mentions,
    quotes: story.quotes.map(q => ({ ...span(q), inner: span(q.inner) })),
    issues: story.issues.map(span),
    looseCues: story.looseCues.map(span),
    credits: story.credits.map(span),
  };
}
