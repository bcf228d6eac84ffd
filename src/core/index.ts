/**
 * The public face of the analysis: `analyze(text, options) -> Analysis`. Offsets index the text as
 * given (a leading BOM, if the caller kept it, is character 0). The analysis works line by line:
 * quotations never cross a line break, and every lexicon look-up is a map hit, so time is linear
 * in the text.
 */
import type { Analysis, AnalyzeOptions, Cue, QuoteIssue, QuoteSpan, Speaker, Statement } from './types';
import { looksArabic } from './normalize';
import { splitLines, type Line, type Token } from './tokens';
import { scanLineQuotes, type QuoteScan } from './quotes';
import { lineContext } from './lineContext';
import { BASE_CUE_WORDS, baseLookup, cueWords, findCues, ruledOut, type VerbLookup } from './cues';
import type { WordFilter } from './wordFilter';
import { extraVerbIndex } from './lexicon/morphology';
import { SpeakerRegistry, type SpeakerRecord } from './resolution';
import { lineStatements, type DraftStatement } from './statements';
import { findRepeatedParagraphs, findSections } from './sections';
import { headlineStatements } from './headlines';
import { collectMentions } from './mentions';
import { markAttributed } from './attributed';
import { findCredits } from './credits';

export * from './types';
export { normalizeArabic, looksArabic } from './normalize';
export { mentionSpans } from './mentions';

function hasArabicLetter(text: string, start: number, end: number): boolean {
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0x0621 && c <= 0x064a) return true;
  }
  return false;
}

const NO_QUOTES: readonly QuoteSpan[] = [];

/** Texts up to this many characters keep their tokens for the mention pass (see analyzeText). */
const KEEP_TOKENS_UP_TO = 200_000;

export function analyze(text: string, options: AnalyzeOptions = {}): Analysis {
  try {
    return analyzeText(typeof text === 'string' ? text : '', options ?? {});
  } catch {
    // The engine is written not to throw; this keeps a view alive if a rule ever does.
    return emptyAnalysis(typeof text === 'string' ? text : '');
  }
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

function analyzeText(text: string, options: AnalyzeOptions): Analysis {
  const lines = splitLines(text);
  const { lookup, words } = verbLookup(options);
  const registry = new SpeakerRegistry(options.speakerAliases);
  const scan: QuoteScan = { quotes: [], issues: [] };
  const quotesByLine = new Map<number, readonly QuoteSpan[]>();
  const sink = { statements: [] as DraftStatement[], looseCues: [] as Cue[] };
  // The tokens of a text of article size are kept for the speaker-mention pass, which then need
  // not find the words again; a long document's would hold tens of bytes per character.
  const kept = text.length <= KEEP_TOKENS_UP_TO ? new Map<number, readonly Token[]>() : undefined;
  for (const line of lines) {
    if (line.end - line.start < 2) continue;
    const before = scan.quotes.length;
    scanLineQuotes(text, line.start, line.end, scan);
    const lineQuotes = scan.quotes.length === before ? NO_QUOTES : scan.quotes.slice(before);
    if (lineQuotes.length > 0) quotesByLine.set(line.number, lineQuotes);
    if (!hasArabicLetter(text, line.start, Math.min(line.end, line.start + 400))) continue;
    // No cheaper pre-pass decides which lines to tokenize: in news nearly nine tenths of the text
    // is in lines that hold a cue candidate, so a pre-pass would mostly repeat findCues' work.
    const ctx = lineContext(text, line, lineQuotes);
    kept?.set(line.number, ctx.toks);
    const cues = findCues(ctx.toks, lookup, words, i => ctx.quoteOf[i] >= 0);
    if (cues.length > 0) lineStatements(ctx, cues, registry, lookup, sink);
  }
  const sections = findSections(text, lines);
  const lineOf = (offset: number): Line => lines[lineIndex(lines, offset)];
  const byLine = new Map<number, DraftStatement[]>();
  for (const s of sink.statements) {
    const list = byLine.get(s.line);
    if (list === undefined) byLine.set(s.line, [s]); else list.push(s);
  }
  const headlines = headlineStatements(text, sections, lineOf, l => quotesByLine.get(l.number) ?? [], registry)
    .filter(h => !(byLine.get(h.line) ?? []).some(s => s.content.start < h.content.end && h.content.start < s.content.end));
  const drafts = [...sink.statements, ...headlines].sort((a, b) => a.content.start - b.content.start);
  const mentions = collectMentions(text, lines, registry.records, kept);
  const { statements, speakers } = finalize(drafts, mentions);
  const quotes = markAttributed(text, scan.quotes, statements);
  return {
    length: text.length,
    isArabic: looksArabic(text),
    statements,
    speakers,
    quotes,
    quoteIssues: scan.issues.sort((a: QuoteIssue, b: QuoteIssue) => a.start - b.start),
    credits: findCredits(text, options),
    sections,
    repeatedParagraphs: findRepeatedParagraphs(text, lines),
    looseCues: sink.looseCues,
  };
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

function finalize(drafts: readonly DraftStatement[], mentions: ReadonlyMap<SpeakerRecord, Int32Array>): { statements: Statement[]; speakers: Speaker[] } {
  const index = new Map<SpeakerRecord, number>();
  const lists: number[][] = [];
  const order: SpeakerRecord[] = [];
  const statements = drafts.map((d, i): Statement => {
    let si = index.get(d.speaker);
    if (si === undefined) { si = order.length; index.set(d.speaker, si); order.push(d.speaker); lists.push([]); }
    lists[si].push(i);
    let start = Math.min(d.cue.start, d.content.start);
    let end = Math.max(d.cue.end, d.content.end);
    if (d.mention !== null) { start = Math.min(start, d.mention.start); end = Math.max(end, d.mention.end); }
    return {
      speakerIndex: si, speaker: d.speaker.role !== undefined ? { name: d.speaker.name, role: d.speaker.role } : { name: d.speaker.name },
      cue: d.cue, mention: d.mention, kind: d.kind, content: d.content,
      range: { start, end }, line: d.line, headline: d.headline,
    };
  });
  const speakers = order.map((r, i): Speaker => ({
    name: r.name, role: r.role, aliases: [r.name, ...r.aliases.filter(a => a !== r.name)], statements: lists[i],
    mentions: mentions.get(r) ?? new Int32Array(0), type: r.type,
  }));
  return { statements, speakers };
}
