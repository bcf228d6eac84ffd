/**
 * Hostile input, large and repetitive: the shapes that make naive scanners quadratic or make a
 * quote swallow the document. Each must come back well formed; how long it takes is the
 * benchmark's business (`npm run bench`), not a timed assertion here.
 */
import * as assert from 'node:assert';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { analyzeSafely } from './helpers/assertWellFormed';
import { quoteMarks } from '../fixtures/hostileInputs';
import { readingLines } from '../../src/core/text/stories';
import { splitLines } from '../../src/core/text/tokens';

const SEED = readFileSync(join(process.cwd(), 'seeds', '000_3cea5a5c1e717d72.txt'), 'utf8');

/** How many pieces the analysis reads `text` in (a line longer than LONG_LINE is several). */
const piecesOf = (text: string): number => readingLines(text, splitLines(text)).length;

describe('hostile input: large and repetitive', function () {
  // Generous: these inputs are megabytes; only a hang should fail on time.
  this.timeout(600_000);

  it('analyses a 5 MB single line made of the seed article and finds in each copy what one has', () => {
    const line = SEED.replace(/\s*\n\s*/g, ' ');
    const copies = Math.floor(5_000_000 / (line.length + 1));
    const text = Array<string>(copies).fill(line).join(' ');
    assert.ok(!text.includes('\n') && text.length > 4_900_000);
    const one = analyzeSafely(line).statements.length;
    const analysis = analyzeSafely(text);
    // Read in pieces and stories (readingLines): a cut may part a sentence from the speaker before it.
    assert.ok(one >= 20 && analysis.statements.length >= 0.99 * copies * one, `${analysis.statements.length} statements, ${one} in one copy`);
  });

  it('analyses a 1 MB line of a single letter (no spaces, no punctuation)', () => {
    analyzeSafely('ب'.repeat(1_000_000));
  });

  it('analyses 1 MB of quotation marks of every style, on one line and one per line', () => {
    const marks = quoteMarks(1_000_000);
    // Hundreds of thousands of quotes and unmatched marks, all reported (none lost to an internal error).
    const one = analyzeSafely(marks);
    assert.ok(one.quotes.length > 100_000 && one.quoteIssues.length > 100_000, `${one.quotes.length} quotes, ${one.quoteIssues.length} issues`);
    const perLine = marks.slice(0, 200_000).split('').join('\n');
    const analysis = analyzeSafely(perLine);
    // A lone mark per line can pair with nothing: quotations never cross a line break.
    assert.ok(analysis.quotes.every(q => !perLine.slice(q.start, q.end).includes('\n')));
  });

  it('keeps an unmatched « on its own line: the next line stays unquoted', () => {
    const text = 'قال الطبيب «الوضع صعب\n'.repeat(2000) + 'وقال الوزير إن العمل مستمر';
    const analysis = analyzeSafely(text);
    const lastLine = text.lastIndexOf('\n') + 1;
    assert.ok(analysis.quotes.every(q => q.end <= lastLine || q.start >= lastLine));
  });

  it('analyses deep nesting of quotes of one style and of alternating styles', () => {
    analyzeSafely('«'.repeat(10_000) + 'نص' + '»'.repeat(10_000));
    analyzeSafely('قال "'.repeat(2_000) + 'نص' + '"'.repeat(2_000));
    analyzeSafely('«“‘‹{„'.repeat(2_000) + 'نص' + '}›’”»'.repeat(2_000));
  });

  it('closes each of 100,000 open « by a closer of another style, or reports both when none can', () => {
    const n = 100_000;
    // Each ’ closes the innermost « as a mismatch; a } closes nothing of another style.
    const mismatched = analyzeSafely('«'.repeat(n) + '’'.repeat(n));
    assert.equal(mismatched.quotes.length, n);
    assert.ok(mismatched.quoteIssues.length === n && mismatched.quoteIssues.every(q => q.kind === 'mismatched'));
    const unmatched = analyzeSafely('«'.repeat(n) + '}'.repeat(n));
    assert.equal(unmatched.quotes.length, 0);
    assert.equal(unmatched.quoteIssues.filter(q => q.kind === 'unmatched-close').length, n);
    assert.equal(unmatched.quoteIssues.filter(q => q.kind === 'unmatched-open').length, n);
  });

  it('binds each of 20,000 trailing attributions in one sentence, with or without quotations in it', () => {
    // Each وفقا لـ credits the clause between it and the attribution before it: one sentence, no comma.
    // The line is read in pieces cut at spaces (readingLines), and a cut can part an attribution
    // from its clause: at most two are lost there.
    const n = 20_000;
    const bound = (text: string): number => n - 1 - 2 * piecesOf(text);
    const plain = 'الخطة قائمة كما هي وفقا للوزير '.repeat(n);
    const a = analyzeSafely(plain);
    assert.ok(a.statements.length >= bound(plain) && a.statements.every(st => st.kind === 'indirect'), `${a.statements.length} statements`);
    // A quoted name ("CNN") leaves the clause indirect; a quotation that is the whole claim is direct.
    const terms = '"CNN" تبث الخطاب كاملا وفقا للوزير '.repeat(n);
    const b = analyzeSafely(terms);
    assert.ok(b.statements.length >= bound(terms) && b.statements.every(st => st.kind === 'indirect'), `${b.statements.length} statements`);
    const words = '"نعم قلنا ذلك" وفقا للوزير '.repeat(n);
    const c = analyzeSafely(words);
    // Where a piece starts, the claim runs back to the piece's start and takes the attribution before it.
    assert.ok(c.statements.filter(st => st.kind === 'direct').length >= bound(words), `${c.statements.length} statements`);
    // An attribution right after another has no claim of its own.
    assert.ok(analyzeSafely('وفقا للوزير '.repeat(n)).statements.length <= 2 * piecesOf('وفقا للوزير '.repeat(n)) + 1);
  });

  it('analyses thousands of reporting cues with no speaker and no content', () => {
    analyzeSafely('قال '.repeat(5_000));
    // 200,000 cues, each kept for highlighting but where a piece of the line starts (readingLines):
    // there, as at the start of a line, قال قال reads as a verb and a name.
    const cues = 'قال '.repeat(200_000);
    const a = analyzeSafely(cues);
    assert.ok(a.looseCues.length >= 200_000 - 2 * piecesOf(cues), `${a.looseCues.length} loose cues`);
    assert.ok(a.looseCues.length + 2 * a.statements.length >= 200_000);
    analyzeSafely('وقال، مضيفا، وأضاف، وأشارت، وفقا لـ، بحسب '.repeat(1_000));
    analyzeSafely('وقال "" '.repeat(3_000));
    analyzeSafely('قال:\n'.repeat(5_000));
  });

  it('analyses thousands of headline colons, dashes and photo credits', () => {
    analyzeSafely('الوزير: '.repeat(20_000));
    analyzeSafely(('ب '.repeat(20) + '- ').repeat(2_000));
    analyzeSafely('© Sputnik. تصوير: رويترز\n'.repeat(5_000));
    // 150,000 photo credits on as many lines, and 150,000 URL credits on one line: every one found.
    assert.ok(analyzeSafely('تصوير: سالم رشيد\n'.repeat(150_000)).credits.length >= 150_000);
    assert.ok(analyzeSafely('المصدر: www.example.com '.repeat(150_000)).credits.length >= 150_000);
  });

  it('reads 100,000 short lines without a colon, each a dateline of its own', () => {
    // Each short line is a subheading the headline reader looks into for a colon.
    const n = 100_000;
    const analysis = analyzeSafely('الرياض - واس\n'.repeat(n));
    assert.equal(analysis.credits.filter(c => c.kind === 'dateline').length, n);
  });

  it('analyses 200 copies of the seed article as one document', () => {
    const text = Array(200).fill(SEED).join('\n\n');
    const analysis = analyzeSafely(text);
    assert.ok(analysis.repeatedParagraphs.length > 0, 'repeated copies are reported as repeated paragraphs');
  });
});
