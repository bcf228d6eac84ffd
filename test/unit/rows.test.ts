import * as assert from 'node:assert/strict';
import { CUE_FIELDS, IntRows, StringIds, readCue, writeCue } from '../../src/core/rows';
import type { Cue } from '../../src/core/types';

describe('rows of numbers that hold a long analysis until its objects are built', () => {
  it('adds rows of zeros the caller fills, each at its own place, small or large', () => {
    const rows = new IntRows(3);
    for (let i = 0; i < 5000; i++) {
      const at = rows.add();
      assert.deepEqual(Array.from(rows.data.slice(at, at + 3)), [0, 0, 0]);
      rows.data[at] = i;
      rows.data[at + 2] = 7 * i;
    }
    assert.equal(rows.length, 5000);
    for (const i of [0, 1, 2, 63, 64, 1365, 1366, 4999]) assert.deepEqual(Array.from(rows.data.slice(3 * i, 3 * i + 3)), [i, 0, 7 * i]);
  });

  it('gives back each cue with the fields it had, its text read from the text', () => {
    const text = 'قالوا إن الخطة جاهزة، وفقا لمصادر. الوزير: الخطة جاهزة وقالت';
    const at = (s: string): number => text.indexOf(s);
    const cues: Cue[] = [
      { text: 'قالوا', start: 0, end: 5, kind: 'verb', lemma: 'قال', gender: 'm', plural: true },
      { text: 'وفقا ل', start: at('وفقا'), end: at('وفقا') + 6, kind: 'phrase', lemma: 'وفقا', gender: undefined, plural: undefined },
      { text: ':', start: at(':'), end: at(':') + 1, kind: 'headline', lemma: ':' },
      { text: 'وقالت', start: at('وقالت'), end: text.length, kind: 'verb', lemma: 'قال', gender: 'f', plural: false },
    ];
    const rows = new IntRows(CUE_FIELDS);
    const lemmas = new StringIds();
    for (const cue of cues) {
      const row = rows.add();
      writeCue(rows.data, row, cue, lemmas);
    }
    assert.equal(lemmas.strings.length, 3);
    const back = cues.map((_, i) => readCue(text, rows.data, i * CUE_FIELDS, lemmas));
    assert.deepEqual(back, cues);
    assert.deepEqual(back.map(c => Object.keys(c)), cues.map(c => Object.keys(c)));
  });
});
