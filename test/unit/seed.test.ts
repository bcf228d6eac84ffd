/**
 * The seed article's full expected analysis (test/unit/fixtures/seedExpected.json): every statement
 * found, on its line, with an overlapping content span, the right speaker and the right kind. Spans
 * are compared as the evaluation does (overlap of at least half the shorter and a quarter of the
 * longer span), so a one-word boundary difference does not fail the suite but a missed statement does.
 */
import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { mentionSpans, normalizeArabic, type Statement } from '../../src/core';
import { run } from './analyzeHelpers';

interface Expected {
  readonly line: number;
  readonly speaker: string;
  readonly speaker_alts?: readonly string[];
  readonly kind: string;
  readonly content: string;
  readonly headline?: boolean;
}

const root = join(__dirname, '..', '..', '..');
const text = readFileSync(join(root, 'seeds', '000_3cea5a5c1e717d72.txt'), 'utf8');
const expected = (JSON.parse(readFileSync(join(root, 'test', 'unit', 'fixtures', 'seedExpected.json'), 'utf8')) as { statements: Expected[] }).statements;

const words = (s: string): string[] => normalizeArabic(s).split(/[^\p{L}\p{N}]+/u).filter(Boolean).map(w => (w.length > 4 && w.startsWith('ال') ? w.slice(2) : w));

function span(e: Expected): [number, number] {
  let start = 0;
  for (let l = 1; l < e.line; l++) start = text.indexOf('\n', start) + 1;
  const at = text.indexOf(e.content, start);
  return [at, at + e.content.length];
}

function overlaps(a: [number, number], s: Statement): boolean {
  const ov = Math.min(a[1], s.content.end) - Math.max(a[0], s.content.start);
  const la = a[1] - a[0];
  const lb = s.content.end - s.content.start;
  return ov > 0 && ov >= 0.5 * Math.min(la, lb) && ov >= 0.25 * Math.max(la, lb);
}

function sameSpeaker(name: string, e: Expected): boolean {
  const p = words(name).join(' ');
  return [e.speaker, ...(e.speaker_alts ?? [])].some(g => {
    const gw = words(g).join(' ');
    return gw === p || ` ${gw} `.includes(` ${p} `) || ` ${p} `.includes(` ${gw} `);
  });
}

describe('the seed article', () => {
  const analysis = run(text);

  it('finds exactly the expected statements', () => {
    assert.equal(analysis.statements.length, expected.length);
  });

  for (const e of expected) {
    it(`line ${e.line}: ${e.speaker} (${e.kind}) ${e.content.slice(0, 40)}…`, () => {
      const s = analysis.statements.find(x => x.line === e.line && overlaps(span(e), x));
      assert.ok(s, 'statement not found');
      assert.ok(sameSpeaker(s.speaker.name, e), `speaker ${s.speaker.name}`);
      assert.equal(s.kind, e.kind);
      assert.equal(s.headline, e.headline === true);
    });
  }

  it('reports the stray closing mark and the nested quote', () => {
    assert.equal(analysis.quoteIssues.filter(i => i.kind === 'unmatched-close').length, 1);
    assert.ok(analysis.quotes.some(q => q.depth === 1 && text.slice(q.inner.start, q.inner.end) === 'المعارضة'));
  });

  it('finds the doubled caption lines', () => {
    assert.equal(analysis.repeatedParagraphs.length, 3);
  });

  it('highlights بيسكوف as a mention of دميتري بيسكوف', () => {
    const peskov = analysis.speakers.find(s => s.name === 'دميتري بيسكوف');
    assert.ok(peskov);
    assert.ok(mentionSpans(peskov, text).filter(m => m.text === 'بيسكوف').length >= 3);
  });
});
