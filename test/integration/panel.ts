/** Helpers for the tests of the Who Said What panel: open it, and wait until its webview shows something. */
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import type { IsnadApi } from '../../src/vscode/api';
import type { PanelSnapshot, RowSnapshot } from '../../src/vscode/panel/protocol';
import { sleep } from './isnadApi';

/** Opens the panel (as "Isnad: Show Who Said What" does) and waits until its script is ready. */
export async function openPanel(api: IsnadApi, timeoutMs = 15_000): Promise<void> {
  await vscode.commands.executeCommand('isnad.whoSaidWhat.focus');
  for (const deadline = Date.now() + timeoutMs; !api.panel.ready && Date.now() < deadline;) await sleep(50);
  assert.ok(api.panel.ready, 'the Who Said What panel did not load (its script never said it was ready)');
}

/**
 * The webview's DOM once it shows the latest content and `wanted` holds of it; the last snapshot
 * fails the test with `what` when it does not within the time limit.
 */
export async function panelShows(api: IsnadApi, what: string, wanted: (s: PanelSnapshot) => boolean = () => true, timeoutMs = 10_000): Promise<PanelSnapshot> {
  let last: PanelSnapshot | undefined;
  for (const deadline = Date.now() + timeoutMs; Date.now() < deadline; await sleep(50)) {
    if (!api.panel.ready) continue;
    last = await api.panel.snapshot();
    if (last.serial === api.panel.serial && wanted(last)) return last;
  }
  assert.fail(`the panel does not show ${what}: ${last ? JSON.stringify({ serial: last.serial, latest: api.panel.serial, rows: last.rows.length, notice: last.notice, selected: selectedRows(last).map(r => r.id) }) : 'no answer'}`);
}

export const visibleRows = (s: PanelSnapshot): RowSnapshot[] => s.rows.filter(r => !r.hidden);
export const selectedRows = (s: PanelSnapshot): RowSnapshot[] => s.rows.filter(r => r.selected);

/** Waits until the active editor's selection is `[start, end)` of its document. */
export async function editorSelects(start: number, end: number, timeoutMs = 5000): Promise<vscode.TextEditor> {
  const selects = (e: vscode.TextEditor | undefined) => e !== undefined && e.document.offsetAt(e.selection.start) === start && e.document.offsetAt(e.selection.end) === end;
  for (const deadline = Date.now() + timeoutMs; !selects(vscode.window.activeTextEditor) && Date.now() < deadline;) await sleep(50);
  const editor = vscode.window.activeTextEditor;
  assert.ok(editor && selects(editor), `the editor selects ${editor ? `${editor.document.offsetAt(editor.selection.start)}-${editor.document.offsetAt(editor.selection.end)}` : 'nothing'}, not ${start}-${end}`);
  return editor;
}
