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

/** mulberry32: a tiny seeded PRNG, enough to make random inputs reproducible. */
function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const pick = <T>(random: () => number, items: readonly T[]): T => items[Math.floor(random() * items.length)];

/** Code-point ranges a news file may plausibly or implausibly contain, astral planes included. */
const RANGES: readonly [number, number][] = [
  [0x20, 0x7e], [0x00, 0x1f], [0x80, 0x2ff], [0x300, 0x36f], [0x590, 0x5ff], [0x600, 0x6ff], [0x750, 0x77f],
  [0x8a0, 0x8ff], [0x2000, 0x206f], [0x3000, 0x30ff], [0x4e00, 0x4e80], [0xfb50, 0xfdff], [0xfe70, 0xfeff],
  [0xd800, 0xdfff], [0x1f300, 0x1f64f], [0x10000, 0x10100],
];

/** Words that drive the analysis deep (cues, quote marks, colons, agencies) mixed into the noise. */
const NEWS_WORDS = [
  'قال', 'وقال', 'وأضاف', 'مضيفا', 'وأشارت', 'وفقا', 'لـ', 'بحسب', 'إن', 'أن', 'المتحدث', 'باسم', 'الوزير',
  'الكرملين', 'رويترز', 'أ ف ب', '©', 'تصوير:', ':', '،', '.', '"', '«', '»', '“', '”', '‘', '’', '{', '}', '\n',
  '\n\n', ' - ', 'www.example.com', '2016', '٢٠١٦', 'بيسكوف', 'دميتري', 'يوم', 'الثلاثاء', '\u200f', '\u202b',
];

function randomText(random: () => number, length: number): string {
  const parts: string[] = [];
  let size = 0;
  while (size < length) {
    let part: string;
    if (random() < 0.5) {
      part = pick(random, NEWS_WORDS) + (random() < 0.7 ? ' ' : '');
    } else {
      const [lo, hi] = pick(random, RANGES);
      // Built from code units, so surrogate halves come out alone as well as in pairs.
      const cp = lo + Math.floor(random() * (hi - lo + 1));
      part = cp > 0xffff ? String.fromCodePoint(cp) : String.fromCharCode(cp);
    }
    parts.push(part);
    size += part.length;
  }
  return parts.join('');
}

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
    const random = prng(42);
    const bytes = Buffer.alloc(64 * 1024);
    for (let i = 0; i < bytes.length; i++) bytes[i] = Math.floor(random() * 256);
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
    const random = prng(7);
    const controls = ['\u200e', '\u200f', '\u061c', '\u202a', '\u202b', '\u202c', '\u202d', '\u202e', '\u2066', '\u2067', '\u2068', '\u2069'];
    const text = SEED.replace(/ /g, m => (random() < 0.2 ? pick(random, controls) + m : m));
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
