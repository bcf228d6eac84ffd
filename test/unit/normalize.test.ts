import * as assert from 'node:assert/strict';
import { looksArabic, normalizeArabic } from '../../src/core/normalize';
import { tokenize } from '../../src/core/tokens';
import { wordHash } from '../../src/core/wordFilter';

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
    const words = tokenize(text, 0, text.length).filter(t => t.word);
    assert.equal(words.length, 15);
    for (const t of words) {
      assert.equal(t.text, text.slice(t.start, t.end));
      assert.equal(t.norm, normalizeArabic(t.text), t.text);
      assert.equal(t.hash, wordHash(t.norm), t.text);
    }
    assert.deepEqual(words.map(t => t.norm).slice(2, 4), ['موسسه', 'الدوله']);
  });
});
