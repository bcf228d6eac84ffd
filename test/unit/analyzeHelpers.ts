/** Small helpers so each test reads as "this sentence -> this statement". */
import * as assert from 'node:assert/strict';
import { analyzeStrict, type Analysis, type AnalyzeOptions, type Statement } from '../../src/core';
import { assertWellFormed } from './helpers/assertWellFormed';

export function run(text: string, options?: AnalyzeOptions): Analysis {
  // analyzeStrict: an internal error fails the test instead of passing as an empty analysis.
  const a = analyzeStrict(text, options);
  assertWellFormed(a, text);
  return a;
}

/** The only statement of `text`. */
export function only(text: string, options?: AnalyzeOptions): Statement {
  const a = run(text, options);
  assert.equal(a.statements.length, 1, `expected one statement, got ${a.statements.map(s => s.content.text).join(' | ')}`);
  return a.statements[0];
}
