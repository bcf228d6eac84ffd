/**
 * The structural contract of an `Analysis`, checked in one place so every test (hostile input,
 * fixtures, the seed) can ask "is this analysis safe to render?". VS Code maps every offset with
 * `document.positionAt`, the CLI prints `text` fields as they are, and the tree links statements to
 * speakers by index, so a span outside the text, a `text` that is not the slice it claims, or a
 * dangling index is a crash or a wrong highlight somewhere downstream.
 */
import { AssertionError, doesNotThrow } from 'node:assert';
import { analyzeStrict, type Analysis } from '../../../src/core';

interface Range {
  readonly start: number;
  readonly end: number;
}

const QUOTE_STYLES = new Set(['ascii', 'guillemet', 'curly', 'single', 'angle', 'low', 'brace']);
const CUE_KINDS = new Set(['verb', 'phrase', 'headline']);
const STATEMENT_KINDS = new Set(['direct', 'indirect', 'mixed']);
const CREDIT_KINDS = new Set(['agency', 'newspaper', 'broadcaster', 'website', 'photo', 'dateline']);
const ISSUE_KINDS = new Set(['unmatched-open', 'unmatched-close', 'mismatched']);

const isHigh = (c: number): boolean => c >= 0xd800 && c <= 0xdbff;
const isLow = (c: number): boolean => c >= 0xdc00 && c <= 0xdfff;

/** Collects every violation so one failing test shows all of them, not only the first. */
class Checker {
  readonly problems: string[] = [];

  constructor(private readonly text: string) {}

  fail(where: string, message: string): void {
    this.problems.push(`${where}: ${message}`);
  }

  range(where: string, r: Range | null | undefined): boolean {
    if (r == null || typeof r !== 'object') {
      this.fail(where, `expected a range, got ${String(r)}`);
      return false;
    }
    const { start, end } = r;
    if (!Number.isInteger(start) || !Number.isInteger(end)) {
      this.fail(where, `offsets must be integers, got [${start}, ${end})`);
      return false;
    }
    if (!(start >= 0 && start <= end && end <= this.text.length)) {
      this.fail(where, `[${start}, ${end}) is not inside the text of length ${this.text.length}`);
      return false;
    }
    // An offset between the two halves of a surrogate pair (an emoji, a rare CJK character)
    // is a position no editor can show; a lone surrogate in the input is not a pair and is fine.
    for (const offset of [start, end]) {
      if (offset > 0 && offset < this.text.length
        && isHigh(this.text.charCodeAt(offset - 1)) && isLow(this.text.charCodeAt(offset))) {
        this.fail(where, `offset ${offset} splits a surrogate pair`);
      }
    }
    return true;
  }

  span(where: string, s: { readonly text: string } & Range | null | undefined): void {
    if (!this.range(where, s) || s == null) return;
    const expected = this.text.slice(s.start, s.end);
    if (s.text !== expected) {
      this.fail(where, `text ${JSON.stringify(s.text)} differs from the slice ${JSON.stringify(expected)}`);
    }
  }

  contains(where: string, outer: Range, inner: Range | null, innerName: string): void {
    if (inner == null) return;
    if (inner.start < outer.start || inner.end > outer.end) {
      this.fail(where, `${innerName} [${inner.start}, ${inner.end}) is outside [${outer.start}, ${outer.end})`);
    }
  }

  member(where: string, value: unknown, allowed: ReadonlySet<string>): void {
    if (typeof value !== 'string' || !allowed.has(value)) this.fail(where, `unexpected value ${JSON.stringify(value)}`);
  }

  index(where: string, value: number, length: number): boolean {
    if (!Number.isInteger(value) || value < 0 || value >= length) {
      this.fail(where, `index ${value} is not in [0, ${length})`);
      return false;
    }
    return true;
  }
}

function checkStatements(c: Checker, a: Analysis, lineCount: number): void {
  a.statements.forEach((s, i) => {
    const at = `statements[${i}]`;
    c.span(`${at}.content`, s.content);
    c.span(`${at}.cue`, s.cue);
    c.member(`${at}.cue.kind`, s.cue?.kind, CUE_KINDS);
    if (s.mention !== null) c.span(`${at}.mention`, s.mention);
    c.member(`${at}.kind`, s.kind, STATEMENT_KINDS);
    if (c.range(`${at}.range`, s.range)) {
      c.contains(`${at}.range`, s.range, s.content, 'content');
      c.contains(`${at}.range`, s.range, s.cue, 'cue');
      c.contains(`${at}.range`, s.range, s.mention, 'mention');
    }
    if (!Number.isInteger(s.line) || s.line < 1 || s.line > lineCount) {
      c.fail(`${at}.line`, `${s.line} is not a line of a ${lineCount}-line text`);
    }
    if (c.index(`${at}.speakerIndex`, s.speakerIndex, a.speakers.length)
      && !a.speakers[s.speakerIndex].statements.includes(i)) {
      c.fail(`${at}.speakerIndex`, `speaker ${s.speakerIndex} does not list statement ${i}`);
    }
  });
}

