/**
 * The editing behaviour of the arabic-news language: quotation marks pair up when typed or wrapped
 * around a selection, and a double click selects a whole Arabic word with its clitics, diacritics
 * and tatweel but stops at Arabic punctuation.
 */
import * as assert from 'node:assert';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

interface LanguageConfiguration {
  brackets: [string, string][];
  autoClosingPairs: { open: string; close: string }[];
  surroundingPairs: [string, string][];
  wordPattern: string;
}

const config = JSON.parse(readFileSync(join(process.cwd(), 'language-configuration.json'), 'utf8')) as LanguageConfiguration;

/** Words the way VS Code finds them: the word pattern applied globally. */
const words = (text: string): string[] => text.match(new RegExp(config.wordPattern, 'g')) ?? [];

describe('language configuration', () => {
  const quotePairs: [string, string][] = [['«', '»'], ['“', '”'], ['"', '"'], ['‘', '’']];

  for (const [open, close] of quotePairs) {
    it(`auto-closes and surrounds with ${open}${close}`, () => {
      assert.ok(config.autoClosingPairs.some(p => p.open === open && p.close === close), 'autoClosingPairs');
      assert.ok(config.surroundingPairs.some(([o, c]) => o === open && c === close), 'surroundingPairs');
    });
  }

  it('matches the directional quote marks as brackets', () => {
    for (const pair of [['«', '»'], ['“', '”']]) {
      assert.ok(config.brackets.some(([o, c]) => o === pair[0] && c === pair[1]), pair.join(''));
    }
  });

  it('keeps clitics, diacritics and tatweel inside a word', () => {
    assert.deepStrictEqual(words('وقال بيسكوف مضيفاً صرّح لـ'), ['وقال', 'بيسكوف', 'مضيفاً', 'صرّح', 'لـ']);
  });

  it('splits words at Arabic punctuation and quotation marks', () => {
    assert.deepStrictEqual(words('موسكو، واشنطن؛ «الكرملين» هل؟'), ['موسكو', 'واشنطن', 'الكرملين', 'هل']);
  });

  it('keeps a number with an Arabic decimal separator whole', () => {
    assert.deepStrictEqual(words('بنسبة ١٢٫٥ في 2016'), ['بنسبة', '١٢٫٥', 'في', '2016']);
  });
});
