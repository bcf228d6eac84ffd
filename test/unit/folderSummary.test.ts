/** Speakers merged across articles: by normalized name, and short forms into the one full name. */
import * as assert from 'node:assert/strict';
import { digestOf } from '../../src/core/folder/digest';
import { mergeTargets, speakerKey } from '../../src/core/folder/speakerMerge';
import { FolderSummary } from '../../src/core/folder/summary';
import { run } from './analyzeHelpers';

const summaryOf = (...articles: string[]) => {
  const summary = new FolderSummary();
  for (const text of articles) summary.addArticle(digestOf(run(text)));
  return summary;
};

describe('speakers across articles', () => {
  it('keys a name by its normalized spelling', () => {
    assert.equal(speakerKey('أحمد  الأميركي'), speakerKey('احمد الاميركى'));
  });

  it('sends a short form to the one longer name written that way, and only then', () => {
    const targets = mergeTargets([
      { key: 'سامي نور', aliasKeys: ['سامي نور', 'نور'] },
      { key: 'نور', aliasKeys: ['نور'] },
      { key: 'عباس', aliasKeys: ['عباس'] },
      { key: 'محمود عباس', aliasKeys: ['محمود عباس', 'عباس'] },
      { key: 'علي عباس', aliasKeys: ['علي عباس', 'عباس'] },
    ]);
    assert.equal(targets.get('نور'), 'سامي نور');
    assert.equal(targets.has('عباس'), false, 'two people are written عباس: it stays on its own');
    assert.equal(targets.has('سامي نور'), false);
  });

  it('sends a surname alone to the one full name it ends, also when no article wrote both', () => {
    const targets = mergeTargets([
      { key: 'فلاديمير بوتين', aliasKeys: ['فلاديمير بوتين'] },
      { key: 'بوتين', aliasKeys: ['بوتين'] },
      { key: 'محمود عباس', aliasKeys: ['محمود عباس'] },
      { key: 'علي عباس', aliasKeys: ['علي عباس'] },
      { key: 'عباس', aliasKeys: ['عباس'] },
    ]);
    assert.equal(targets.get('بوتين'), 'فلاديمير بوتين');
    assert.equal(targets.has('عباس'), false, 'two full names end with عباس: it stays on its own');
  });

  it('counts statements and articles of a speaker quoted in two articles, spelled two ways', () => {
    const summary = summaryOf(
      'الحكومة تعد بخطة جديدة\n\nقال وزير الصحة سامي نور إن "المستشفيات جاهزة لاستقبال المرضى".\nوأضاف نور أن الأدوية وصلت إلى كل المدن.\n',
      'خبر اليوم\n\nوقال نور إن "العمل مستمر في كل المدارس".\n',
      'خبر\n\nأكد الوزير سامى نور أن "الخطة تسير كما رسمت".\n',
    );
    const rows = summary.speakerRows();
    assert.equal(rows.length, 1, JSON.stringify(rows));
    assert.equal(rows[0]!.name, 'سامي نور');
    assert.equal(rows[0]!.statements, 4);
    assert.equal(rows[0]!.articles, 3);
  });

  it('adds up parts summed apart, as worker threads do', () => {
    const a = summaryOf('خبر\n\nوقال الوزير سامي نور إن "العمل مستمر في كل المدارس".\nونقلت وكالة رويترز الخبر.\n');
    const b = summaryOf('خبر آخر\n\nوقال الوزير سامي نور إن "الخطة جاهزة لكل المدارس".\nونقلت وكالة رويترز الخبر.\n');
    const whole = new FolderSummary();
    whole.add(a.toData());
    whole.add(b.toData());
    assert.equal(whole.articles, 2);
    assert.deepEqual(whole.speakerRows().map(r => [r.name, r.statements, r.articles]), [['سامي نور', 2, 2]]);
    assert.deepEqual(whole.outletRows().map(o => [o.source, o.articles]), [['Reuters', 2]]);
  });
});
