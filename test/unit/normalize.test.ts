import * as assert from 'node:assert/strict';
import { looksArabic, normalizeArabic } from '../../src/core/text/normalize';
import { tokenize } from '../../src/core/text/tokens';
import { wordHash } from '../../src/core/text/wordFilter';

describe('Arabic normalization', () => {
  it('folds alef forms, ta marbuta, alef maqsura and hamza carriers', () => {
    assert.equal(normalizeArabic('أإآٱ'), 'اااا');
    assert.equal(normalizeArabic('مدينة'), 'مدينه');
    assert.equal(normalizeArabic('مصطفى'), 'مصطفي');
    assert.equal(normalizeArabic('مسؤول رئيس'), 'مسوول رييس');
  });

  it('drops diacritics and tatweel', () => {
    assert.equal(normalizeArabic('قَالَ'), 'قال');
    assert.equal(normalizeArabic('لـ'), 'ل');
  });

  it('returns plain words unchanged', () => {
    assert.equal(normalizeArabic('كتب'), 'كتب');
  });

  it('tells Arabic text from other text', () => {
    assert.equal(looksArabic('قال المتحدث باسم الكرملين إن روسيا ستواصل التعاون مع الولايات المتحدة'), true);
    assert.equal(looksArabic('The spokesman said that Russia will keep cooperating with the United States.'), false);
  });

  it('gives each word token the normalized form and hash normalizeArabic gives its text, at any length', () => {
    // Plain, folded, diacritized, tatweel, a word of twelve folded units, longer ones, Latin and digits.
    const text = 'قال الإمارات مُؤسَّسَة الـــدولة أأأأأأأأأأأأ إستراتيجيةً الاستخباراتيةُ المُتَحَدِّثَةُ Reuters 2016 فى أ إلى أخرى الرئاسة';
    const toks = tokenize(text, 0, text.length);
    const words = Array.from({ length: toks.length }, (_, i) => i).filter(i => toks.isWord(i));
    assert.equal(words.length, 15);
    for (const i of words) {
      const written = toks.text(i);
      assert.equal(written, text.slice(toks.start(i), toks.end(i)));
      assert.equal(toks.norm(i), normalizeArabic(written), written);
      assert.equal(toks.hash(i), wordHash(toks.norm(i)), written);
    }
    assert.deepEqual(words.map(i => toks.norm(i)).slice(2, 4), ['موسسه', 'الدوله']);
  });
});
