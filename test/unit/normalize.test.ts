import * as assert from 'node:assert/strict';
import { looksArabic, normalizeArabic } from '../../src/core/normalize';

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
});
