import * as assert from 'node:assert/strict';
import { analyze } from '../../src/core';
import { runChecks } from '../../src/vscode/checks';

const all = (): boolean => true;

describe('editorial checks', () => {
  it('finds a quote nobody is credited with, an unclosed mark and a repeated paragraph', () => {
    const paragraph = 'وأعلنت الوزارة أن الطريق سيغلق يوم الجمعة للصيانة الدورية.';
    const text = `ورفع المتظاهرون لافتات كتب عليها "لا للحرب في بلادنا أبدا".\nقال الوزير سالم رشيد «إن العمل مستمر.\n${paragraph}\n${paragraph}`;
    const findings = runChecks(analyze(text), text, all).map(f => [f.check, text.slice(f.start, f.end)]);
    assert.deepEqual(findings, [
      ['unattributedQuote', '"لا للحرب في بلادنا أبدا"'],
      ['quoteMarks', '«'],
      ['repeatedParagraph', paragraph],
    ]);
    assert.deepEqual(runChecks(analyze(text), text, check => check === 'quoteMarks').map(f => f.check), ['quoteMarks']);
  });

  it('reports every unmatched mark of a line of hundreds of thousands', () => {
    const text = '«'.repeat(300_000);
    const analysis = analyze(text);
    assert.equal(analysis.quoteIssues.length, 300_000);
    assert.equal(runChecks(analysis, text, check => check === 'quoteMarks').length, 300_000);
  });
});
