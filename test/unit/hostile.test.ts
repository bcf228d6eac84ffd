/**
 * Hostile input, small and random: whatever bytes a file holds, `analyze` returns an analysis whose
 * every span is inside the text and says what it covers. Random inputs come from a seeded generator,
 * so a failure names a seed that reproduces it.
 */
import * as assert from 'node:assert';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { analyze, type Analysis } from '../../src/core';
import { analyzeSafely, assertWellFormed } from './helpers/assertWellFormed';
import { prng, randomBytes, randomText, withBidiControls } from '../fixtures/hostileInputs';

const SEED = readFileSync(join(process.cwd(), 'seeds', '000_3cea5a5c1e717d72.txt'), 'utf8');

describe('hostile input: random and malformed text', function () {
  this.timeout(120_000);

  it('survives 200 random Unicode documents (seeds 1..200)', () => {
    for (let seed = 1; seed <= 200; seed++) {
      const random = prng(seed);
      const text = randomText(random, Math.floor(random() * 4000));
      try {
        analyzeSafely(text);
      } catch (error) {
        throw new Error(`seed ${seed}: ${(error as Error).message}`, { cause: error });
      }
    }
  });

  it('survives random bytes decoded as UTF-8 and as Latin-1', () => {
    const bytes = randomBytes(42, 64 * 1024);
    analyzeSafely(bytes.toString('utf8'));
    analyzeSafely(bytes.toString('latin1'));
  });

  it('survives the seed article read with the wrong encoding (mojibake) and with NUL bytes', () => {
    analyzeSafely(Buffer.from(SEED, 'utf8').toString('latin1'));
    analyzeSafely(SEED.replace(/ /g, (_, i: number) => (i % 7 === 0 ? '\0' : ' ')));
  });

  it('survives lone surrogates around quotes and cues', () => {
    const text = 'قال\uD800 الوزير "\uDC00نص\uD83D" و«\uDFFF»\uD800\n\uDC00وأضاف \uD83D';
    analyzeSafely(text);
  });

  it('keeps spans off the middle of surrogate pairs when emoji sit next to quotes', () => {
    const text = 'قال الوزير "👍 نعم سنواصل 🇸🇦" للصحفيين 😀، مضيفا «🙂اتفاق🙂».';
    analyzeSafely(text);
  });

  it('finds the statements of the seed article through bidi control characters', () => {
    const text = withBidiControls(SEED, 7);
    const analysis = analyzeSafely(text);
    assert.ok(analysis.statements.length > 0, 'bidi marks must not hide every statement');
  });

  it('survives mixed scripts: Latin, Cyrillic, Hebrew, Persian, Urdu, CJK, Arabic-Indic digits', () => {
    const text = [
      'قال Путин в Кремле "мы продолжим" وأضاف 我们 "继续合作" ו"נמשיך" گفت «ادامه می‌دهیم» ۱۲۳۴ ٥٦٧',
      'Reuters: "talks will continue", said the spokesman. وقال المتحدث: "نعم".',
    ].join('\n');
    analyzeSafely(text);
  });

  it('returns a well-formed empty analysis for empty and trivial texts', () => {
    for (const text of ['', ' ', '\n', '\r\n', '"', '«', '»', ':', 'قال', '\uFEFF', '\u0000', '\uD800']) analyzeSafely(text);
  });
});

describe('assertWellFormed', () => {
  const text = 'قال الوزير "نعم"';

  it('accepts the analysis of a plain sentence', () => {
    assertWellFormed(analyze(text), text);
  });

  it('rejects a span whose text is not the slice it claims', () => {
    const analysis = analyze(text);
    const broken: Analysis = {
      ...analysis,
      credits: [{ text: 'رويترز', start: 0, end: 3, source: 'Reuters', kind: 'agency' }],
    };
    assert.throws(() => assertWellFormed(broken, text), /credits\[0\]: text/);
  });

  it('rejects a span outside the text and a quote without room for its marks', () => {
    const analysis = analyze(text);
    const broken: Analysis = {
      ...analysis,
      quotes: [{ start: 11, end: 40, inner: { start: 11, end: 15 }, style: 'ascii', depth: 0, attributed: false }],
    };
    assert.throws(() => assertWellFormed(broken, text), /quotes\[0\]: \[11, 40\) is not inside/);
  });
});
