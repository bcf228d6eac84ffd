/**
 * Editorial checks over an analysis, as text offsets (the diagnostics adapter maps them). Each
 * finding says what an editor would fix by hand: a quote nobody is credited with, a quotation mark
 * without its partner, a speaker whose name is spelled two ways, a paragraph printed twice.
 */
import type { Analysis, QuoteIssue } from '../core/types';
import { normalizeArabic } from '../core/text/normalize';
import { append } from '../core/lists';
import type { CheckId } from './config';

export interface Finding {
  readonly check: CheckId;
  readonly start: number;
  readonly end: number;
  /** Message id plus its arguments, localised by the adapter. */
  readonly message: FindingMessage;
  /** The text that should replace `[start, end)`, when the fix is obvious ('' deletes). */
  readonly replacement?: string;
  /** Another place the finding refers to (the first copy of a repeated paragraph). */
  readonly related?: { readonly start: number; readonly end: number };
}

export type FindingMessage =
  | { readonly id: 'unattributedQuote' }
  | { readonly id: QuoteIssue['kind']; readonly mark: string }
  | { readonly id: 'speakerSpelling'; readonly spelling: string; readonly other: string }
  | { readonly id: 'repeatedParagraph' };

/** A quote of fewer words is a name or a term ("إس 300"، "المعارضة"), not someone's words. */
const MIN_QUOTE_WORDS = 3;

function words(text: string): number {
  return text.split(/\s+/).filter(w => /\p{L}/u.test(w)).length;
}

/** A test of "is this span inside one of the ranges", in log time: ranges sorted by start, with the running maximum end. */
function containment(ranges: readonly { start: number; end: number }[]): (start: number, end: number) => boolean {
  const sorted = [...ranges].sort((a, b) => a.start - b.start);
  const maxEnd: number[] = [];
  sorted.forEach((r, i) => maxEnd.push(Math.max(r.end, i > 0 ? maxEnd[i - 1]! : -1)));
  return (start, end) => {
    let lo = 0;
    let hi = sorted.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (sorted[mid]!.start <= start) lo = mid + 1;
      else hi = mid;
    }
    return lo > 0 && maxEnd[lo - 1]! >= end;
  };
}

export function unattributedQuotes(analysis: Analysis, text: string): Finding[] {
  const claimed = containment(analysis.statements.map(s => s.range));
  return analysis.quotes
    .filter(q => q.depth === 0 && !q.attributed)
    .filter(q => !claimed(q.start, q.end))
    .filter(q => words(text.slice(q.inner.start, q.inner.end)) >= MIN_QUOTE_WORDS)
    .map(q => ({ check: 'unattributedQuote', start: q.start, end: q.end, message: { id: 'unattributedQuote' } }));
}

export function quoteMarkIssues(analysis: Analysis): Finding[] {
  return analysis.quoteIssues.map(issue => ({
    check: 'quoteMarks',
    start: issue.start,
    end: issue.end,
    message: { id: issue.kind, mark: issue.mark },
    // A mark with no partner at all is stray; a mismatched one may be the right mark misplaced.
    ...(issue.kind === 'mismatched' ? {} : { replacement: '' }),
  }));
}

/**
 * Spellings that are one name written two ways: the same letters after normalization once the long
 * vowels inside the word are dropped, so أمريكية and أميركية, كيري and كيرى, بيسكوف and بسكوف meet,
 * while different names keep their consonants apart.
 */
export function spellingKey(name: string): string {
  return normalizeArabic(name)
    .split(/\s+/)
    .map(w => (w.length > 2 ? w[0] + w.slice(1).replace(/[اوي]/g, '') : w))
    .join(' ');
}

export function speakerSpellings(analysis: Analysis, text: string): Finding[] {
  const findings: Finding[] = [];
  // Mentions of one speaker, and speakers the engine kept apart, grouped by spelling key.
  const groups = new Map<string, { text: string; start: number; end: number; canonical: string }[]>();
  // A name is written the same way many times (a 1 MB file: tens of thousands of mentions, a few
  // hundred spellings), so each spelling is keyed once.
  const keys = new Map<string, string>();
  for (const speaker of analysis.speakers) {
    const m = speaker.mentions;
    for (let i = 0; i + 1 < m.length; i += 2) {
      const spelling = text.slice(m[i], m[i + 1]);
      let key = keys.get(spelling);
      if (key === undefined) keys.set(spelling, (key = spellingKey(spelling)));
      if (key.trim() === '') continue;
      let group = groups.get(key);
      if (!group) groups.set(key, (group = []));
      group.push({ text: spelling, start: m[i], end: m[i + 1], canonical: speaker.name });
    }
  }
  for (const mentions of groups.values()) {
    const score = new Map<string, number>();
    for (const m of mentions) score.set(m.text, (score.get(m.text) ?? 0) + 1);
    if (score.size < 2) continue;
    // The house spelling: the one used most; on a tie, the one the full name uses (الكيلاني in
    // أحمد الكيلاني over الكيلانى), then the first written.
    for (const m of mentions) if (m.canonical.split(/\s+/).includes(m.text) || m.canonical === m.text) score.set(m.text, score.get(m.text)! + 0.5);
    const preferred = [...score.entries()].sort((a, b) => b[1] - a[1])[0]![0];
    const seen = new Set<number>();
    for (const m of mentions) {
      if (m.text === preferred || seen.has(m.start)) continue;
      seen.add(m.start);
      findings.push({ check: 'speakerSpelling', start: m.start, end: m.end, message: { id: 'speakerSpelling', spelling: m.text, other: preferred }, replacement: preferred });
    }
  }
  return findings.sort((a, b) => a.start - b.start);
}

export function repeatedParagraphs(analysis: Analysis): Finding[] {
  return analysis.repeatedParagraphs.map(p => ({
    check: 'repeatedParagraph',
    start: p.start,
    end: p.end,
    message: { id: 'repeatedParagraph' },
    replacement: '',
    related: { start: p.firstStart, end: p.firstStart + (p.end - p.start) },
  }));
}

export function runChecks(analysis: Analysis, text: string, enabled: (check: CheckId) => boolean): Finding[] {
  const out: Finding[] = [];
  if (enabled('unattributedQuote')) append(out, unattributedQuotes(analysis, text));
  if (enabled('quoteMarks')) append(out, quoteMarkIssues(analysis));
  if (enabled('speakerSpelling')) append(out, speakerSpellings(analysis, text));
  if (enabled('repeatedParagraph')) append(out, repeatedParagraphs(analysis));
  return out;
}
