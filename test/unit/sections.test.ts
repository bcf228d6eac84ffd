import * as assert from 'node:assert/strict';
import { run } from './analyzeHelpers';

describe('sections and repeated paragraphs', () => {
  it('takes the first non-empty line as the title and short unpunctuated lines as subheadings', () => {
    const text = '\nالحكومة تقر الميزانية\n\nأقرت الحكومة الميزانية الجديدة بعد نقاش طويل.\n\nخلاف حول الضرائب\n\nواختلف النواب حول الضرائب.';
    const a = run(text);
    assert.deepEqual(a.sections.map(s => [s.title, s.level]), [['الحكومة تقر الميزانية', 1], ['خلاف حول الضرائب', 2]]);
    assert.equal(text.slice(a.sections[1].start, a.sections[1].end), 'خلاف حول الضرائب');
  });

  it('does not take a short line that ends as a sentence or a lead-in does as a subheading', () => {
    const text = 'العنوان\n\nهل تنجح الخطة؟\n\nوقال الوزير للصحفيين:\n\nالأسعار ترتفع.\n\nفي الرياض،\n\nخطة جديدة\n';
    const a = run(text);
    assert.deepEqual(a.sections.map(s => [s.title, s.level]), [['العنوان', 1], ['خطة جديدة', 2]]);
  });

  it('does not take a photo caption with a credit as a subheading', () => {
    const a = run('العنوان\n\nالوزير في المؤتمر © رويترز\n');
    assert.equal(a.sections.length, 1);
  });

  it('reports a paragraph repeated verbatim with its first occurrence', () => {
    const text = 'العنوان\nالوزير يلقي كلمة في المؤتمر. تصوير: وكالة\nالوزير يلقي كلمة في المؤتمر. تصوير: وكالة\n';
    const a = run(text);
    assert.equal(a.repeatedParagraphs.length, 1);
    assert.equal(a.repeatedParagraphs[0].firstStart, text.indexOf('الوزير'));
    assert.equal(a.repeatedParagraphs[0].start, text.lastIndexOf('الوزير'));
  });

  it('tells apart long paragraphs that share their length and both ends, and finds the one repeated', () => {
    const head = 'وقالت الوزارة في بيان صدر مساء اليوم إن فرق الإنقاذ ما زالت تعمل في المنطقة المنكوبة';
    const tail = 'وأضاف البيان أن الأعمال ستستمر حتى انتهاء عمليات البحث عن المفقودين في جميع المواقع';
    const paragraph = (middle: string): string => `${head} ${middle} ${tail}`;
    const text = ['عنوان', paragraph('شمالا'), paragraph('جنوبا'), paragraph('شرقيا'), paragraph('جنوبا')].join('\n\n');
    const a = run(text);
    assert.deepEqual(a.repeatedParagraphs.map(r => [r.firstStart, r.start]), [[text.indexOf(paragraph('جنوبا')), text.lastIndexOf(paragraph('جنوبا'))]]);
  });

  for (const [size, filler] of [['an article', 0], ['a long text', 5000]] as const) {
    it(`in ${size}, does not report as repeated the distinct paragraphs past the few it remembers with the same length and ends`, () => {
      const head = 'وقالت الوزارة في بيان صدر مساء اليوم إن فرق الإنقاذ ما زالت تعمل في المنطقة المنكوبة';
      const tail = 'وأضاف البيان أن الأعمال ستستمر حتى انتهاء عمليات البحث عن المفقودين في جميع المواقع';
      const rows = Array.from({ length: 12 }, (_, i) => `${head} الموقع ${10 + i} ${tail}`);
      const lines = Array.from({ length: filler }, (_, i) => `سطر قصير رقم ${i}`);
      const text = ['عنوان', ...rows, ...lines, rows[0], rows[3]].join('\n\n');
      const a = run(text);
      assert.deepEqual(a.repeatedParagraphs.map(r => [r.firstStart, r.start]), [
        [text.indexOf(rows[0]), text.lastIndexOf(rows[0])], [text.indexOf(rows[3]), text.lastIndexOf(rows[3])],
      ]);
    });
  }
});
