import * as assert from 'node:assert/strict';
import { VERB_INDEX, extraVerbIndex } from '../../src/core/lexicon/morphology';
import { normalizeArabic } from '../../src/core/text/normalize';

const form = (w: string) => VERB_INDEX.get(normalizeArabic(w));

describe('reporting verb morphology', () => {
  it('generates perfect forms with gender and number', () => {
    assert.deepEqual([form('قال')?.gender, form('قالت')?.gender, form('قالوا')?.plural], ['m', 'f', true]);
    assert.equal(form('قالا')?.lemma, 'قال');
  });

  it('generates imperfect forms', () => {
    for (const w of ['يقول', 'تقول', 'يقولون']) assert.equal(form(w)?.tense, 'imperfect', w);
    assert.equal(form('تقول')?.gender, 'f');
  });

  it('generates active participles with and without tanween', () => {
    for (const w of ['مضيفا', 'مضيفاً', 'مؤكدا', 'مشيرا', 'قائلا', 'موضحا', 'متهمة', 'مضيفة']) assert.equal(form(w)?.tense, 'participle', w);
    assert.equal(form('مشيرة')?.gender, 'f');
  });

  it('accepts the conjunctions و and ف and object pronouns', () => {
    assert.equal(form('وقال')?.conj, true);
    assert.equal(form('فيقول')?.conj, true);
    assert.equal(form('أعلنتها')?.lemma, 'أعلن');
    assert.equal(form('ويصفها')?.lemma, 'وصف');
  });

  it('compares after normalization: hamza and alef forms', () => {
    assert.equal(form('واضاف')?.lemma, 'أضاف');
    assert.equal(form('وأضاف')?.lemma, 'أضاف');
  });

  it('leaves out forms that are mostly something else', () => {
    for (const w of ['بين', 'عبر', 'طالب', 'مشددة', 'إضافة', 'مضيف']) assert.equal(form(w), undefined, w);
  });

  it('leaves out readings that are not speech: the narrator aside, amounts, passives', () => {
    for (const w of ['يذكر', 'ويذكر', 'ذكره', 'تبلغ', 'يتبين', 'تبين', 'يعتبر', 'وتعتبر']) assert.equal(form(w), undefined, w);
    assert.equal(form('أبلغ')?.lemma, 'أبلغ');
    assert.equal(form('معتبرا')?.lemma, 'اعتبر');
  });

  it('builds forms for user verbs', () => {
    const extra = extraVerbIndex(['ألمح', 'استنكر']);
    assert.equal(extra.get(normalizeArabic('واستنكرت'))?.gender, 'f');
    assert.equal(extra.get(normalizeArabic('يستنكر'))?.lemma, 'استنكر');
  });
});
