/**
 * The foundation's end-to-end slice: a user opens the seed article (a plain .txt, no configuration),
 * the extension activates, and "Isnad: Show Who Said What" analyses the active editor.
 */
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import type { Analysis } from '../../src/core/types';
import { openSeed } from './seed';
import { takeScreenshot } from './screenshot';

const EXTENSION_ID = 'isnad-team.isnad';

describe('Activation on the seed article', () => {
  let editor: vscode.TextEditor;

  before(async () => {
    console.log(`vscode.version ${vscode.version}`);
    editor = await openSeed();
  });

  it('opens the seed article as a plain-text or arabic-news document', () => {
    assert.ok(['plaintext', 'arabic-news'].includes(editor.document.languageId), editor.document.languageId);
  });

  it('activates the extension', async () => {
    const extension = vscode.extensions.getExtension(EXTENSION_ID);
    assert.ok(extension, `${EXTENSION_ID} is not installed in this VS Code`);
    // Opening a plain-text file is what activates it (onLanguage:plaintext); activate() only waits.
    await extension.activate();
    assert.equal(extension.isActive, true);
    console.log(`extension loaded from ${extension.extensionPath}`);
  });

  it('registers isnad.showWhoSaidWhat, declared in the manifest so the palette shows it', async () => {
    const declared = (vscode.extensions.getExtension(EXTENSION_ID)?.packageJSON?.contributes?.commands ?? []) as { command: string }[];
    assert.ok(declared.some(c => c.command === 'isnad.showWhoSaidWhat'), 'package.json does not contribute isnad.showWhoSaidWhat');
    const commands = await vscode.commands.getCommands(true);
    assert.ok(commands.includes('isnad.showWhoSaidWhat'), 'isnad.showWhoSaidWhat is not a registered command');
  });

  it('analyses the active editor: Arabic, and as long as the document', async () => {
    await vscode.window.showTextDocument(editor.document);
    const analysis = await vscode.commands.executeCommand<Analysis | undefined>('isnad.showWhoSaidWhat');
    assert.ok(analysis, 'the command returned no analysis');
    assert.equal(analysis.isArabic, true);
    assert.equal(analysis.length, editor.document.getText().length);
    await takeScreenshot('seed-article');
  });
});
