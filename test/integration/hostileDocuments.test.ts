/**
 * Files an editor really gets, opened in VS Code: saved on Windows with a byte-order mark, binary
 * bytes, one very long line, unbalanced quotation marks amid bidi controls and Latin text. Each is
 * analysed or plainly left alone, every highlight and diagnostic lands on the text it claims, and
 * the extension logs no error. (The engine's side of hostile input is in test/unit/hostile*.test.ts.)
 */
import * as assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as vscode from 'vscode';
import type { IsnadApi } from '../../src/vscode/api';
import { closeUntitled, highlightsApplied, isnadApi, openCopy, sleep } from './isnadApi';

const SAID = 'قال وزير المالية سالم رشيد إن «الميزانية جاهزة للنقاش في البرلمان».';
const ADDED = 'وأضاف رشيد أن الحكومة ستعلن الخطة الجديدة الأسبوع المقبل.';

/** The text of each highlight range of `kind` applied to the document. */
function highlighted(api: IsnadApi, document: vscode.TextDocument, kind: 'speaker' | 'quote' | 'cue'): string[] {
  return (api.highlightsOf(document)?.ranges[kind] ?? []).map(r => document.getText(r));
}

async function diagnostics(document: vscode.TextDocument, minimum: number): Promise<vscode.Diagnostic[]> {
  for (let i = 0; i < 50; i++) {
    const found = vscode.languages.getDiagnostics(document.uri).filter(d => d.source === 'Isnad');
    if (found.length >= minimum) return found;
    await sleep(100);
  }
  return vscode.languages.getDiagnostics(document.uri).filter(d => d.source === 'Isnad');
}

describe('Hostile documents in the editor', function () {
  this.timeout(60_000);
  let api: IsnadApi;
  let dir: string;
  let errorsBefore: number;

  before(async () => {
    api = await isnadApi();
    dir = mkdtempSync(join(tmpdir(), 'isnad-hostile-'));
    errorsBefore = api.loggedErrors().length;
  });

  afterEach(async () => {
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    await closeUntitled();
  });

  after(() => {
    rmSync(dir, { recursive: true, force: true });
    assert.deepEqual(api.loggedErrors().slice(errorsBefore), [], 'the extension logged errors');
  });

  it('reads a file saved with CRLF line ends and a byte-order mark, highlights on the right words', async () => {
    const file = join(dir, 'windows.txt');
    writeFileSync(file, `\uFEFFالحكومة تناقش الميزانية\r\n\r\n${SAID}\r\n${ADDED}\r\n`, 'utf8');
    const document = await vscode.workspace.openTextDocument(vscode.Uri.file(file));
    await vscode.window.showTextDocument(document);
    assert.equal(document.eol, vscode.EndOfLine.CRLF);
    const { analysis } = await api.analysisOf(document);
    await highlightsApplied(api, document);
    assert.deepEqual(analysis?.statements.map(s => [s.cue.text, s.speaker.name, s.kind]), [['قال', 'سالم رشيد', 'direct'], ['وأضاف', 'سالم رشيد', 'indirect']]);
    const speakers = highlighted(api, document, 'speaker');
    assert.equal(speakers.length, 2, speakers.join(' | '));
    assert.ok(speakers[0].endsWith('سالم رشيد') && speakers[1] === 'رشيد', speakers.join(' | '));
    assert.deepEqual(highlighted(api, document, 'quote'), ['«الميزانية جاهزة للنقاش في البرلمان»']);
    assert.deepEqual(highlighted(api, document, 'cue'), ['قال', 'وأضاف']);
    // What a panel row reveals is the statement's own text.
    for (const s of analysis!.statements) {
      assert.equal(document.getText(new vscode.Range(document.positionAt(s.content.start), document.positionAt(s.content.end))), s.content.text);
    }
  });

  it('leaves binary bytes alone: no statement, no highlight, no diagnostic', async () => {
    let bytes = '';
    let seed = 7;
    for (let i = 0; i < 20_000; i++) {
      seed = (seed * 1103515245 + 12345) & 0x7fffffff;
      bytes += String.fromCharCode(seed % 256);
    }
    const editor = await openCopy(`${bytes}\u0000\u0000${SAID}\u0000`);
    const { analysis } = await api.analysisOf(editor.document);
    assert.equal(analysis?.statements.length ?? 0, 0);
    await sleep(300);
    assert.deepEqual(highlighted(api, editor.document, 'speaker'), []);
    assert.deepEqual(vscode.languages.getDiagnostics(editor.document.uri).filter(d => d.source === 'Isnad'), []);
  });

  it('analyses one line of 400,000 characters and highlights it where the editor shows it', async () => {
    const sentence = `${SAID} ${ADDED} `;
    const line = sentence.repeat(Math.ceil(400_000 / sentence.length));
    const editor = await openCopy(line, 'arabic-news');
    const { analysis } = await api.analysisOf(editor.document);
    await highlightsApplied(api, editor.document, 30_000);
    assert.ok(analysis && analysis.statements.length >= 2 * Math.floor(400_000 / sentence.length), `${analysis?.statements.length} statements`);
    const speakers = highlighted(api, editor.document, 'speaker');
    assert.ok(speakers.length > 0 && speakers.every(t => t.endsWith('رشيد')), speakers.slice(0, 5).join(' | '));
  });

  it('reports unbalanced quotation marks amid bidi controls and Latin text, each on its mark', async () => {
    const text = `\u202Bالحكومة تناقش الميزانية\u202C\n\n${SAID}\nقال المتحدث باسم الوزارة (Reuters) إن «المحادثات مستمرة\n`
      + `وأضاف أن \u200Fالاجتماع\u200F المقبل سيكون “حاسما.\nصرّح خالد: كلمة» أخيرة.\n`;
    const editor = await openCopy(text);
    await api.analysisOf(editor.document);
    const marks = (await diagnostics(editor.document, 3)).filter(d => d.code === 'quoteMarks');
    assert.deepEqual(marks.map(d => editor.document.getText(d.range)).sort(), ['«', '»', '“'].sort());
    await highlightsApplied(api, editor.document);
    assert.ok(highlighted(api, editor.document, 'speaker').some(t => t.endsWith('سالم رشيد')));
  });
});
