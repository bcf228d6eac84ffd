/**
 * Outline, hovers and editorial checks on the seed article, through the same commands VS Code's
 * own UI uses (`vscode.executeDocumentSymbolProvider`, `vscode.executeHoverProvider`).
 */
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import type { IsnadApi } from '../../src/vscode/api';
import { closeUntitled, isnadApi, lineOf, openCopy } from './isnadApi';
import { openSeed } from './seed';

function flatten(symbols: readonly vscode.DocumentSymbol[]): vscode.DocumentSymbol[] {
  return symbols.flatMap(s => [s, ...flatten(s.children)]);
}

function hoverText(hovers: readonly vscode.Hover[]): string {
  return hovers.flatMap(h => h.contents.map(c => (typeof c === 'string' ? c : c.value))).join('\n');
}

async function isnadDiagnostics(api: IsnadApi, document: vscode.TextDocument, minimum = 1): Promise<vscode.Diagnostic[]> {
  await api.analysisOf(document);
  // The diagnostics reach the Problems model a moment after the analysis is published.
  for (let i = 0; i < 50; i++) {
    const found = vscode.languages.getDiagnostics(document.uri).filter(d => d.source === 'Isnad');
    if (found.length >= minimum) return found;
    await new Promise(r => setTimeout(r, 100));
  }
  return vscode.languages.getDiagnostics(document.uri).filter(d => d.source === 'Isnad');
}

