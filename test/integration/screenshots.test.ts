/**
 * What a person sees: the seed article as Arabic news (wrapped lines) with its highlights and the
 * sidebar open, in the dark and the light default themes, and a hover on a speaker. The runner
 * saves the images under test-artifacts/screenshots/; the assertions check the state they show.
 */
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import type { IsnadApi } from '../../src/vscode/api';
import { highlightsApplied, isnadApi, lineOf, sleep } from './isnadApi';
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

/** Switches the colour theme and waits until the workbench reports the theme of the wanted kind. */
async function setTheme(theme: string, kind: vscode.ColorThemeKind): Promise<void> {
  const changed = new Promise<void>(resolve => {
    const listener = vscode.window.onDidChangeActiveColorTheme(t => {
      if (t.kind === kind) {
        listener.dispose();
        resolve();
      }
    });
  });
  if (!requestThemeFromRunner(theme)) {
    await vscode.workspace.getConfiguration('workbench').update('colorTheme', theme, vscode.ConfigurationTarget.Global);
  }
  if (vscode.window.activeColorTheme.kind !== kind) await Promise.race([changed, sleep(10_000)]);
  console.log(`theme ${theme}: active kind ${vscode.window.activeColorTheme.kind}`);
  assert.equal(vscode.window.activeColorTheme.kind, kind, `the theme did not switch to ${theme}`);
  await sleep(1000);
}

describe('Screenshots of the seed article', function () {
  this.timeout(90_000);
  let api: IsnadApi;
  let editor: vscode.TextEditor;
  let originalLanguage: string;

  before(async () => {
    editor = await openSeed();
    api = await isnadApi();
    originalLanguage = editor.document.languageId;
    await vscode.commands.executeCommand('isnad.treatAsArabicNews');
    editor = vscode.window.activeTextEditor!;
    await vscode.commands.executeCommand('workbench.action.closeAuxiliaryBar');
    await vscode.commands.executeCommand('workbench.action.closePanel');
    await vscode.commands.executeCommand('isnad.showWhoSaidWhat');
    editor = await vscode.window.showTextDocument(editor.document);
    await highlightsApplied(api, editor.document);
    // Start at Peskov's quotes (line 18): quotes, speakers, cues and a credit are on screen together.
    const line = lineOf(editor.document, 'وقال بيسكوف للصحفيين');
    editor.selection = new vscode.Selection(line, 0, line, 0);
    editor.revealRange(new vscode.Range(line - 6, 0, line - 6, 0), vscode.TextEditorRevealType.AtTop);
  });

  after(async () => {
    await vscode.workspace.getConfiguration('workbench').update('colorTheme', undefined, vscode.ConfigurationTarget.Global);
    if (originalLanguage !== 'arabic-news') await vscode.languages.setTextDocumentLanguage(editor.document, originalLanguage);
  });

  it('shows the article with highlights and the sidebar in the dark theme', async () => {
    assert.equal(editor.document.languageId, 'arabic-news');
    assert.ok(api.model.speakers.length > 0, 'the sidebar is empty');
    await setTheme(themeId('Default Dark Modern', 'Dark Modern'), vscode.ColorThemeKind.Dark);
    await takeScreenshot('seed-dark');
  });

  it('shows the article with highlights and the sidebar in the light theme', async () => {
    await setTheme(themeId('Default Light Modern', 'Light Modern'), vscode.ColorThemeKind.Light);
    await takeScreenshot('seed-light');
  });

  it('shows a hover on a speaker', async () => {
    await setTheme(themeId('Default Dark Modern', 'Dark Modern'), vscode.ColorThemeKind.Dark);
    editor = await vscode.window.showTextDocument(editor.document);
    const line = lineOf(editor.document, 'وقال بيسكوف للصحفيين');
    const character = editor.document.lineAt(line).text.indexOf('بيسكوف') + 2;
    editor.selection = new vscode.Selection(line, character, line, character);
    await vscode.commands.executeCommand('editor.action.showHover');
    await sleep(1500);
    await takeScreenshot('hover-speaker');
  });
});
