import * as assert from 'node:assert/strict';
import { analyze, StoryMemo, type Analysis, type AnalyzeOptions } from '../../src/core';
import { LONG_LINE, STORY_CHARS, readingLines, storiesOf } from '../../src/core/text/stories';
import { splitLines } from '../../src/core/text/tokens';
import { assertWellFormed } from './helpers/assertWellFormed';

/**
 * A digest of short articles, each with a title, a named speaker, a quote, an implied subject, a
 * credit and a `Speaker: words` subheading, separated by blank lines: several stories in all.
 */
function digest(articles: number): string {
  const names = ['سالم رشيد', 'ليلى حداد', 'كريم منصور', 'هدى سليمان'];
  const out: string[] = [];
  for (let i = 0; i < articles; i++) {
    const name = names[i % names.length];
    out.push([
      `الوزارة تعلن خطة جديدة للعام رقم ${i}`,
      `موسكو (رويترز) - قال الوزير ${name} إن "الخطة الجديدة ستبدأ الأسبوع المقبل" في كل المدن.`,
      'وأضاف أن الحكومة ستنشر التفاصيل كاملة بعد اجتماع المجلس.',
      `${name}: الخطة جاهزة للتنفيذ فورا`,
      'وتستمر الأعمال في الموقع منذ أشهر طويلة دون توقف، وينتظر السكان نهايتها قريبا.\n'.repeat(8).trimEnd(),
    ].join('\n'));
  }
  return out.join('\n\n');
}

/** The analysis as JSON, mention pairs as arrays, so two analyses compare as text. */
const json = (a: Analysis): string => JSON.stringify(a, (_k, v: unknown) => (v instanceof Int32Array ? Array.from(v) : v));

function sameAsFresh(text: string, memo: StoryMemo, options: AnalyzeOptions = {}): void {
  const remembered = analyze(text, options, memo);
  assertWellFormed(remembered, text);
  assert.equal(json(remembered), json(analyze(text, options)));
}

describe('analysis of an edited long document with a story memo', () => {
  const text = digest(400);

  it('is a document of several stories, each with statements, quotes and credits', () => {
    const a = analyze(text);
    assert.ok(text.length > 3 * STORY_CHARS, `${text.length} characters`);
    assert.ok(a.statements.length >= 3 * 400 && a.quotes.length >= 400 && a.credits.length >= 400);
    assert.ok(a.statements.some(s => s.headline) && a.statements.some(s => s.mention === null));
  });

  it('gives what a fresh analysis gives after edits anywhere, and reads again only the story edited', () => {
    const memo = new StoryMemo();
    analyze(text, {}, memo);
    const stories = memo.size;
    assert.ok(stories >= 3);
    // An edit inside the last story: every story before it is taken from the memo, unmoved.
    const nearEnd = text.length - 200;
    const edited = `${text.slice(0, nearEnd)}وقال الوزير سالم رشيد إن "المشروع سينتهي قريبا" جدا.${text.slice(nearEnd)}`;
    sameAsFresh(edited, memo);
    assert.equal(memo.reused, stories - 1);
    // An edit at the start: the first story is read again, the others are moved (offsets and lines shift).
    const atStart = `سطر جديد في أول النص\n${edited}`;
    sameAsFresh(atStart, memo);
    assert.equal(memo.reused, stories - 1);
    // A deletion in the middle, across a line break.
    const middle = Math.floor(atStart.length / 2);
    sameAsFresh(atStart.slice(0, middle) + atStart.slice(middle + 300), memo);
  });

  it('stays exact when an edit moves where stories end', () => {
    const memo = new StoryMemo();
    analyze(text, {}, memo);
    // A blank line early in the text: the first story now ends at another blank line, and so may the ones after.
    const blank = text.indexOf('\n', 1000);
    const shifted = `${text.slice(0, blank)}\n\nالعنوان الجديد${text.slice(blank)}`;
    sameAsFresh(shifted, memo);
    // A whole article removed from the first story.
    const cut = shifted.indexOf('\n\n', 2000);
    sameAsFresh(shifted.slice(0, cut) + shifted.slice(shifted.indexOf('\n\n', cut + 2)), memo);
    // The first story deleted: the second opens the text now, and its first line is the title.
    const lines = splitLines(text);
    const second = lines[storiesOf(text, lines)[1][0]].start;
    analyze(text, {}, memo);
    const tail = text.slice(second);
    sameAsFresh(tail, memo);
    assert.equal(analyze(tail).sections[0].start, 0);
    assert.equal(memo.reused, memo.size - 1, 'the story that now holds the title was taken from the memo');
    // The text back as it was, then unchanged: every story comes from the memo.
    sameAsFresh(text, memo);
    sameAsFresh(text, memo);
    assert.equal(memo.reused, memo.size);
  });

  it('reads everything again when the options change', () => {
    const memo = new StoryMemo();
    analyze(text, {}, memo);
    const options = { speakerAliases: { 'سالم رشيد': 'Salem Rashid' } };
    sameAsFresh(text, memo, options);
    assert.equal(memo.reused, 0);
    assert.ok(analyze(text, options, memo).speakers.some(s => s.name === 'Salem Rashid'));
    assert.equal(memo.reused, memo.size);
  });

  it('holds an article as one story and gives the fresh result after an edit', () => {
    const memo = new StoryMemo();
    const article = digest(3);
    analyze(article, {}, memo);
    assert.equal(memo.size, 1);
    sameAsFresh(article.replace('الخطة الجديدة', 'الخطة القديمة'), memo);
    assert.equal(memo.reused, 0);
  });

  it('gives the fresh result around a line longer than LONG_LINE, whose stories it reads again each time', () => {
    // Stories, then a digest pasted as one line (read in pieces and several stories), then stories.
    const long = digest(300).replace(/\n+/g, ' ');
    assert.ok(long.length > 3 * LONG_LINE);
    const whole = `${digest(100)}\n\n${long}\n\n${digest(100)}`;
    const pieces = readingLines(whole, splitLines(whole));
    const all = storiesOf(whole, pieces);
    const inLine = all.filter(([from, to]) => from > 0 && pieces[from - 1].number === pieces[from].number
      || to < pieces.length && pieces[to].number === pieces[to - 1].number);
    assert.ok(inLine.length >= 2 && inLine.length < all.length, `${inLine.length} of ${all.length} stories`);
    const memo = new StoryMemo();
    sameAsFresh(whole, memo);
    assert.equal(memo.size, all.length - inLine.length);
    sameAsFresh(whole, memo);
    assert.equal(memo.reused, memo.size);
    // Edits inside the long line, at its start and at its end.
    const at = whole.indexOf(long);
    for (const where of [at + Math.floor(long.length / 2), at + 10, at + long.length - 10]) {
      sameAsFresh(`${whole.slice(0, where)} وقال الوزير سالم رشيد إن "المشروع سينتهي قريبا" جدا. ${whole.slice(where)}`, memo);
    }
    // The line's tail deleted: a piece that ended a story ends the text now.
    const cut = pieces[storiesOf(whole, pieces).find(([from]) => from > 0 && pieces[from - 1].number === pieces[from].number)![0]].start;
    sameAsFresh(whole.slice(0, cut), memo);
    sameAsFresh(whole, memo);
  });
});
