/**
 * The Who Said What panel on the seed article, through its webview's DOM: 26 statements under 11
 * speakers, right to left, each row from its first word; a click or Enter selects the sentence in
 * the editor; the row follows the cursor; the filter narrows the list; the statements in text
 * order; the Sources section; the counts in the view's title.
 */
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import type { IsnadApi } from '../../src/vscode/api';
import { isnadApi, lineOf } from './isnadApi';
import { editorSelects, openPanel, panelShows, selectedRows, visibleRows } from './panel';
import { openSeed } from './seed';

const PESKOV = 'دميتري بيسكوف';

describe('Who said what: the panel on the seed article', () => {
  let api: IsnadApi;
  let editor: vscode.TextEditor;

  before(async () => {
    editor = await openSeed();
    api = await isnadApi();
    await api.analysisOf(editor.document);
    await openPanel(api);
    editor = await vscode.window.showTextDocument(editor.document);
  });

  afterEach(async () => {
    await vscode.commands.executeCommand('isnad.groupBySpeaker');
    await vscode.commands.executeCommand('isnad.orderByActivity');
    if (api.panel.ready) await api.panel.act({ kind: 'filter', text: '' });
  });

  const statement = (rowId: string) => api.model.analysis!.statements[Number(rowId.slice(1))]!;

  it('lists the 26 statements under 11 speakers, right to left, each from its first word', async () => {
    const shown = await panelShows(api, '26 rows', s => s.rows.length === 26);
    assert.equal(shown.dir, 'rtl');
    assert.equal(shown.headings.length, 11);
    assert.equal(visibleRows(shown).length, 26);
    for (const row of shown.rows) {
      const words = statement(row.id).content.text.replace(/\s+/g, ' ').trim();
      assert.ok(words.startsWith(row.text.replace(/…$/, '')), `row ${row.id} does not start at the statement's first word: ${row.text}`);
      assert.equal(row.direction, 'rtl', `row ${row.id}`);
      assert.equal(row.lineClamp, '3', `row ${row.id} is not clamped to three lines`);
    }
    const peskov = shown.headings.find(h => h.text.includes(PESKOV));
    assert.ok(peskov, shown.headings.map(h => h.text).join(' | '));
    assert.ok(peskov.text.includes('المتحدث باسم الكرملين'), `no role in the heading: ${peskov.text}`);
    assert.ok(peskov.text.includes('4'), `no count in the heading: ${peskov.text}`);
    assert.equal(shown.summary, '26 statements · 11 speakers');
  });

  it('puts the counts in the view description and badge', () => {
    assert.equal(api.panel.description, '26 statements · 11 speakers');
    assert.equal(api.panel.badge, 26);
  });

  it('reveals and selects the sentence of a clicked row', async () => {
    const shown = await panelShows(api, 'rows', s => s.rows.length === 26);
    const row = shown.rows.find(r => statement(r.id).line === 18 && statement(r.id).kind === 'direct')!;
    const target = statement(row.id);
    await api.panel.act({ kind: 'click', id: row.id });
    const active = await editorSelects(target.range.start, target.range.end);
    assert.equal(active.document, editor.document);
    assert.ok(active.document.getText(active.selection).includes(target.content.text));
    const after = await panelShows(api, `row ${row.id} selected`, s => selectedRows(s)[0]?.id === row.id);
    assert.equal(selectedRows(after).length, 1);
  });

  it('moves through the rows with the keyboard and reveals one on Enter', async () => {
    await panelShows(api, 'rows', s => s.rows.length === 26);
    await api.panel.act({ kind: 'filter', text: '' });
    for (const key of ['ArrowDown', 'Home', 'ArrowDown', 'ArrowDown'] as const) await api.panel.act({ kind: 'key', key });
    const shown = await panelShows(api, 'the third row selected', s => selectedRows(s)[0]?.id === s.rows[2]!.id);
    assert.equal(shown.focused, shown.rows[2]!.id, 'the list does not name its selected row as active');
    const target = statement(shown.rows[2]!.id);
    await api.panel.act({ kind: 'key', key: 'Enter' });
    await editorSelects(target.range.start, target.range.end);
  });

  it('selects the row of the statement the cursor moves into', async () => {
    const active = await vscode.window.showTextDocument(editor.document);
    const line = lineOf(active.document, 'وقال بيسكوف للصحفيين');
    const inside = active.document.lineAt(line).range.start.translate(0, 30);
    active.selection = new vscode.Selection(inside, inside);
    const wanted = api.model.statementAt(active.document.offsetAt(inside))!;
    assert.equal(wanted.statement.speaker.name, PESKOV);
    const shown = await panelShows(api, `row s${wanted.index} selected`, s => selectedRows(s)[0]?.id === `s${wanted.index}`);
    assert.equal(selectedRows(shown).length, 1);
    // Elsewhere in the article: another row.
    const kerry = lineOf(active.document, 'وقال كيري');
    const there = active.document.lineAt(kerry).range.start.translate(0, 5);
    active.selection = new vscode.Selection(there, there);
    const next = api.model.statementAt(active.document.offsetAt(there))!;
    assert.notEqual(next.index, wanted.index);
    await panelShows(api, `row s${next.index} selected`, s => selectedRows(s)[0]?.id === `s${next.index}`);
  });

  it('narrows the list to what the filter matches, and shows everything again when it is cleared', async () => {
    await panelShows(api, 'rows', s => s.rows.length === 26);
    await api.panel.act({ kind: 'filter', text: 'بيسكوف' });
    const peskov = await panelShows(api, 'Peskov\'s rows only', s => visibleRows(s).length < 26);
    assert.equal(peskov.filter, 'بيسكوف');
    assert.equal(visibleRows(peskov).length, 4);
    assert.ok(visibleRows(peskov).every(r => statement(r.id).speaker.name === PESKOV));
    assert.deepEqual(peskov.headings.filter(h => !h.hidden).map(h => h.text.includes(PESKOV)), [true]);
    await api.panel.act({ kind: 'filter', text: 'لا يوجد هذا النص' });
    const none = await panelShows(api, 'no rows', s => visibleRows(s).length === 0);
    assert.equal(none.notice, 'Nothing matches the filter.');
    await api.panel.act({ kind: 'filter', text: '' });
    await panelShows(api, 'every row again', s => visibleRows(s).length === 26 && s.notice === null);
  });

  it('lists the statements in the order of the text on request, each with its speaker', async () => {
    await vscode.commands.executeCommand('isnad.groupInTextOrder');
    assert.equal(api.contextValues().grouping, 'text');
    const shown = await panelShows(api, 'text order', s => s.headings.length === 0 && s.rows.length === 26);
    const starts = shown.rows.map(r => statement(r.id).range.start);
    assert.deepEqual(starts, [...starts].sort((a, b) => a - b));
    await vscode.commands.executeCommand('isnad.groupBySpeaker');
    await panelShows(api, 'speakers again', s => s.headings.length === 11);
  });

  it('orders speakers by first appearance on request', async () => {
    const byActivity = (await panelShows(api, 'speakers', s => s.headings.length === 11)).headings.map(h => h.id);
    await vscode.commands.executeCommand('isnad.orderByAppearance');
    const byAppearance = (await panelShows(api, 'another order', s => s.headings.map(h => h.id).join() !== byActivity.join())).headings.map(h => h.id);
    const ids = api.model.speakers.map(s => `h${s.speakerIndex}`);
    assert.deepEqual(byAppearance, ids);
    assert.deepEqual([...byAppearance].sort(), [...byActivity].sort());
  });

  it('lists the Sputnik photo credit of line 15 under Sources, and reveals it on click', async () => {
    const shown = await panelShows(api, 'sources', s => s.sources.length > 0);
    const sputnik = shown.sources.find(s => s.text.includes('Sputnik'));
    assert.ok(sputnik, shown.sources.map(s => s.text).join(' | '));
    assert.ok(sputnik.text.includes('سبوتنيك'), `no Arabic name: ${sputnik.text}`);
    const credits = api.model.analysis!.credits;
    const row = shown.credits.find(c => credits[Number(c.id.slice(1))]!.source === 'Sputnik' && editor.document.positionAt(credits[Number(c.id.slice(1))]!.start).line === 14);
    assert.ok(row, 'no Sputnik credit on line 15');
    assert.ok(row.text.includes('Sputnik'));
    const credit = credits[Number(row.id.slice(1))]!;
    await api.panel.act({ kind: 'click', id: row.id });
    await editorSelects(credit.start, credit.end);
  });
});
