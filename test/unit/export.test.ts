import * as assert from 'node:assert/strict';
import { toCsv, toJsonObject, toMarkdown } from '../../src/core/export';
import { run } from './analyzeHelpers';

const text = 'قال الوزير سامي نور إن "الخطة جاهزة للتنفيذ" منذ أمس.\nوأضاف "سنبدأ، كما وعدنا، في الربيع".';

describe('exports', () => {
  const a = run(text);

  it('serialises the JSON shape the evaluation reads', () => {
    const o = toJsonObject(a) as { statements: { speaker: { name: string }; cue: { text: string }; mention: unknown; kind: string; content: { start: number; end: number; text: string }; line: number }[]; speakers: { name: string; aliases: string[]; statements: number[] }[]; quotes: unknown[]; credits: unknown[] };
    assert.equal(o.statements.length, 2);
    assert.equal(o.statements[1].mention, null);
    assert.equal(o.statements[1].line, 2);
    assert.equal(text.slice(o.statements[0].content.start, o.statements[0].content.end), o.statements[0].content.text);
    assert.deepEqual(o.speakers.map(s => [s.name, s.statements]), [['سامي نور', [0, 1]]]);
    assert.ok(Array.isArray(o.quotes) && Array.isArray(o.credits));
  });

  it('writes Markdown grouped by speaker', () => {
    const md = toMarkdown(a, 'خبر');
    assert.match(md, /^# خبر/);
    assert.match(md, /## سامي نور \(الوزير\)/);
    assert.match(md, /- line 2, direct, وأضاف: “سنبدأ، كما وعدنا، في الربيع”/);
  });

  it('writes CSV with quoted cells where needed', () => {
    const rows = toCsv(a).trim().split('\n');
    assert.equal(rows[0], 'line,speaker,role,kind,cue,mention,content,start,end');
    assert.equal(rows.length, 3);
    assert.match(rows[1], /^1,سامي نور,الوزير,mixed,قال,الوزير سامي نور,"""الخطة جاهزة للتنفيذ"" منذ أمس",/);
    assert.match(rows[2], /^2,سامي نور,الوزير,direct,وأضاف,,سنبدأ، كما وعدنا، في الربيع,/);
  });
});
