/**
 * Line endings and byte-order marks: a file saved on Windows (CRLF), by an old Mac tool (CR) or
 * with a UTF-8 BOM is the same article, so it must yield the same statements; only offsets move.
 */
import * as assert from 'node:assert';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { analyze, type Analysis } from '../../src/core';
import { assertWellFormed } from './helpers/assertWellFormed';

const SEED = readFileSync(join(process.cwd(), 'seeds', '000_3cea5a5c1e717d72.txt'), 'utf8').replace(/\r\n?/g, '\n');

/** A statement without its offsets; text fields lose any \r so LF and CRLF compare equal. */
function statementShapes(analysis: Analysis): string[] {
  const clean = (s: string | undefined): string => (s ?? '').replace(/\r/g, '');
  return analysis.statements.map(s => [
    s.kind, s.speaker.name, clean(s.speaker.role), clean(s.cue.text), s.cue.kind, clean(s.mention?.text),
    clean(s.content.text), s.headline, s.line,
  ].join(' | '));
}

function analyzed(text: string): Analysis {
  const analysis = analyze(text);
  assertWellFormed(analysis, text);
  return analysis;
}

describe('hostile input: line endings and BOM', () => {
  const lf = analyzed(SEED);

  it('finds statements in the LF seed (the baseline the others are compared with)', () => {
    assert.ok(lf.statements.length > 0);
  });

  it('yields the same statements for CRLF input as for LF input, modulo offsets', () => {
    const crlf = analyzed(SEED.replace(/\n/g, '\r\n'));
    assert.deepStrictEqual(statementShapes(crlf), statementShapes(lf));
    assert.strictEqual(crlf.quotes.length, lf.quotes.length);
    assert.strictEqual(crlf.credits.length, lf.credits.length);
  });

  it('yields the same statements after a UTF-8 byte-order mark, offsets shifted by one', () => {
    const bom = analyzed('\uFEFF' + SEED);
    assert.deepStrictEqual(statementShapes(bom), statementShapes(lf));
    assert.deepStrictEqual(bom.statements.map(s => s.content.start), lf.statements.map(s => s.content.start + 1));
  });

  it('survives old-Mac CR line endings, mixed endings and a BOM with CRLF', () => {
    analyzed(SEED.replace(/\n/g, '\r'));
    analyzed(SEED.split('\n').map((l, i) => l + ['\n', '\r\n', '\r'][i % 3]).join(''));
    analyzed('\uFEFF' + SEED.replace(/\n/g, '\r\n'));
    analyzed('\uFEFF\uFEFF\r\n\r\n\uFEFFقال الوزير "نعم"\r');
  });
});
