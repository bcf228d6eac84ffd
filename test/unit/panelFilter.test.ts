/**
 * The panel's filter box on the seed article: a speaker's name keeps all of their statements, a
 * word of a statement keeps that statement and its speaker's heading, spellings compare as the
 * analysis compares them, and an outlet's name keeps its credits.
 */
import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { analyze } from '../../src/core';
import { buildPanelContent } from '../../src/vscode/panel/panelContent';
import { filterContent, queryWords } from '../../src/vscode/panel/panelFilter';
import { buildSources, buildSpeakers } from '../../src/vscode/whoSaidWhatNodes';

const text = readFileSync(join(__dirname, '..', '..', '..', 'seeds', '000_3cea5a5c1e717d72.txt'), 'utf8');
const analysis = analyze(text);
const speakers = buildSpeakers(analysis, 'activity');
const content = buildPanelContent(speakers, buildSources(analysis), 'speaker', () => 1);
const rowsOf = (ids: ReadonlySet<string>) => content.groups.flatMap(g => g.rows).filter(r => ids.has(r.id));

describe('the panel filter', () => {
  it('shows everything for an empty query', () => {
    assert.equal(filterContent(content, ''), undefined);
    assert.equal(filterContent(content, '   '), undefined);
  });

  it('keeps every statement of a speaker whose name matches, and only that speaker', () => {
    const match = filterContent(content, 'بيسكوف')!;
    const rows = rowsOf(match.ids);
    assert.equal(rows.length, 4);
    assert.ok(rows.every(r => r.speaker === 'دميتري بيسكوف'));
    const peskov = content.groups.find(g => g.heading?.name === 'دميتري بيسكوف')!.heading!;
    assert.ok(match.ids.has(peskov.id));
    assert.equal(content.groups.filter(g => g.heading && match.ids.has(g.heading.id)).length, 1);
  });

  it('keeps a statement by a word of it, with its speaker heading', () => {
    const match = filterContent(content, 'ستواصل اتصالاتها')!;
    const rows = rowsOf(match.ids);
    assert.equal(rows.length, 1);
    assert.equal(analysis.statements[rows[0]!.index]!.line, 18);
    assert.ok(match.ids.has(content.groups.find(g => g.rows.includes(rows[0]!))!.heading!.id));
  });

  it('compares spellings as the analysis does: hamza, alef and diacritics folded', () => {
    assert.deepEqual(queryWords('  إيغور   كوناشنكوف '), ['ايغور', 'كوناشنكوف']);
    const plain = rowsOf(filterContent(content, 'ايغور كوناشنكوف')!.ids).length;
    assert.ok(plain > 0);
    assert.equal(rowsOf(filterContent(content, 'إيغورُ كوناشنكوف')!.ids).length, plain);
  });

  it('finds a speaker by role', () => {
    const rows = rowsOf(filterContent(content, 'المتحدث باسم الكرملين')!.ids);
    assert.ok(rows.length >= 4 && rows.some(r => r.speaker === 'دميتري بيسكوف'));
  });

  it('keeps an outlet\'s credits by its name in either script, and hides what matches nothing', () => {
    const byName = filterContent(content, 'sputnik')!;
    const sputnik = content.sources.find(s => s.source === 'Sputnik')!;
    assert.ok(byName.ids.has(sputnik.id));
    assert.ok(sputnik.credits.every(c => byName.ids.has(c.id)));
    assert.equal(rowsOf(byName.ids).length, 0);
    assert.ok(filterContent(content, 'سبوتنيك')!.ids.has(sputnik.id));
    assert.equal(filterContent(content, 'لا-يوجد-هذا')!.ids.size, 0);
  });
});
