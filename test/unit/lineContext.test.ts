import * as assert from 'node:assert/strict';
import { clauseBreaks, lineContext, type LineContext } from '../../src/core/text/lineContext';
import { BASE_CUE_WORDS, baseLookup, findCues } from '../../src/core/statements/cues';
import { scanLineQuotes, type QuoteScan } from '../../src/core/text/quotes';
import { splitLines } from '../../src/core/text/tokens';

/** The context of a one-line text, with its quotes found as the analysis finds them. */
function contextOf(text: string): LineContext {
  const [line] = splitLines(text);
  const scan: QuoteScan = { quotes: [], issues: [] };
  scanLineQuotes(text, line.start, line.end, scan);
  return lineContext(text, line, scan.quotes, BASE_CUE_WORDS);
}

/** The written tokens of the line, in order. */
const texts = (ctx: LineContext): string[] => Array.from({ length: ctx.toks.length }, (_, i) => ctx.toks.text(i));
const words = (ctx: LineContext, from: number, to: number): string => texts(ctx).slice(from, to).join(' ');
const indexOf = (ctx: LineContext, word: string, nth = 0): number => texts(ctx).map((t, i) => (t === word ? i : -1)).filter(i => i >= 0)[nth];

/** The line's sentences as the words from each token's sentence start to its sentence end. */
function sentences(ctx: LineContext): string[] {
  const out: string[] = [];
  for (let i = 0; i < ctx.toks.length; i = ctx.sentenceEnd[i] + 1) {
    assert.equal(ctx.sentenceStart[i], i);
    out.push(words(ctx, i, Math.min(ctx.sentenceEnd[i] + 1, ctx.toks.length)));
  }
  return out;
}

describe('line context', () => {
  it('puts every token of a quotation, its marks included, in that quotation and no other token', () => {
    const ctx = contextOf('قال الوزير «الوضع صعب» ثم قال "نحن نعمل" أمس');
    const inQuote = texts(ctx).map((t, i) => [t, ctx.quoteOf[i]]);
    assert.deepEqual(inQuote, [
      ['قال', -1], ['الوزير', -1], ['«', 0], ['الوضع', 0], ['صعب', 0], ['»', 0], ['ثم', -1], ['قال', -1],
      ['"', 1], ['نحن', 1], ['نعمل', 1], ['"', 1], ['أمس', -1],
    ]);
  });

  it('gives a nested quotation to the outermost one', () => {
    const ctx = contextOf('قال: «وصف الخطة بأنها "سيئة" جدا» ثم مضى');
    assert.equal(ctx.quotes.length, 1);
    assert.equal(ctx.quoteOf[indexOf(ctx, 'سيئة')], 0);
    assert.equal(ctx.quoteOf[indexOf(ctx, 'مضى')], -1);
  });

  it('ends sentences at . ! ? ؟ ؛ outside quotations, not between digits, and at the last dot of a run', () => {
    const ctx = contextOf('بدأ الاجتماع الساعة 19.00 وانتهى. هل نجح؟ قال: "نعم. تماما" ثم صمت... ومضى! ونعم؛ لا');
    assert.deepEqual(sentences(ctx), [
      'بدأ الاجتماع الساعة 19 . 00 وانتهى .',
      'هل نجح ؟',
      'قال : " نعم . تماما " ثم صمت . . .',
      'ومضى !',
      'ونعم ؛',
      'لا',
    ]);
  });

  it('gives every token the first token of its sentence and the end mark closing it', () => {
    const ctx = contextOf('قال نعم. ثم مضى! لا');
    assert.deepEqual(texts(ctx), ['قال', 'نعم', '.', 'ثم', 'مضى', '!', 'لا']);
    assert.deepEqual([...ctx.sentenceStart], [0, 0, 0, 3, 3, 3, 6]);
    assert.deepEqual([...ctx.sentenceEnd], [2, 2, 2, 5, 5, 5, 7]);
  });

  it('reads a line without a sentence end as one sentence', () => {
    const ctx = contextOf('الوزير يتحدث إلى الصحفيين');
    assert.deepEqual(sentences(ctx), ['الوزير يتحدث إلى الصحفيين']);
    assert.deepEqual([...ctx.sentenceEnd], [4, 4, 4, 4]);
  });

  it('breaks clauses at لكن or فيما only after a comma, never inside a quotation, and never at بينما', () => {
    const ctx = contextOf('أكد الوزير أن الوضع مستقر، لكن الخطر قائم بينما يبحث آخرون «فيما بعد، لكن ليس الآن» فيما يبدو، فيما قال آخر');
    const breaks = clauseBreaks(ctx);
    const at = (i: number): string => (breaks[i] < ctx.toks.length ? ctx.toks.text(breaks[i]) : 'END');
    assert.equal(at(0), 'لكن');
    // بينما adds to what was reported; inside the quotation no break counts, nor فيما without a comma.
    const after = at(indexOf(ctx, 'لكن') + 1);
    assert.equal(after, 'فيما');
    assert.equal(breaks[indexOf(ctx, 'لكن') + 1], ctx.toks.length - 3);
    assert.equal(breaks[ctx.toks.length], ctx.toks.length);
  });

  it('notes as cue candidates the verbs and phrase starts, which findCues then reads as from every token', () => {
    const text = 'قال الوزير إن الحكومة، وفقا لبيان رسمي، أعلنت الخطة وأضاف أن «قال» لا تعد';
    const ctx = contextOf(text);
    const candidates = [...ctx.cueCandidates].map(i => ctx.toks.text(i));
    for (const w of ['قال', 'وفقا', 'أعلنت', 'وأضاف']) assert.ok(candidates.includes(w), `${w} is a candidate`);
    assert.ok(!candidates.includes('الحكومة'));
    const skip = (i: number): boolean => ctx.quoteOf[i] >= 0;
    const noted = findCues(ctx.toks, baseLookup, BASE_CUE_WORDS, skip, ctx.cueCandidates);
    const walked = findCues(ctx.toks, baseLookup, BASE_CUE_WORDS, skip);
    assert.deepEqual(noted, walked);
    assert.deepEqual(noted.map(c => [text.slice(c.start, c.end), c.kind]), [['قال', 'verb'], ['وفقا ل', 'phrase'], ['أعلنت', 'verb'], ['وأضاف', 'verb']]);
  });
});
