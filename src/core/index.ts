/**
 * The public face of the analysis: `analyze(text, options) -> Analysis`. Offsets index the text as
 * given (a leading BOM, if the caller kept it, is character 0). The analysis works line by line:
 * quotations never cross a line break, and every lexicon look-up is a map hit, so time is linear
 * in the text. Who is who is decided story by story (stories.ts): an article is one story, and a
 * long document of many articles is several.
 *
 * The stages, a folder each: text/ (normalizing, tokens, lines, quotation marks, sections and
 * stories), statements/ (cues, content, the statement of each cue, headlines and quotations standing
 * alone), speakers/ (the speaker phrase after or before the verb, name and role, who is who across
 * the story, mentions), credits/ (outlets, photo credits, datelines); lexicon/ holds the word lists
 * all of them read, and folder/ what many articles add up to.
 */
import type { Analysis, AnalyzeOptions, Credit, Cue, QuoteIssue, QuoteSpan, QuoteStyle, Section } from './types';
import { looksArabic } from './text/normalize';
import { TokenBuffer, splitLines, tokenize, wordsUpTo, type Line, type Tokens } from './text/tokens';
import { scanLineQuotes, type QuoteScan } from './text/quotes';
import { lineContext } from './text/lineContext';
import { BASE_CUE_WORDS, baseLookup, cueWords, findCues, ruledOut, type VerbLookup } from './statements/cues';
import type { WordFilter } from './text/wordFilter';
import { extraVerbIndex } from './lexicon/morphology';
import { SpeakerRegistry, type SpeakerRecord } from './speakers/resolution';
import { lineStatements, type DraftStatement, type LineSink } from './statements/statements';
import { findRepeatedParagraphs, findSections } from './text/sections';
import { headlineStatements } from './statements/headlines';
import { collectMentions } from './speakers/mentions';
import { isBlank, readingLines, storiesOf } from './text/stories';
import { SpeakerTable } from './speakers/speakerTable';
import { StoryMemo, shifted, type StoryResult } from './storyMemo';
import { markAttributed } from './statements/attributed';
import { standingQuotes } from './statements/pullQuotes';
import { personBefore } from './speakers/narrativePerson';
import { findCredits } from './credits';
import { append } from './lists';
import { CUE_FIELDS, IntRows, StringIds, readCue, writeCue } from './rows';

export * from './types';
export { normalizeArabic, looksArabic } from './text/normalize';
export { mentionSpans } from './speakers/mentions';
export { StoryMemo } from './storyMemo';
export { STORY_CHARS } from './text/stories';

function hasArabicLetter(text: string, start: number, end: number): boolean {
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0x0621 && c <= 0x064a) return true;
  }
  return false;
}

const NO_QUOTES: readonly QuoteSpan[] = [];

/** Stories up to this many characters keep their tokens for the mention pass (see readStory). */
const KEEP_TOKENS_UP_TO = 200_000;
/** Where the lines' tokens are written, cleared at each story and topic (at each line when not kept). */
const TOKENS = new TokenBuffer();

/**
 * The analysis of `text`. With a `memo` (one per document, kept between calls), the stories of a long
 * document that an edit did not touch are taken from the previous analysis instead of read again;
 * the result is the same either way.
 */
export function analyze(text: string, options: AnalyzeOptions = {}, memo?: StoryMemo): Analysis {
  try {
    return analyzeText(typeof text === 'string' ? text : '', options ?? {}, memo);
  } catch {
    // The engine is written not to throw; this keeps a view alive if a rule ever does.
    return emptyAnalysis(typeof text === 'string' ? text : '');
  }
}

/**
 * As `analyze`, but an error inside the engine is thrown instead of answered with an empty analysis:
 * the tests use it, so a rule that fails on some input cannot pass for a text with nothing in it.
 */
export function analyzeStrict(text: string, options: AnalyzeOptions = {}, memo?: StoryMemo): Analysis {
  return analyzeText(text, options, memo);
}

