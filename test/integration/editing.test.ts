/**
 * Editing keeps every view in step: a new sentence by Peskov shows up in the tree and is
 * highlighted; emptying the file empties the tree. And a 1 MB article stays responsive: the time
 * from an edit to refreshed highlights, and the longest the extension host was busy at a stretch
 * meanwhile, are printed (figures to read; longDocuments.test.ts asserts on the stall).
 */
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import type { IsnadApi } from '../../src/vscode/api';
import { stallMeter } from './hostStall';
import { closeUntitled, highlightsApplied, isnadApi, openCopy } from './isnadApi';
import { openSeed } from './seed';

const PESKOV = 'دميتري بيسكوف';
const NEW_SENTENCE = '\nوقال بيسكوف إن الاتصالات مع الجانب الأمريكي ستبقى مفتوحة رغم كل الخلافات.\n';

async function withIsnadIgnoringPlainText<T>(run: () => Promise<T>): Promise<T> {
  const settings = vscode.workspace.getConfiguration('isnad');
  await settings.update('languages', [], vscode.ConfigurationTarget.Global);
  try {
    return await run();
  } finally {
    await settings.update('languages', undefined, vscode.ConfigurationTarget.Global);
  }
}

describe('Editing an article updates the tree and the highlights', () => {
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

  it('adds a statement to the tree and highlights its speaker after an edit', async () => {
    const editor = await openCopy(seedText);
    await highlightsApplied(api, editor.document);
    const before = peskovStatements();
    assert.ok(before > 0, 'Peskov is not in the tree before the edit');

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

  it('empties the tree and removes the highlights when the Arabic text is gone', async () => {
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

  it('stays responsive on a 1 MB article (prints the edit-to-highlights time)', async function () {
    this.timeout(120_000);
    const copies: string[] = [];
    let bytes = 0;
    while (bytes < 1_000_000) {
      copies.push(seedText);
      bytes += new TextEncoder().encode(seedText).length + 2;
    }
    const opened = Date.now();
    const editor = await openCopy(copies.join('\n\n'), 'arabic-news');
    await highlightsApplied(api, editor.document, 60_000);
    const firstMs = Date.now() - opened;
    // Scroll to the middle, where the edit goes: a long document is decorated around the viewport.
    const middle = editor.document.positionAt(Math.floor(editor.document.getText().length / 2));
    editor.revealRange(new vscode.Range(middle, middle), vscode.TextEditorRevealType.InCenter);
    // Let the workbench finish drawing the first highlights, outline and problems before editing.
    await new Promise(r => setTimeout(r, 5000));
    const speakers = () => api.highlightsOf(editor.document)!.ranges.speaker;
    for (let i = 0; i < 100 && !speakers().some(r => Math.abs(r.start.line - middle.line) < 100); i++) await new Promise(r => setTimeout(r, 100));
    const around = speakers();
    assert.ok(around.some(r => Math.abs(r.start.line - middle.line) < 100), 'no highlights around the viewport after scrolling');
    assert.ok(around.every(r => Math.abs(r.start.line - middle.line) < 1000), 'a long document is decorated far from the viewport');
    let published = 0;
    const listener = api.onDidChangeAnalysis(e => {
      if (e.document === editor.document) published = Date.now();
    });
    const meter = stallMeter();
    const start = Date.now();
    await editor.edit(b => b.insert(editor.document.lineAt(middle.line).range.end, NEW_SENTENCE));
    const edited = Date.now();
    await highlightsApplied(api, editor.document, 60_000);
    const ms = Date.now() - start;
    // The checks of a long document follow its highlights in a task of their own.
    await new Promise(r => setTimeout(r, 100));
    const stalls = meter.stop();
    listener.dispose();
    const entry = await api.analysisOf(editor.document);
    const ranges = Object.values(api.highlightsOf(editor.document)!.ranges).reduce((n, list) => n + list.length, 0);
    const lines = editor.document.lineCount;
    // The same edit on the same text in a plain-text editor Isnad is told to ignore: what the editor
    // itself costs on this machine (no highlights, no word wrap).
    await closeUntitled();
    const baselineMs = await withIsnadIgnoringPlainText(async () => {
      const plain = await openCopy(copies.join('\n\n'), 'plaintext');
      await new Promise(r => setTimeout(r, 3000));
      const baselineStart = Date.now();
      await plain.edit(b => b.insert(plain.document.lineAt(middle.line).range.end, NEW_SENTENCE));
      const elapsed = Date.now() - baselineStart;
      assert.equal((await api.analysisOf(plain.document)).analysis, undefined);
      return elapsed;
    });
    console.log(`[isnad-bench] edit-to-highlights ms=${ms} longest-host-stall ms=${stalls.longestMs} (host busy ${stalls.busyMs} of ${stalls.elapsedMs} ms, longest GC pause ${stalls.longestGcMs} ms, edit applied +${edited - start} ms [the same edit with Isnad off: ${baselineMs} ms], analysis published +${published - start} ms, ` +
      `analyze ${entry.durationMs} ms on the ${entry.ranOn === 'worker' ? `analysis worker, its reply read in ${entry.receiveMs} ms` : 'extension host'}, the 250 ms edit delay included; first highlights after open ${firstMs} ms; ` +
      `${bytes} bytes, ${lines} lines, ${ranges} highlight ranges, ${entry.analysis?.statements.length ?? 0} statements)`);
    assert.ok(entry.analysis, 'the 1 MB article was not analysed');
  });
});
