/**
 * What the Who Said What panel lists for the seed article: its 26 statements under 11 speakers,
 * each row from the statement's first word with its line, cue and kind; the same statements in
 * text order; the credits under their canonical outlets.
 */
import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { analyze } from '../../src/core';
import { buildPanelContent, rowText, type PanelContent } from '../../src/vscode/panel/panelContent';
import { buildSources, buildSpeakers, statementAt } from '../../src/vscode/whoSaidWhatNodes';

const text = readFileSync(join(__dirname, '..', '..', '..', 'seeds', '000_3cea5a5c1e717d72.txt'), 'utf8');
const analysis = analyze(text);
const lineOf = (offset: number) => text.slice(0, offset).split('\n').length;

function content(grouping: 'speaker' | 'text', order: 'activity' | 'appearance' = 'activity'): PanelContent {
  return buildPanelContent(buildSpeakers(analysis, order), buildSources(analysis), grouping, lineOf);
}

describe('the panel content of the seed article', () => {
  it('lists 26 statements under 11 speakers, most active first, each with its count and role', () => {
    const { groups, statementCount, speakerCount } = content('speaker');
    assert.equal(statementCount, 26);
    assert.equal(speakerCount, 11);
    assert.equal(groups.length, 11);
    assert.equal(groups.reduce((n, g) => n + g.rows.length, 0), 26);
    const counts = groups.map(g => g.heading!.count);
    assert.deepEqual(counts, [...counts].sort((a, b) => b - a));
    assert.deepEqual(groups.map(g => g.rows.length), counts);
    const peskov = groups.find(g => g.heading?.name === 'دميتري بيسكوف');
    assert.ok(peskov, groups.map(g => g.heading?.name).join(', '));
    assert.equal(peskov.heading!.role, 'المتحدث باسم الكرملين');
    assert.equal(peskov.heading!.count, 4);
  });

  it('starts each row at the first word of what was said, with its line, cue and kind', () => {
    for (const group of content('speaker').groups) {
      for (const row of group.rows) {
        const statement = analysis.statements[row.index]!;
        const words = statement.content.text.replace(/\s+/g, ' ').trim();
        assert.ok(words.startsWith(row.text.replace(/…$/, '')), `row ${row.id} does not start where the statement does: ${row.text}`);
        assert.equal(row.line, statement.line);
        assert.equal(row.cue, statement.cue.text);
        assert.equal(row.kind, statement.kind);
        assert.equal(row.id, `s${row.index}`);
      }
    }
    const direct = content('speaker').groups.flatMap(g => g.rows).find(r => r.line === 18 && r.kind === 'direct');
    assert.ok(direct?.text.startsWith('روسيا ستواصل اتصالاتها'), direct?.text);
  });

  it('lists the same statements in the order of the text, each with its speaker and role', () => {
    const { groups } = content('text');
    assert.equal(groups.length, 1);
    assert.equal(groups[0]!.heading, undefined);
    const rows = groups[0]!.rows;
    assert.equal(rows.length, 26);
    const starts = rows.map(r => analysis.statements[r.index]!.range.start);
    assert.deepEqual(starts, [...starts].sort((a, b) => a - b));
    assert.ok(rows.some(r => r.speaker === 'دميتري بيسكوف' && r.role === 'المتحدث باسم الكرملين'));
  });

  it('orders speakers by where the text first names them or reports their words, on request', () => {
    const names = content('speaker', 'appearance').groups.map(g => g.heading!.name);
    const first = (name: string) => {
      const speaker = analysis.speakers.find(s => s.name === name)!;
      return Math.min(analysis.statements[speaker.statements[0]!]!.range.start, speaker.mentions.length > 0 ? speaker.mentions[0]! : Infinity);
    };
    const firsts = names.map(first);
    assert.deepEqual(firsts, [...firsts].sort((a, b) => a - b));
    assert.notDeepEqual(names, content('speaker', 'activity').groups.map(g => g.heading!.name));
  });

  it('puts the 12 credits under their canonical outlets, with the line of each', () => {
    const { sources, creditCount } = content('speaker');
    assert.equal(creditCount, 12);
    const sputnik = sources.find(s => s.source === 'Sputnik');
    assert.ok(sputnik, sources.map(s => s.source).join(', '));
    assert.equal(sputnik.sourceArabic, 'سبوتنيك');
    const photo = sputnik.credits.find(c => c.line === 15);
    assert.ok(photo, `Sputnik credits on lines ${sputnik.credits.map(c => c.line)}`);
    assert.equal(photo.kind, 'photo');
    assert.ok(photo.text.includes('Sputnik'));
  });

  it('is empty for a text with no statements', () => {
    const none = analyze('نص قصير بلا تصريحات.');
    const empty = buildPanelContent(buildSpeakers(none, 'activity'), buildSources(none), 'text', () => 1);
    assert.deepEqual([empty.groups.length, empty.statementCount, empty.speakerCount], [0, 0, 0]);
  });
});

describe('panel rows', () => {
  it('keep a short statement whole, on one line', () => {
    assert.equal(rowText('روسيا  ستواصل\nاتصالاتها'), 'روسيا ستواصل اتصالاتها');
  });

  it('cut a long statement at a word, with "…" at its end', () => {
    const long = 'كلمة '.repeat(300);
    const row = rowText(long, 100);
    assert.ok(row.endsWith('…'));
    assert.ok(row.length <= 101);
    assert.ok(row.startsWith('كلمة كلمة'));
    assert.ok(!row.includes(' …') && row.slice(0, -1).endsWith('كلمة'));
  });
});

describe('the statement at the cursor', () => {
  it('is the innermost statement holding the offset', () => {
    const speakers = buildSpeakers(analysis, 'activity');
    const offset = text.indexOf('روسيا ستواصل اتصالاتها');
    const node = statementAt(speakers, offset);
    assert.equal(node?.statement.speaker.name, 'دميتري بيسكوف');
    assert.equal(node?.statement.line, 18);
    // The photo caption of line 15 reports nobody's words.
    assert.equal(statementAt(speakers, text.indexOf('© Sputnik')), undefined);
  });
});