function emptyAnalysis(text: string): Analysis {
  return {
    length: text.length, isArabic: false, statements: [], speakers: [], quotes: [], quoteIssues: [], credits: [],
    sections: [], repeatedParagraphs: [], looseCues: [],
  };
}

function verbLookup(options: AnalyzeOptions): { lookup: VerbLookup; words: WordFilter } {
  if (options.extraVerbs === undefined || options.extraVerbs.length === 0) return { lookup: baseLookup, words: BASE_CUE_WORDS };
  const extra = extraVerbIndex(options.extraVerbs);
  const words = BASE_CUE_WORDS.union(cueWords(extra.keys()));
  return { lookup: (n, hash) => (ruledOut(words, hash) ? undefined : extra.get(n) ?? baseLookup(n)), words };
}

interface Reading {
  readonly text: string;
  /** The lines as read: a very long one as pieces (readingLines). */
  readonly lines: readonly Line[];
  readonly lookup: VerbLookup;
  readonly words: WordFilter;
  readonly options: AnalyzeOptions;
}

/** Where a story is: lines [from, to), characters [start, stop), and whether it holds the title line. */
interface StoryPlace {
  readonly from: number;
  readonly to: number;
  readonly start: number;
  readonly stop: number;
  readonly titled: boolean;
}

function analyzeText(text: string, options: AnalyzeOptions, memo: StoryMemo | undefined): Analysis {
  const lines = splitLines(text);
  const { lookup, words } = verbLookup(options);
  const sections = findSections(text, lines);
  const pieces = readingLines(text, lines);
  const reading: Reading = { text, lines: pieces, lookup, words, options };
  const title = sections[0]?.level === 1 ? sections[0].start : -1;
  const table = new SpeakerTable(text);
  // Quotes and cues too wait as numbers (rows.ts) until the end of a long text.
  const quotes = new IntRows(QUOTE_FIELDS);
  const issues: QuoteIssue[] = [];
  const looseCues = new IntRows(CUE_FIELDS);
  const lemmas = new StringIds();
  const credits: Credit[] = [];
  memo?.begin(options);
  let nextSection = 0;
  for (const [from, to] of storiesOf(text, pieces)) {
    const start = pieces[from].start;
    const stop = to < pieces.length ? pieces[to].start : text.length;
    let last = nextSection;
    while (last < sections.length && sections[last].start < stop) last++;
    const place: StoryPlace = { from, to, start, stop, titled: title >= start && title < stop };
    // A story that starts or ends inside a line is not memoized: where a long line is cut depends
    // on more of the line than the story's text.
    const inLine = from > 0 && pieces[from - 1].number === pieces[from].number
      || to < pieces.length && pieces[to].number === pieces[to - 1].number;
    const memoized = inLine ? undefined : memo;
    const key = memoized === undefined ? '' : text.slice(start, stop);
    let story = memoized?.recall(key, start, pieces[from].number, place.titled);
    if (story === undefined) {
      story = readStory(reading, place, sections.slice(nextSection, last));
      memoized?.remember(key, story);
    }
    nextSection = last;
    table.add(story.drafts, story.mentions);
    for (const q of story.quotes) writeQuote(quotes, q);
    append(issues, story.issues);
    for (const c of story.looseCues) {
      const at = looseCues.add();
      writeCue(looseCues.data, at, c, lemmas);
    }
    append(credits, story.credits);
  }
  memo?.end();
  const { statements, speakers } = table.finish();
  return {
    length: text.length,
    isArabic: looksArabic(text),
    statements,
    speakers,
    quotes: markAttributed(text, readQuotes(quotes), statements),
    quoteIssues: issues.sort((a, b) => a.start - b.start),
    credits,
    sections,
    repeatedParagraphs: findRepeatedParagraphs(text, lines),
    looseCues: readCues(text, looseCues, lemmas),
  };
}

