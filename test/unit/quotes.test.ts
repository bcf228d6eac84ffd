import * as assert from 'node:assert/strict';
import { run } from './analyzeHelpers';

const inner = (text: string): string[] => run(text).quotes.map(q => text.slice(q.inner.start, q.inner.end));

describe('quotation spans', () => {
  it('pairs ASCII marks by direction', () => {
    assert.deepEqual(inner('قال الوزير "نحن مستعدون للحوار" أمس.'), ['نحن مستعدون للحوار']);
  });

  it('finds every mark style', () => {
    const text = 'أ «واحد» ب “اثنان” ج ‘ثلاثة’ د ‹أربعة› هـ „خمسة“ و {ستة}';
    assert.deepEqual(inner(text), ['واحد', 'اثنان', 'ثلاثة', 'أربعة', 'خمسة', 'ستة']);
    assert.deepEqual(run(text).quotes.map(q => q.style), ['guillemet', 'curly', 'single', 'angle', 'low', 'brace']);
  });

  it('nests a quote with the same mark when it opens after a space', () => {
    const text = 'وقال "فشلت في فصل ما يسمى "المعارضة" عن الإرهابيين".';
    const a = run(text);
    assert.deepEqual(a.quotes.map(q => [text.slice(q.inner.start, q.inner.end), q.depth]), [
      ['فشلت في فصل ما يسمى "المعارضة" عن الإرهابيين', 0],
      ['المعارضة', 1],
    ]);
  });

  it('opens a quote glued to a proclitic', () => {
    assert.deepEqual(inner('وقال مسؤولون لـ"واشنطن بوست" إن الخيار مطروح.'), ['واشنطن بوست']);
  });

  it('reports a stray closing mark and keeps the rest of the text free', () => {
    const text = 'وحذرت موسكو من "أي عدوان" على دمشق".\nوقال الوزير "سنرد" غدا.';
    const a = run(text);
    assert.deepEqual(a.quoteIssues.map(i => i.kind), ['unmatched-close']);
    assert.deepEqual(a.quotes.map(q => text.slice(q.inner.start, q.inner.end)), ['أي عدوان', 'سنرد']);
  });

  it('never lets an unclosed mark cross a line break', () => {
    const text = 'قال "هذا لن ينتهي\nوقال آخر "كلام واضح".';
    const a = run(text);
    assert.deepEqual(a.quoteIssues.map(i => [i.kind, i.start]), [['unmatched-open', 4]]);
    assert.deepEqual(a.quotes.map(q => text.slice(q.inner.start, q.inner.end)), ['كلام واضح']);
  });

  it('reports a guillemet closed by a curly mark as mismatched', () => {
    const a = run('قال «نحن هنا” ثم غادر.');
    assert.deepEqual(a.quoteIssues.map(i => i.kind), ['mismatched']);
  });

  it('marks the quotes that are statement content as attributed, not quoted names', () => {
    const text = 'وقال الوزير إن منظومة "إس 300" تعمل "بشكل ممتاز في كل الظروف".';
    const a = run(text);
    assert.deepEqual(a.quotes.map(q => [text.slice(q.inner.start, q.inner.end), q.attributed]), [
      ['إس 300', false],
      ['بشكل ممتاز في كل الظروف', true],
    ]);
  });
});