function checkSpeakers(c: Checker, a: Analysis): void {
  a.speakers.forEach((sp, i) => {
    const at = `speakers[${i}]`;
    if (typeof sp.name !== 'string') c.fail(`${at}.name`, 'missing');
    const m = sp.mentions;
    if (!(m instanceof Int32Array) || m.length % 2 !== 0) c.fail(`${at}.mentions`, 'must be start/end pairs in an Int32Array');
    for (let j = 0; j + 1 < m.length; j += 2) {
      c.range(`${at}.mentions[${j / 2}]`, { start: m[j], end: m[j + 1] });
      if (j > 0 && m[j] < m[j - 2]) c.fail(`${at}.mentions[${j / 2}]`, `starts at ${m[j]}, before the mention ahead of it (${m[j - 2]})`);
    }
    sp.statements.forEach((si, j) => {
      if (c.index(`${at}.statements[${j}]`, si, a.statements.length) && a.statements[si].speakerIndex !== i) {
        c.fail(`${at}.statements[${j}]`, `statement ${si} belongs to speaker ${a.statements[si].speakerIndex}`);
      }
    });
  });
}

function checkQuotes(c: Checker, a: Analysis, text: string): void {
  a.quotes.forEach((q, i) => {
    const at = `quotes[${i}]`;
    if (!c.range(at, q) || !c.range(`${at}.inner`, q.inner)) return;
    // `start`/`end` include the marks, so the inner text sits strictly inside them.
    if (q.inner.start < q.start + 1 || q.inner.end > q.end - 1) {
      c.fail(at, `inner [${q.inner.start}, ${q.inner.end}) leaves no room for the marks of [${q.start}, ${q.end})`);
    }
    c.member(`${at}.style`, q.style, QUOTE_STYLES);
    if (!Number.isInteger(q.depth) || q.depth < 0) c.fail(`${at}.depth`, `${q.depth}`);
    if (typeof q.attributed !== 'boolean') c.fail(`${at}.attributed`, 'not a boolean');
  });
  a.quoteIssues.forEach((q, i) => {
    const at = `quoteIssues[${i}]`;
    c.member(`${at}.kind`, q.kind, ISSUE_KINDS);
    if (c.range(at, q) && q.mark !== text.slice(q.start, q.end)) {
      c.fail(`${at}.mark`, `${JSON.stringify(q.mark)} is not the text at [${q.start}, ${q.end})`);
    }
  });
}

function checkRest(c: Checker, a: Analysis, text: string): void {
  a.credits.forEach((cr, i) => {
    c.span(`credits[${i}]`, cr);
    c.member(`credits[${i}].kind`, cr.kind, CREDIT_KINDS);
  });
  a.sections.forEach((s, i) => {
    // The outline shows `title`; it may be trimmed but must be words of the section's own line.
    if (c.range(`sections[${i}]`, s) && !text.slice(s.start, s.end).includes(s.title)) {
      c.fail(`sections[${i}].title`, `${JSON.stringify(s.title)} is not inside [${s.start}, ${s.end})`);
    }
    if (s.level !== 1 && s.level !== 2) c.fail(`sections[${i}].level`, `${s.level}`);
  });
  a.repeatedParagraphs.forEach((r, i) => {
    if (c.range(`repeatedParagraphs[${i}]`, r)
      && !(Number.isInteger(r.firstStart) && r.firstStart >= 0 && r.firstStart < r.start)) {
      c.fail(`repeatedParagraphs[${i}].firstStart`, `${r.firstStart} does not precede ${r.start}`);
    }
  });
  a.looseCues.forEach((cue, i) => c.span(`looseCues[${i}]`, cue));
}

/** Throws an AssertionError listing every span of `analysis` that is not well formed for `text`. */
export function assertWellFormed(analysis: Analysis, text: string): void {
  const c = new Checker(text);
  if (analysis.length !== text.length) c.fail('length', `${analysis.length} !== ${text.length}`);
  if (typeof analysis.isArabic !== 'boolean') c.fail('isArabic', 'not a boolean');
  const lineCount = text.split(/\r\n|\r|\n/).length;
  checkStatements(c, analysis, lineCount);
  checkSpeakers(c, analysis);
  checkQuotes(c, analysis, text);
  checkRest(c, analysis, text);
  if (c.problems.length > 0) {
    const shown = c.problems.slice(0, 12).join('\n  ');
    const more = c.problems.length > 12 ? `\n  ... and ${c.problems.length - 12} more` : '';
    throw new AssertionError({ message: `analysis is not well formed:\n  ${shown}${more}` });
  }
}

/** Analyses hostile text: `analyze` must not throw and every span it returns must be well formed. */
export function analyzeSafely(text: string): Analysis {
  let analysis: Analysis | undefined;
  // analyzeStrict: an internal error fails the test instead of passing as an empty analysis.
  doesNotThrow(() => {
    analysis = analyzeStrict(text);
  });
  assertWellFormed(analysis!, text);
  return analysis!;
}