const QUOTE_STYLES: readonly QuoteStyle[] = ['ascii', 'guillemet', 'curly', 'single', 'angle', 'low', 'brace'];
const QUOTE_FIELDS = 6;

function writeQuote(rows: IntRows, q: QuoteSpan): void {
  const at = rows.add();
  const row = rows.data;
  row[at] = q.start;
  row[at + 1] = q.end;
  row[at + 2] = q.inner.start;
  row[at + 3] = q.inner.end;
  row[at + 4] = QUOTE_STYLES.indexOf(q.style);
  row[at + 5] = q.depth;
}

/** The quotes `writeQuote` wrote, none attributed yet (markAttributed decides). */
function readQuotes(rows: IntRows): QuoteSpan[] {
  const row = rows.data;
  const out: QuoteSpan[] = [];
  for (let at = 0; at < rows.length * QUOTE_FIELDS; at += QUOTE_FIELDS) {
    out.push({ start: row[at], end: row[at + 1], inner: { start: row[at + 2], end: row[at + 3] }, style: QUOTE_STYLES[row[at + 4]], depth: row[at + 5], attributed: false });
  }
  return out;
}

function readCues(text: string, rows: IntRows, lemmas: StringIds): Cue[] {
  const out: Cue[] = [];
  for (let at = 0; at < rows.length * CUE_FIELDS; at += CUE_FIELDS) out.push(readCue(text, rows.data, at, lemmas));
  return out;
}

/**
 * Gives the statements of line `index` that have an implied subject, and nobody who spoke before
 * them, to the person the paragraphs before introduced; with no such person their cues are loose.
 */
function adoptOrphans(
  reading: Reading, index: number, floor: number, registry: SpeakerRegistry, sink: LineSink,
  quotesOf: (line: Line) => readonly QuoteSpan[],
): void {
  const orphans = sink.orphans!.splice(0);
  const person = personBefore(reading.text, reading.lines, index, floor, quotesOf, reading.lookup);
  for (const o of orphans) {
    if (person === undefined) { sink.looseCues.push(o.cue); continue; }
    const speaker = registry.resolve(person.parts, person.mention, o.gender, o.plural);
    sink.statements.push({ speaker, cue: o.cue, mention: null, kind: o.kind, content: o.content, line: o.line, headline: false });
  }
}

