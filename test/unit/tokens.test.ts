import * as assert from 'node:assert/strict';
import { TokenBuffer, tokenize, type Tokens } from '../../src/core/text/tokens';

/** Each token as [text, norm, word?, marked?]. */
const read = (toks: Tokens): [string, string, boolean, boolean][] =>
  Array.from({ length: toks.length }, (_, i) => [toks.text(i), toks.norm(i), toks.isWord(i), toks.marked(i)]);

describe('tokens', () => {
  it('splits words from punctuation and tells which words normalization marks', () => {
    const text = 'قالَ بيسكوڤ، «الإمارات» لـ"رويترز": 2016 😀؟';
    assert.deepEqual(read(tokenize(text, 0, text.length)), [
      ['قالَ', 'قال', true, true],
      ['بيسكوڤ', 'بيسكوف', true, true],
      ['،', '،', false, false],
      ['«', '«', false, false],
      ['الإمارات', 'الامارات', true, false],
      ['»', '»', false, false],
      ['لـ', 'ل', true, true],
      ['"', '"', false, false],
      ['رويترز', 'رويترز', true, false],
      ['"', '"', false, false],
      [':', ':', false, false],
      ['2016', '2016', true, false],
      ['😀', '😀', false, false],
      ['؟', '؟', false, false],
    ]);
  });

  it('gives offsets into the whole text when asked for a part of it', () => {
    const text = 'سطر أول\r\nقال الوزير';
    const toks = tokenize(text, 9, text.length);
    assert.equal(toks.length, 2);
    assert.deepEqual([toks.start(0), toks.end(0), toks.start(1), toks.end(1)], [9, 12, 13, 19]);
    assert.equal(tokenize(text, 3, 4).length, 0);
  });

  it('reads an index outside the line as nothing: not a word, no text', () => {
    const toks = tokenize('قال الوزير', 0, 10);
    for (const i of [-1, 2, 100]) {
      assert.equal(toks.isWord(i), false);
      assert.equal(toks.norm(i), '');
      assert.equal(toks.text(i), '');
    }
  });

  it('keeps the tokens of a line when later lines, a huge one among them, are tokenized', () => {
    const first = tokenize('أكد المتحدث أن', 0, 14);
    const many = 'كلمة، '.repeat(200_000);
    const huge = tokenize(many, 0, many.length);
    assert.equal(huge.length, 400_000);
    assert.deepEqual([huge.text(399_998), huge.text(399_999), huge.start(399_999)], ['كلمة', '،', many.length - 2]);
    const after = tokenize('وقال', 0, 4);
    assert.deepEqual(read(first).map(t => t[0]), ['أكد', 'المتحدث', 'أن']);
    assert.deepEqual(read(after).map(t => t[0]), ['وقال']);
  });

  it('keeps the tokens written to a buffer while later lines grow it, until it is cleared', () => {
    const buffer = new TokenBuffer();
    const text = 'قال الوزير\n' + 'كلمة '.repeat(5000) + '\nأكد المتحدث';
    const nl = text.indexOf('\n');
    const last = text.lastIndexOf('\n');
    const first = tokenize(text, 0, nl, undefined, buffer);
    const long = tokenize(text, nl + 1, last, undefined, buffer);
    const third = tokenize(text, last + 1, text.length, undefined, buffer);
    assert.deepEqual(read(first).map(t => t[0]), ['قال', 'الوزير']);
    assert.equal(long.length, 5000);
    assert.deepEqual([long.text(0), long.start(0), long.start(4999)], ['كلمة', nl + 1, last - 5]);
    assert.deepEqual(read(third).map(t => t[0]), ['أكد', 'المتحدث']);
    assert.deepEqual([third.start(0), third.end(1)], [last + 1, text.length]);
    buffer.clear();
    const again = tokenize(text, last + 1, text.length, undefined, buffer);
    assert.deepEqual([again.text(0), again.start(0)], ['أكد', last + 1]);
  });
});