describe('Outline, hovers and checks on the seed article', () => {
  let api: IsnadApi;
  let document: vscode.TextDocument;

  before(async () => {
    document = (await openSeed()).document;
    api = await isnadApi();
    await api.analysisOf(document);
  });

  afterEach(async () => {
    await closeUntitled();
    await vscode.window.showTextDocument(document);
  });

  it('outlines the subheadings with the statements made under them', async () => {
    const symbols = await vscode.commands.executeCommand<vscode.DocumentSymbol[]>('vscode.executeDocumentSymbolProvider', document.uri);
    assert.ok(symbols && symbols.length > 0, 'no document symbols');
    const all = flatten(symbols);
    const kremlin = all.find(s => s.name.includes('الكرملين: التعاون'));
    assert.ok(kremlin, `no section for line 11; symbols: ${all.map(s => s.name).join(' | ')}`);
    assert.equal(kremlin.selectionRange.start.line, 10);
    // Peskov's direct quote (line 18) is made under the Kremlin subheading (line 11).
    const peskov = flatten(kremlin.children).find(c => c.name.startsWith('دميتري بيسكوف') && c.range.start.line === 17);
    assert.ok(peskov, `children of the Kremlin section: ${kremlin.children.map(c => c.name).join(' | ')}`);
    // The person is named, with the role beside the name.
    assert.ok(peskov.detail.startsWith('المتحدث باسم الكرملين · '), `detail: ${peskov.detail}`);
    const kerry = all.find(s => s.name.includes('جون كيري: جهود السلام'));
    assert.ok(kerry, 'no section for line 26');
    assert.ok(kerry.range.start.line > kremlin.range.start.line);
    assert.ok(kerry.children.some(c => c.name.startsWith('جون كيري')), 'no statement of Kerry under his subheading');
  });

  it('hovers on a short form of a speaker with the canonical name, role and statement count', async () => {
    const line = lineOf(document, 'وقال بيسكوف للصحفيين');
    const position = new vscode.Position(line, document.lineAt(line).text.indexOf('بيسكوف') + 2);
    const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', document.uri, position);
    const text = hoverText(hovers);
    assert.ok(text.includes('دميتري بيسكوف'), text);
    assert.ok(text.includes('المتحدث باسم الكرملين'), `no role in: ${text}`);
    assert.match(text, /\d+ statements by this speaker/);
  });

  it('hovers on a direct quote with its speaker, kind and cue', async () => {
    const line = lineOf(document, 'وقال بيسكوف للصحفيين');
    const position = new vscode.Position(line, document.lineAt(line).text.indexOf('ستواصل'));
    const text = hoverText(await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', document.uri, position));
    assert.ok(text.includes('دميتري بيسكوف'), text);
    assert.ok(text.includes('المتحدث باسم الكرملين'), `no role beside the name in: ${text}`);
    assert.ok(text.includes('direct quote'), text);
    assert.ok(text.includes('وقال'), text);
  });

  it('hovers on a photo credit with the canonical outlet', async () => {
    const position = new vscode.Position(14, document.lineAt(14).text.indexOf('Sputnik') + 2);
    const text = hoverText(await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', document.uri, position));
    assert.ok(text.includes('Sputnik'), text);
    assert.ok(text.includes('photo credit'), text);
  });

  it('reports the doubled captions as repeated paragraphs, with a quick fix that deletes the copy', async () => {
    const diagnostics = await isnadDiagnostics(api, document);
    const repeated = diagnostics.filter(d => d.code === 'repeatedParagraph').map(d => d.range.start.line);
    for (const line of [15, 30, 58]) assert.ok(repeated.includes(line), `no repeated-paragraph diagnostic on line ${line + 1}: ${repeated}`);
    assert.ok(diagnostics.every(d => d.severity === vscode.DiagnosticSeverity.Information));

    const copy = await openCopy(document.getText());
    const copyDiagnostics = await isnadDiagnostics(api, copy.document);
    const caption = copyDiagnostics.find(d => d.code === 'repeatedParagraph' && d.range.start.line === 15)!;
    const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', copy.document.uri, caption.range, vscode.CodeActionKind.QuickFix.value);
    const fix = actions.find(a => a.title === 'Delete the repeated paragraph');
    assert.ok(fix?.edit, `actions: ${actions.map(a => a.title).join(', ')}`);
    const lines = copy.document.lineCount;
    await vscode.workspace.applyEdit(fix.edit);
    assert.equal(copy.document.lineCount, lines - 1);
    assert.equal(copy.document.lineAt(14).text, document.lineAt(14).text);
    assert.equal(copy.document.lineAt(15).text.trim(), '');
  });

  it('reports the stray closing quotation mark of line 63', async () => {
    const diagnostics = await isnadDiagnostics(api, document);
    const marks = diagnostics.filter(d => d.code === 'quoteMarks');
    const stray = marks.find(d => d.range.start.line === 62);
    assert.ok(stray, `quote-mark diagnostics on lines ${marks.map(d => d.range.start.line + 1)}`);
    assert.equal(document.getText(stray.range), '"');
  });

  it('reports a quote nobody is credited with, but not a quoted name', async () => {
    const text = 'عقد المجلس اجتماعه الدوري في العاصمة أمس.\n\nوجاء في البيان الختامي "سنواصل العمل من أجل السلام في المنطقة كلها" دون ذكر التفاصيل.\n\nونشر الجيش منظومة "إس 300" قرب الحدود.\n';
    const copy = await openCopy(text);
    const diagnostics = await isnadDiagnostics(api, copy.document);
    const unattributed = diagnostics.filter(d => d.code === 'unattributedQuote');
    assert.deepEqual(unattributed.map(d => d.range.start.line), [2]);
  });

  it('reports one speaker spelled two ways', async () => {
    const text = 'قال المتحدث باسم الوزارة أحمد الكيلاني إن المحادثات ستستمر الأسبوع المقبل.\n\nوأضاف الكيلانى أن الوفد سيعود إلى العاصمة يوم الخميس.\n\nوقال الكيلاني إن "الأبواب ما زالت مفتوحة أمام الجميع".\n';
    const copy = await openCopy(text);
    const diagnostics = await isnadDiagnostics(api, copy.document);
    const spelling = diagnostics.filter(d => d.code === 'speakerSpelling');
    assert.equal(spelling.length, 1, `speaker-spelling diagnostics: ${spelling.map(d => d.message).join(' | ')}`);
    assert.equal(copy.document.getText(spelling[0]!.range), 'الكيلانى');
  });

  it('shows at most isnad.maxProblems findings, with a note at the first one left out', async () => {
    const text = Array.from({ length: 6 }, (_, i) => `قال الوزير إن «الاجتماع رقم ${i + 1} سيعقد غدا في العاصمة.\n`).join('\n');
    const copy = await openCopy(text);
    const all = await isnadDiagnostics(api, copy.document, 6);
    const marks = all.filter(d => d.code === 'quoteMarks').sort((a, b) => a.range.start.compareTo(b.range.start));
    assert.equal(marks.length, 6, all.map(d => d.message).join(' | '));
    const settings = vscode.workspace.getConfiguration('isnad');
    await settings.update('maxProblems', 2, vscode.ConfigurationTarget.Global);
    try {
      let limited = all;
      for (let i = 0; i < 50 && limited.length !== 3; i++) {
        await new Promise(r => setTimeout(r, 100));
        limited = vscode.languages.getDiagnostics(copy.document.uri).filter(d => d.source === 'Isnad');
      }
      const sorted = [...limited].sort((a, b) => a.range.start.compareTo(b.range.start));
      assert.deepEqual(sorted.map(d => (typeof d.code === 'object' ? d.code.value : d.code)), ['quoteMarks', 'quoteMarks', 'maxProblems']);
      assert.deepEqual(sorted.slice(0, 2).map(d => d.range), marks.slice(0, 2).map(d => d.range));
      const note = sorted[2]!;
      assert.ok(note.range.isEqual(marks[2]!.range), 'the note stands at the first finding left out');
      assert.match(note.message, new RegExp(`\\b2\\b.*\\b${all.length}\\b`));
      assert.equal(note.severity, vscode.DiagnosticSeverity.Information);
      assert.equal(typeof note.code === 'object' && note.code.target.toString(true).startsWith('command:workbench.action.openSettings'), true);
    } finally {
      await settings.update('maxProblems', undefined, vscode.ConfigurationTarget.Global);
    }
    assert.equal((await isnadDiagnostics(api, copy.document, all.length)).length, all.length);
    await closeUntitled();
  });

  it('switches a check off with its setting', async () => {
    const settings = vscode.workspace.getConfiguration('isnad');
    await settings.update('checks.repeatedParagraph', 'off', vscode.ConfigurationTarget.Global);
    try {
      let repeated = 1;
      for (let i = 0; i < 50 && repeated > 0; i++) {
        await new Promise(r => setTimeout(r, 100));
        repeated = vscode.languages.getDiagnostics(document.uri).filter(d => d.code === 'repeatedParagraph').length;
      }
      assert.equal(repeated, 0);
    } finally {
      await settings.update('checks.repeatedParagraph', undefined, vscode.ConfigurationTarget.Global);
    }
  });
});
