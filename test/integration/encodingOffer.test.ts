/**
 * A plain-text Arabic article saved in Windows-1256 opens in VS Code as UTF-8 full of replacement
 * characters; Isnad offers to reopen it in Windows-1256, and then reads all of its statements.
 */
import * as assert from 'node:assert/strict';
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import * as vscode from 'vscode';
import { encodeWindows1256 } from '../fixtures/encodings';
import { isnadApi } from './isnadApi';
import { takeScreenshot } from './screenshot';
import { SEED_FILE, workspaceFile } from './seed';

describe('Windows-1256 files in the editor', function () {
  this.timeout(60_000);
  const file = workspaceFile('seed-cp1256.txt');

  after(async () => {
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    rmSync(file.fsPath, { force: true });
  });

  it('offers to reopen a file that reads as Arabic in Windows-1256, and reads its statements once reopened', async () => {
    const api = await isnadApi();
    const seed = readFileSync(workspaceFile(SEED_FILE).fsPath, 'utf8');
    writeFileSync(file.fsPath, encodeWindows1256(seed));
    const offered = new Promise<vscode.Uri>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error('no offer to reopen the file as Windows-1256')), 20_000);
      const listener = api.onDidOfferEncoding(uri => {
        if (uri.toString() !== file.toString()) return;
        clearTimeout(timer);
        listener.dispose();
        resolve(uri);
      });
    });
    const document = await vscode.workspace.openTextDocument(file);
    await vscode.window.showTextDocument(document, { preview: false });
    assert.ok(document.getText().includes('\uFFFD'), `VS Code decoded the file as ${document.encoding} without replacement characters`);
    await offered;
    // The toast of a window without focus (a headless browser's) goes straight to the notification
    // centre: open it, so the screenshot shows the offer as a person finds it.
    await vscode.commands.executeCommand('notifications.showList');
    await new Promise(resolve => setTimeout(resolve, 800));
    await takeScreenshot('encoding-offer');

    const encoding = await vscode.commands.executeCommand<string>('isnad.reopenWithWindows1256', file);
    assert.equal(encoding, 'windows1256');
    const reopened = vscode.window.activeTextEditor!.document;
    assert.equal(reopened.uri.toString(), file.toString());
    assert.equal(reopened.getText(), seed);
    const { analysis } = await api.analysisOf(reopened);
    assert.equal(analysis?.statements.length, 26);
    await vscode.commands.executeCommand('notifications.clearAll');
  });
});