/** The statements of lines [from, to) with their speakers' mentions, and the story's quotes and credits. */
function readStory(reading: Reading, place: StoryPlace, sections: readonly Section[]): StoryResult {
  const { text, lines, lookup, words } = reading;
  const { from, to, start, stop } = place;
  const registry = new SpeakerRegistry(reading.options.speakerAliases);
  const scan: QuoteScan = { quotes: [], issues: [] };
  /** By the line's (or piece's) start. */
  const quotesByLine = new Map<number, readonly QuoteSpan[]>();
  const sink: LineSink = { statements: [], looseCues: [], orphans: [], topicStart: start };
  // The tokens of a story of article size are kept for the speaker-mention pass, which then need
  // not find the words again; a long one's would hold tens of bytes per character.
  const kept = lines[to - 1].end - start <= KEEP_TOKENS_UP_TO ? new Map<number, Tokens>() : undefined;
  TOKENS.clear();
  const lineOf = (offset: number): Line => lines[lineIndex(lines, offset)];
  // `Speaker: what was said` titles are read once their topic's lines are (the speaker must be
  // one who talks there), before the next topic puts its sources out of reach.
  const headlines: DraftStatement[] = [];
  let topicSections = 0;
  const readHeadlines = (upTo: number): void => {
    if (upTo > topicSections) append(headlines, headlineStatements(text, sections.slice(topicSections, upTo), lineOf, l => quotesByLine.get(l.start) ?? [], registry));
    topicSections = upTo;
  };
  let nextHeading = 0;
  /** Where each topic starts (see opensTopic), by the registry's topic number. */
  const topicStarts = [start];
  /** Whether the topic has a paragraph yet: a title and its photo caption do not make one. */
  let body = false;
  // A topic's speakers are out of reach of the next (registry.newTopic), so their mentions are
  // collected as each topic ends, and the tokens kept for that need not outlive the topic.
  // Only the speakers of the topic's statements get them: a name resolved for nothing that stayed
  // (a holder looked up, a statement dropped) is never listed.
  const mentions = new Map<SpeakerRecord, Int32Array>();
  let topicLine = from;
  let topicRecord = 0;
  let topicStatement = 0;
  let topicHeadline = 0;
  const endTopic = (end: number): void => {
    const records = registry.records;
    const speaking = new Set<SpeakerRecord>();
    for (let k = topicStatement; k < sink.statements.length; k++) speaking.add(sink.statements[k].speaker);
    for (let k = topicHeadline; k < headlines.length; k++) speaking.add(headlines[k].speaker);
    const topicLines = topicLine === 0 && end === lines.length ? lines : lines.slice(topicLine, end);
    const found = collectMentions(text, topicLines, topicRecord === 0 ? records : records.slice(topicRecord), kept, topicStarts, speaking);
    for (const [record, pairs] of found) mentions.set(record, pairs);
    kept?.clear();
    TOKENS.clear();
    topicLine = end;
    topicRecord = records.length;
    topicStatement = sink.statements.length;
    topicHeadline = headlines.length;
  };
  for (let i = from; i < to; i++) {
    const line = lines[i];
    while (nextHeading < sections.length && sections[nextHeading].start < line.start) nextHeading++;
    const title = opensTopic(text, lines, i, from, to) && !goesOn(text, lines[i + 1], lookup);
    if (title && body) {
      readHeadlines(nextHeading);
      topicStarts.push(line.start);
      sink.topicStart = line.start;
      endTopic(i);
      registry.newTopic();
      body = false;
    } else if (!title && !body && !isBlank(text, line) && !headingOn(line, sections[nextHeading])) body = true;
    if (line.end - line.start < 2) continue;
    const before = scan.quotes.length;
    scanLineQuotes(text, line.start, line.end, scan);
    const lineQuotes = scan.quotes.length === before ? NO_QUOTES : scan.quotes.slice(before);
    if (lineQuotes.length > 0) quotesByLine.set(line.start, lineQuotes);
    if (!hasArabicLetter(text, line.start, Math.min(line.end, line.start + 400))) continue;
    // No cheaper pre-pass decides which lines to tokenize: in news nearly nine tenths of the text
    // is in lines that hold a cue candidate, so a pre-pass would mostly repeat findCues' work.
    // A line's tokens are kept until the topic ends if they are wanted then, else until the next line.
    if (kept === undefined) TOKENS.clear();
    const ctx = lineContext(text, line, lineQuotes, words, TOKENS);
    kept?.set(line.start, ctx.toks);
    const cues = findCues(ctx.toks, lookup, words, i => ctx.quoteOf[i] >= 0, ctx.cueCandidates);
    if (cues.length > 0) lineStatements(ctx, cues, registry, lookup, sink);
    if (sink.orphans!.length > 0) adoptOrphans(reading, i, topicLine, registry, sink, l => quotesByLine.get(l.start) ?? []);
  }
  readHeadlines(sections.length);
  const byLine = new Map<number, DraftStatement[]>();
  for (const s of sink.statements) {
    const list = byLine.get(s.line);
    if (list === undefined) byLine.set(s.line, [s]); else list.push(s);
  }
  const ownLine = headlines.filter(h => !(byLine.get(h.line) ?? []).some(s => s.content.start < h.content.end && h.content.start < s.content.end));
  const said = [...sink.statements, ...ownLine].sort((a, b) => a.content.start - b.content.start);
  // Quotations standing as lines of their own go to the speaker named nearest (pullQuotes.ts).
  const standing = standingQuotes(text, lines, from, to, l => quotesByLine.get(l.start) ?? [], said);
  const drafts = standing.length === 0 ? said : [...said, ...standing].sort((a, b) => a.content.start - b.content.start);
  endTopic(to);
  // Credits too are the story's: an outlet name learned from one article is not looked for in the next.
  const credits = start === 0 && stop === text.length
    ? findCredits(text, reading.options)
    : findCredits(text.slice(start, stop), reading.options).map(c => shifted(c, start));
  return {
    start, firstLine: lines[from].number, titled: place.titled, drafts, mentions, quotes: scan.quotes, issues: scan.issues, looseCues: sink.looseCues, credits,
  };
}

