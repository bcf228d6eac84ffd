/** Exporting the seed article's who-said-what as JSON, CSV and Markdown. */
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { closeUntitled, isnadApi, sleep } from './isnadApi';
import { openSeed } from './seed';

describe('Export of who said what', () => {
  let seed: vscode.TextEditor;

  before(async () => {
    seed = await openSeed();
    await (await isnadApi()).analysisOf(seed.document);
  });

  afterEach(async () => {
    // The export opens an untitled editor beside the article; close it, and come back to the seed.
    await closeUntitled();
    seed = await vscode.window.showTextDocument(seed.document);
  });

  async function exportAs(format: 'Json' | 'Csv' | 'Markdown'): Promise<string> {
    await vscode.window.showTextDocument(seed.document);
    const text = await vscode.commands.executeCommand<string | undefined>(`isnad.export${format}`);
    assert.ok(text, `isnad.export${format} returned nothing`);
    // The extension host hears of the new editor a moment after the command returns.
    const shown = () => vscode.window.visibleTextEditors.some(e => e.document.isUntitled && e.document.getText() === text);
    for (let i = 0; i < 100 && !shown(); i++) await sleep(50);
    assert.ok(shown(), `the export is not shown in an editor: ${vscode.window.visibleTextEditors.map(e => `${e.document.uri.toString()} ${e.document.languageId} ${e.document.getText().length}/${text.length} ${JSON.stringify(e.document.getText().slice(0, 80))}`).join(' | ')}`);
    return text;
  }

  it('exports JSON holding Peskov\'s direct quote of line 18 and the Sputnik credit', async () => {
    type Exported = { statements: { line: number; speaker: { name: string }; kind: string; content: { text: string } }[]; credits: { source: string }[] };
    const json = JSON.parse(await exportAs('Json')) as Exported;
    const peskov = json.statements.filter(s => s.speaker.name === 'دميتري بيسكوف');
    assert.ok(peskov.some(s => s.line === 18 && s.kind === 'direct' && s.content.text.includes('روسيا ستواصل اتصالاتها')), JSON.stringify(peskov));
    assert.ok(json.credits.some(c => c.source === 'Sputnik'));
  });

  it('exports CSV with a header and one row per statement', async () => {
    const csv = await exportAs('Csv');
    const { analysis } = await (await isnadApi()).analysisOf(seed.document);
    const rows = csv.trim().split(/\r?\n(?=(?:[^"]*"[^"]*")*[^"]*$)/);
    assert.match(rows[0]!, /speaker/);
    assert.equal(rows.length - 1, analysis!.statements.length);
    assert.ok(csv.includes('دميتري بيسكوف'));
  });

  it('exports Markdown naming the speakers', async () => {
    const markdown = await exportAs('Markdown');
    assert.match(markdown, /^#/m);
    assert.ok(markdown.includes('دميتري بيسكوف'));
    assert.ok(markdown.includes('جون كيري'));
  });
});
