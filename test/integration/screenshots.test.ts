/**
 * What a person sees, saved under test-artifacts/screenshots/ by the runner: the seed article in
 * Arabic News mode with its highlights and the Who Said What panel, in the dark and the light
 * default themes, and a hover on a speaker; then a real article opened from a folder of its own
 * (a corpus article copied at run time outside the repository, never committed), in dark, light and
 * high contrast, with the side bar on the left and on the right, and with the panel docked in the
 * panel area. The assertions check what the images show: the panel's rows start at the first word
 * of each statement, right to left.
 */
import * as assert from 'node:assert/strict';
import { copyFileSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import * as vscode from 'vscode';
import type { IsnadApi } from '../../src/vscode/api';
import { highlightsApplied, isnadApi, lineOf, sleep } from './isnadApi';
import { longArticle } from './longArticle';
import { openPanel, panelShows } from './panel';
import { requestThemeFromRunner, takeScreenshot } from './screenshot';
import { openSeed } from './seed';

/**
 * The id of a built-in theme: VS Code 1.139 names them 'Dark Modern' / 'Light Modern'; older
 * versions 'Default Dark Modern' / 'Default Light Modern'. An unknown id switches the theme kind
 * without loading any colours, so the screenshot would show a half-applied theme.
 */
function themeId(...candidates: string[]): string {
  const contributed = new Set<string>();
  for (const extension of vscode.extensions.all) {
    const themes = (extension.packageJSON as { contributes?: { themes?: { id?: string; label?: string }[] } }).contributes?.themes ?? [];
    for (const theme of themes) if (theme.id) contributed.add(theme.id);
  }
  return candidates.find(c => contributed.has(c)) ?? candidates[0]!;
}

const DARK = () => themeId('Default Dark Modern', 'Dark Modern');
const LIGHT = () => themeId('Default Light Modern', 'Light Modern');

/** Switches the colour theme and waits until the workbench reports the theme of the wanted kind. */
async function setTheme(theme: string, kind: vscode.ColorThemeKind, label = theme): Promise<void> {
  const changed = new Promise<void>(resolve => {
    const listener = vscode.window.onDidChangeActiveColorTheme(t => {
      if (t.kind === kind) {
        listener.dispose();
        resolve();
      }
    });
  });
  if (!requestThemeFromRunner(label)) {
    await vscode.workspace.getConfiguration('workbench').update('colorTheme', theme, vscode.ConfigurationTarget.Global);
  }
  if (vscode.window.activeColorTheme.kind !== kind) await Promise.race([changed, sleep(10_000)]);
  console.log(`theme ${label}: active kind ${vscode.window.activeColorTheme.kind}`);
  assert.equal(vscode.window.activeColorTheme.kind, kind, `the theme did not switch to ${label}`);
  await sleep(1000);
}

/** The panel shows every statement of the active analysis, each row from the statement's first word, right to left. */
async function assertRowsStartAtFirstWords(api: IsnadApi): Promise<void> {
  const analysis = api.model.analysis;
  assert.ok(analysis && analysis.statements.length > 0, 'no statements to show');
  const shown = await panelShows(api, `${analysis.statements.length} rows`, s => s.rows.length === Math.min(analysis.statements.length, 200));
  assert.equal(shown.dir, 'rtl');
  for (const row of shown.rows) {
    const words = analysis.statements[Number(row.id.slice(1))]!.content.text.replace(/\s+/g, ' ').trim();
    assert.ok(words.startsWith(row.text.replace(/…$/, '')), `row ${row.id} does not start at the statement's first word: ${row.text}`);
    assert.equal(row.direction, 'rtl');
  }
}

async function setSideBar(location: 'left' | 'right' | undefined): Promise<void> {
  await vscode.workspace.getConfiguration('workbench').update('sideBar.location', location, vscode.ConfigurationTarget.Global);
  await sleep(800);
}

describe('Screenshots of the seed article', function () {
  this.timeout(90_000);
  let api: IsnadApi;
  let editor: vscode.TextEditor;

  before(async () => {
    editor = await openSeed();
    api = await isnadApi();
    // A .txt that is mostly Arabic opens in Arabic News mode (word wrap on).
    for (let i = 0; i < 100 && editor.document.languageId !== 'arabic-news'; i++) await sleep(50);
    await vscode.commands.executeCommand('workbench.action.closeAuxiliaryBar');
    await vscode.commands.executeCommand('workbench.action.closePanel');
    await openPanel(api);
    editor = await vscode.window.showTextDocument(editor.document);
    await highlightsApplied(api, editor.document);
    // Start at Peskov's quotes (line 18): quotes, speakers, cues and a credit are on screen together.
    const line = lineOf(editor.document, 'وقال بيسكوف للصحفيين');
    editor.selection = new vscode.Selection(line, 0, line, 0);
    editor.revealRange(new vscode.Range(line - 6, 0, line - 6, 0), vscode.TextEditorRevealType.AtTop);
  });

  after(async () => {
    await vscode.workspace.getConfiguration('workbench').update('colorTheme', undefined, vscode.ConfigurationTarget.Global);
  });

  it('shows the article with highlights and the panel in the dark theme', async () => {
    assert.equal(editor.document.languageId, 'arabic-news');
    await setTheme(DARK(), vscode.ColorThemeKind.Dark);
    await assertRowsStartAtFirstWords(api);
    await takeScreenshot('seed-dark');
  });

  it('shows the article with highlights and the panel in the light theme', async () => {
    await setTheme(LIGHT(), vscode.ColorThemeKind.Light);
    await assertRowsStartAtFirstWords(api);
    await takeScreenshot('seed-light');
  });

  it('shows a hover on a speaker, with the role beside the name', async () => {
    await setTheme(DARK(), vscode.ColorThemeKind.Dark);
    editor = await vscode.window.showTextDocument(editor.document);
    const line = lineOf(editor.document, 'وقال بيسكوف للصحفيين');
    const character = editor.document.lineAt(line).text.indexOf('بيسكوف') + 2;
    editor.selection = new vscode.Selection(line, character, line, character);
    await vscode.commands.executeCommand('editor.action.showHover');
    await sleep(1500);
    await takeScreenshot('hover-speaker');
  });
});

/**
 * A real article, as a reader would open one: the corpus article 017 (ISNAD_SCREENSHOT_ARTICLE
 * names another file), copied into a temporary folder of its own. Without the corpus (a machine that
 * lacks ../shared), an article made of the seed stands in.
 */
function articleOfItsOwn(folder: string): string {
  const corpus = process.env.ISNAD_SCREENSHOT_ARTICLE ?? join(__dirname, '..', '..', '..', '..', 'shared', 'corpus', 'raw', '017.txt');
  if (existsSync(corpus)) {
    const file = join(folder, basename(corpus));
    copyFileSync(corpus, file);
    return file;
  }
  console.log(`screenshots: ${corpus} is absent; an article made of the seed stands in`);
  const file = join(folder, 'article.txt');
  writeFileSync(file, longArticle(readFileSync(join(__dirname, '..', '..', '..', 'seeds', '000_3cea5a5c1e717d72.txt'), 'utf8'), 1).text);
  return file;
}

describe('Screenshots of an article from a folder of its own', function () {
  this.timeout(180_000);
  let api: IsnadApi;
  let folder: string;

  before(async () => {
    api = await isnadApi();
    folder = mkdtempSync(join(tmpdir(), 'isnad-reader-'));
    const file = articleOfItsOwn(folder);
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    await vscode.commands.executeCommand('vscode.open', vscode.Uri.file(file));
    for (let i = 0; i < 200 && vscode.window.activeTextEditor?.document.uri.fsPath !== file; i++) await sleep(25);
    const editor = vscode.window.activeTextEditor!;
    assert.equal(editor.document.uri.fsPath, file);
    for (let i = 0; i < 200 && editor.document.languageId !== 'arabic-news'; i++) await sleep(25);
    assert.equal(editor.document.languageId, 'arabic-news', 'the article did not open in Arabic News mode');
    await openPanel(api);
    await vscode.window.showTextDocument(editor.document);
    await highlightsApplied(api, editor.document);
    await api.analysisOf(editor.document);
  });

  after(async () => {
    await setSideBar(undefined);
    await vscode.commands.executeCommand('vscode.moveViews', { viewIds: ['isnad.whoSaidWhat'], destinationId: 'workbench.view.extension.isnad' }).then(undefined, () => undefined);
    await vscode.workspace.getConfiguration('workbench').update('colorTheme', undefined, vscode.ConfigurationTarget.Global);
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    rmSync(folder, { recursive: true, force: true });
  });

  for (const side of ['left', 'right'] as const) {
    for (const [name, theme, kind] of [['dark', DARK, vscode.ColorThemeKind.Dark], ['light', LIGHT, vscode.ColorThemeKind.Light]] as const) {
      it(`shows the panel's rows from their first words, ${name} theme, side bar on the ${side}`, async () => {
        await setSideBar(side);
        await setTheme(theme(), kind);
        await openPanel(api);
        await assertRowsStartAtFirstWords(api);
        await takeScreenshot(`article-${name}-${side}`);
      });
    }
  }

  it('shows the panel in a high contrast theme', async () => {
    await setSideBar('left');
    await setTheme(themeId('Default High Contrast', 'Dark High Contrast'), vscode.ColorThemeKind.HighContrast, 'Dark High Contrast');
    await assertRowsStartAtFirstWords(api);
    await takeScreenshot('article-high-contrast');
  });

  it('shows the panel docked in the panel area, below the editor', async () => {
    await setTheme(DARK(), vscode.ColorThemeKind.Dark);
    await vscode.commands.executeCommand('vscode.moveViews', { viewIds: ['isnad.whoSaidWhat'], destinationId: 'workbench.panel.output' });
    await vscode.commands.executeCommand('workbench.action.closeSidebar');
    await openPanel(api);
    await assertRowsStartAtFirstWords(api);
    await takeScreenshot('article-in-panel-area');
    await vscode.commands.executeCommand('vscode.moveViews', { viewIds: ['isnad.whoSaidWhat'], destinationId: 'workbench.view.extension.isnad' });
    await openPanel(api);
    await assertRowsStartAtFirstWords(api);
  });
});
