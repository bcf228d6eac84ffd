/**
 * Editing keeps every view in step: a new sentence by Peskov shows up in the model and is
 * highlighted; emptying the file empties it. (How soon, for a 30 KB article and a 1 MB document:
 * typingSpeed.test.ts.)
 */
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import type { IsnadApi } from '../../src/vscode/api';
import { closeUntitled, highlightsApplied, isnadApi, openCopy } from './isnadApi';
import { openSeed } from './seed';

const PESKOV = 'دميتري بيسكوف';
const NEW_SENTENCE = '\nوقال بيسكوف إن الاتصالات مع الجانب الأمريكي ستبقى مفتوحة رغم كل الخلافات.\n';

describe('Editing an article updates the panel\'s model and the highlights', () => {
  let api: IsnadApi;
  let seedText: string;

  before(async () => {
    seedText = (await openSeed()).document.getText();
    api = await isnadApi();
  });

  afterEach(closeUntitled);

  function peskovStatements(): number {
    return api.model.speakers.find(s => s.speaker.name === PESKOV)?.statements.length ?? 0;
  }

  it('adds a statement to the model and highlights its speaker after an edit', async () => {
    const editor = await openCopy(seedText);
    await highlightsApplied(api, editor.document);
    const before = peskovStatements();
    assert.ok(before > 0, 'Peskov is not in the model before the edit');

    const end = editor.document.positionAt(editor.document.getText().length);
    await editor.edit(b => b.insert(end, NEW_SENTENCE));
    await highlightsApplied(api, editor.document);

    assert.equal(peskovStatements(), before + 1);
    const line = editor.document.lineCount - 2;
    assert.equal(editor.document.lineAt(line).text, NEW_SENTENCE.trim());
    const highlights = api.highlightsOf(editor.document)!;
    assert.ok(highlights.ranges.speaker.some(r => r.start.line === line && editor.document.getText(r) === 'بيسكوف'),
      `speaker highlights on the new line: ${highlights.ranges.speaker.filter(r => r.start.line === line).map(r => editor.document.getText(r))}`);
    assert.ok(highlights.ranges.cue.some(r => r.start.line === line && editor.document.getText(r) === 'وقال'));
  });

  it('widens highlights to whole words, so no word is split between two styles', async () => {
    const editor = await openCopy(seedText);
    await highlightsApplied(api, editor.document);
    const { ranges } = api.highlightsOf(editor.document)!;
    const letter = /[\p{L}\p{M}]/u;
    for (const [kind, list] of Object.entries(ranges)) {
      for (const range of list) {
        const line = editor.document.lineAt(range.start.line).text;
        const before = line[range.start.character - 1];
        const first = line[range.start.character];
        assert.ok(!(before && letter.test(before) && first && letter.test(first)), `${kind} highlight starts inside a word on line ${range.start.line + 1}`);
      }
    }
  });

  it('empties the model and removes the highlights when the Arabic text is gone', async () => {
    const editor = await openCopy(seedText);
    await highlightsApplied(api, editor.document);
    assert.ok(api.model.speakers.length > 0);
    const all = new vscode.Range(editor.document.positionAt(0), editor.document.positionAt(editor.document.getText().length));
    await editor.edit(b => b.replace(all, 'Just an English sentence now.'));
    await highlightsApplied(api, editor.document);
    assert.equal(api.model.speakers.length, 0);
    assert.equal(api.model.activeState, 'notArabic');
    assert.ok(Object.values(api.highlightsOf(editor.document)!.ranges).every(list => list.length === 0));
  });

  it('toggles highlighting off and on', async () => {
    const editor = await openCopy(seedText);
    await highlightsApplied(api, editor.document);
    assert.equal(await vscode.commands.executeCommand('isnad.toggleHighlighting'), false);
    assert.equal(api.highlightsOf(editor.document)!.ranges.speaker.length, 0);
    assert.equal(await vscode.commands.executeCommand('isnad.toggleHighlighting'), true);
    assert.ok(api.highlightsOf(editor.document)!.ranges.speaker.length > 0);
  });

  it('moves to the next and previous statement', async () => {
    const editor = await openCopy(seedText);
    await highlightsApplied(api, editor.document);
    const statements = [...api.model.analysis!.statements].sort((a, b) => a.range.start - b.range.start);
    editor.selection = new vscode.Selection(0, 0, 0, 0);
    await vscode.commands.executeCommand('isnad.nextStatement');
    const active = () => vscode.window.activeTextEditor!;
    assert.equal(active().document.offsetAt(active().selection.start), statements[0]!.range.start);
    await vscode.commands.executeCommand('isnad.nextStatement');
    assert.equal(active().document.offsetAt(active().selection.start), statements[1]!.range.start);
    await vscode.commands.executeCommand('isnad.previousStatement');
    assert.equal(active().document.offsetAt(active().selection.start), statements[0]!.range.start);
  });

  it('treats a file as Arabic news on request', async () => {
    const editor = await openCopy(seedText);
    assert.equal(await vscode.commands.executeCommand('isnad.treatAsArabicNews'), 'arabic-news');
    assert.equal(vscode.window.activeTextEditor?.document.languageId, 'arabic-news');
    assert.equal(editor.document.uri.toString(), vscode.window.activeTextEditor?.document.uri.toString());
  });
});