/** Whether `section` (the first section at or after the start of `line`) starts on that line. */
function headingOn(line: Line, section: Section | undefined): boolean {
  return section !== undefined && section.start >= line.start && section.start <= line.end;
}

/** Marks that open a subheading as a list item does (* تطورات ميدانية، .. أجواء مثالية); a title has none. */
const BULLETS = new Set(['*', '•', '-', '–', '—', '■', '▪', '●', '◆', '►', '+', '#', '.', '…']);
/** Titles run longer than subheadings; a line of more words is a paragraph. */
const TITLE_WORDS = 20;
/** A caption's photo credit or a link: such a line is no title. */
const CREDIT_MARKS = /©|www\.|https?:|@/;

/**
 * Whether line i reads as the title of the next article in a digest of articles: set off from what
 * precedes it but not from what follows (a blank line before it, its first paragraph right after
 * it), of at most TITLE_WORDS words with an Arabic letter, not ending as a sentence or a lead-in
 * does (. ، , :), without a photo credit or a link, and not opening with a bullet. A subheading
 * inside an article is set like its paragraphs (blank lines on both sides, or on neither) or opens
 * with a bullet. A new topic starts there (registry.newTopic): the sources named before it are out
 * of reach.
 */
function opensTopic(text: string, lines: readonly Line[], i: number, from: number, to: number): boolean {
  if (i === from || i + 1 >= to || !isBlank(text, lines[i - 1]) || isBlank(text, lines[i + 1])) return false;
  const line = lines[i];
  let s = line.start;
  let e = line.end;
  while (s < e && isSpaceCode(text.charCodeAt(s))) s++;
  while (e > s && isSpaceCode(text.charCodeAt(e - 1))) e--;
  if (s >= e || BULLETS.has(text[s]) || '.،,:'.includes(text[e - 1]) || wordsUpTo(text, s, e, TITLE_WORDS) > TITLE_WORDS) return false;
  const body = text.slice(s, e);
  return !CREDIT_MARKS.test(body) && hasArabicLetter(text, s, e);
}

/**
 * Whether the paragraph under a heading goes on with the speaker before it: it opens with a verb of
 * saying joined by و / ف or with a participle (وأضاف، ويقول، مضيفا، قائلة). An interview goes on so
 * after its subheadings; the next article of a digest never opens so.
 */
function goesOn(text: string, line: Line, lookup: VerbLookup): boolean {
  const toks = tokenize(text, line.start, Math.min(line.end, line.start + 40));
  let first = 0;
  while (first < toks.length && !toks.isWord(first)) first++;
  const form = first === toks.length ? undefined : lookup(toks.norm(first), toks.hash(first));
  return form !== undefined && (form.conj || form.tense === 'participle');
}

function isSpaceCode(c: number): boolean {
  return c === 32 || c === 9 || c === 0xa0 || c === 0xfeff || c === 0x200f || c === 0x200e;
}

function lineIndex(lines: readonly Line[], offset: number): number {
  let lo = 0;
  let hi = lines.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (lines[mid].start <= offset) lo = mid; else hi = mid - 1;
  }
  return lo;
}
