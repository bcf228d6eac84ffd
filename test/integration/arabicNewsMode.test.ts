/**
 * Arabic news opens readable wherever it lives: an Arabic `.txt` (or a file with no extension) in
 * a folder of its own opens in the Arabic News mode, wrapped; an English `.txt` stays Plain Text; a
 * language picked by hand sticks, also when the file is opened again; the setting turns it off; a
 * file of a virtual file system is switched the same way.
 */
import * as assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as vscode from 'vscode';
import type { IsnadApi } from '../../src/vscode/api';
import { isnadApi, sleep } from './isnadApi';

/** A short article written for this test. */
const ARTICLE = [
  'الصحة تفتتح مستشفى جديدا في المدينة',
  '',
  'أعلنت وزارة الصحة يوم الأحد افتتاح مستشفى جديد في شمال المدينة بعد ثلاث سنوات من العمل.',
  '',
  'وقال وزير الصحة سامي الخطيب للصحفيين إن "المستشفى سيخدم آلاف المرضى كل عام"، مضيفا أن الأطباء بدأوا العمل فيه أمس.',
  '',
  'تصوير: ليلى حسن - رويترز',
  '',
].join('\n');

const NOTES = 'Meeting notes\n\nThe minister said the new hospital will open on Sunday. Call the press office before noon.\n';

async function languageBecomes(document: vscode.TextDocument, languageId: string, timeoutMs = 10_000): Promise<void> {
  for (const deadline = Date.now() + timeoutMs; document.languageId !== languageId && Date.now() < deadline;) await sleep(25);
  assert.equal(document.languageId, languageId, `${document.uri.path} is ${document.languageId}`);
}

async function open(uri: vscode.Uri): Promise<vscode.TextEditor> {
  return vscode.window.showTextDocument(await vscode.workspace.openTextDocument(uri), { preview: false });
}

/** Opens a file as the explorer does, and waits until the extension host has its document. */
async function openedByWorkbench(uri: vscode.Uri): Promise<vscode.TextDocument> {
  await vscode.commands.executeCommand('vscode.open', uri);
  const find = () => vscode.workspace.textDocuments.find(d => d.uri.toString() === uri.toString() && !d.isClosed);
  for (let i = 0; i < 200 && !find(); i++) await sleep(25);
  const document = find();
  assert.ok(document, `${uri.path} did not open`);
  return document;
}

async function closeEditorsOf(document: vscode.TextDocument): Promise<void> {
  const tabs = vscode.window.tabGroups.all.flatMap(g => g.tabs).filter(t => t.input instanceof vscode.TabInputText && t.input.uri.toString() === document.uri.toString());
  await vscode.window.tabGroups.close(tabs);
}

describe('Arabic News mode on open', function () {
  this.timeout(60_000);
  let api: IsnadApi;
  let folder: string;
  const file = (name: string, text: string) => {
    writeFileSync(join(folder, name), text);
    return vscode.Uri.file(join(folder, name));
  };

  before(async () => {
    api = await isnadApi();
    // A folder of its own, outside the workspace and the repository, as a reader's articles would be.
    folder = mkdtempSync(join(tmpdir(), 'isnad-articles-'));
  });

  after(async () => {
    await vscode.workspace.getConfiguration('isnad').update('detectArabicNews', undefined, vscode.ConfigurationTarget.Global);
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    rmSync(folder, { recursive: true, force: true });
  });

  it('opens an Arabic .txt as Arabic News, wrapped, and analyses it', async () => {
    const editor = await open(file('article.txt', ARTICLE));
    await languageBecomes(editor.document, 'arabic-news');
    assert.equal(vscode.workspace.getConfiguration('editor', editor.document).get('wordWrap'), 'on');
    const entry = await api.analysisOf(editor.document);
    assert.equal(entry.state, 'served');
    const speakers = entry.analysis?.statements.map(s => s.speaker.name) ?? [];
    assert.ok(speakers.filter(name => name === 'سامي الخطيب').length >= 2, `speakers: ${speakers.join(', ')}`);
  });

  it('opens an Arabic file with no extension as Arabic News, and leaves an English .txt as Plain Text', async () => {
    const english = await open(file('notes.txt', NOTES));
    const arabic = await open(file('خبر', ARTICLE));
    await languageBecomes(arabic.document, 'arabic-news');
    // Opened first, the English file had as long to be switched.
    await sleep(300);
    assert.equal(english.document.languageId, 'plaintext');
    assert.equal((await api.analysisOf(english.document)).state, 'notArabic');
  });

  it('keeps a language picked by hand, also when the file is opened again', async () => {
    // Opened as the explorer opens it: a document the extension host opened itself would stay open
    // after its editor closes.
    const uri = file('picked.txt', ARTICLE);
    const document = await openedByWorkbench(uri);
    await languageBecomes(document, 'arabic-news');
    const picked = await vscode.languages.setTextDocumentLanguage(document, 'plaintext');
    assert.equal(picked, document);
    await sleep(500);
    assert.equal(document.languageId, 'plaintext', 'the language picked by hand was overridden');
    // Still served as Plain Text of Arabic: highlighted, listed.
    assert.equal((await api.analysisOf(document)).state, 'served');

    await closeEditorsOf(document);
    for (let i = 0; i < 200 && !document.isClosed; i++) await sleep(50);
    assert.ok(document.isClosed, 'the document stayed open after its editor closed');
    const again = await openedByWorkbench(uri);
    assert.notEqual(again, document);
    const control = await open(file('control.txt', ARTICLE));
    await languageBecomes(control.document, 'arabic-news');
    assert.equal(again.languageId, 'plaintext', 'opened again, the file was switched to Arabic News');
  });

  it('switches nothing when isnad.detectArabicNews is off', async () => {
    await vscode.workspace.getConfiguration('isnad').update('detectArabicNews', false, vscode.ConfigurationTarget.Global);
    const editor = await open(file('off.txt', ARTICLE));
    await sleep(1000);
    assert.equal(editor.document.languageId, 'plaintext');
    // Served all the same: Plain Text that reads as Arabic is analysed.
    assert.equal((await api.analysisOf(editor.document)).state, 'served');
    await vscode.workspace.getConfiguration('isnad').update('detectArabicNews', undefined, vscode.ConfigurationTarget.Global);
    const on = await open(file('on.txt', ARTICLE));
    await languageBecomes(on.document, 'arabic-news');
  });

  it('switches a file of a virtual file system, which has no path on disk', async () => {
    const scheme = 'isnad-virtual';
    const provider = vscode.workspace.registerTextDocumentContentProvider(scheme, { provideTextDocumentContent: () => ARTICLE });
    try {
      const editor = await open(vscode.Uri.from({ scheme, path: '/articles/virtual.txt' }));
      await languageBecomes(editor.document, 'arabic-news');
      const entry = await api.analysisOf(editor.document);
      assert.ok((entry.analysis?.statements.length ?? 0) >= 2, 'the virtual file was not analysed');
    } finally {
      await vscode.commands.executeCommand('workbench.action.closeActiveEditor');
      provider.dispose();
    }
  });
});
