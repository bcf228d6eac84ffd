/**
 * Highlights at the speed of typing, in the real VS Code: the time from an edit to the refreshed
 * highlights of a 30 KB article and of a 1 MB document, with the Who Said What panel open, and
 * the longest the extension host was busy at a stretch meanwhile (hostStall.ts). An attempt is five
 * edits, half a second apart as a typing pause, after a first one that is not counted (the first
 * edit after a document opens also waits for code that has not run yet); its median is set against
 * the goals (30 KB: 100 ms, 1 MB: 150 ms, no stall over 50 ms). Noise on a shared machine only adds
 * time, so an attempt that misses a goal is followed by another, up to three, each printed.
 *
 * The assertions hold whatever the machine: a long document's edit is read in the worker, taking
 * the stories it did not touch from its memo; and, unless the same edit in a plain editor with
 * Isnad off shows the machine itself is slow, an article's edits reach the highlights sooner than
 * the old fixed 250 ms delay alone took. The times of the long document are printed, not asserted:
 * on a shared two-core machine the browser, the extension host and the worker compete for the
 * cores, and another tenant's load multiplies them.
 */
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import type { DocumentAnalysis } from '../../src/vscode/analysisCache';
import type { IsnadApi } from '../../src/vscode/api';
import { editDelayMs } from '../../src/vscode/editDelay';
import { stallMeter, type Stalls } from './hostStall';
import { closeUntitled, highlightsApplied, isnadApi, openCopy, sleep } from './isnadApi';
import { longArticle } from './longArticle';
import { openPanel } from './panel';
import { openSeed } from './seed';

const NEW_SENTENCE = '\nوقال بيسكوف إن الاتصالات مع الجانب الأمريكي ستبقى مفتوحة رغم كل الخلافات.\n';
const EDITS = 5;
const ATTEMPTS = 3;
const STALL_GOAL_MS = 50;
/** The same edit with Isnad off taking longer than this says the machine is too busy to time anything. */
const BUSY_MACHINE_MS = 60;

interface EditRun {
  readonly ms: number;
  readonly stalls: Stalls;
  readonly appliedMs: number;
  readonly entry: DocumentAnalysis;
}

interface Attempt {
  readonly first: number;
  readonly runs: readonly EditRun[];
  readonly ms: number;
  readonly stall: number;
}

const median = (values: readonly number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;
const met = (value: number, goal: number) => `goal <= ${goal} ms: ${value <= goal ? 'met' : 'MISSED'}`;

/** One attempt: a first edit, then EDITS timed edits of a sentence into the middle of the document. */
async function attempt(api: IsnadApi, editor: vscode.TextEditor): Promise<Attempt> {
  const runs: EditRun[] = [];
  for (let i = 0; i <= EDITS; i++) {
    await sleep(500);
    const line = editor.document.lineAt(Math.floor(editor.document.lineCount / 2));
    const meter = stallMeter();
    const start = Date.now();
    await editor.edit(b => b.insert(line.range.end, NEW_SENTENCE));
    const appliedMs = Date.now() - start;
    await highlightsApplied(api, editor.document, 60_000);
    const ms = Date.now() - start;
    // The checks of a long document follow the highlights in a task of their own.
    await sleep(100);
    runs.push({ ms, stalls: meter.stop(), appliedMs, entry: await api.analysisOf(editor.document) });
  }
  const [first, ...counted] = runs;
  return { first: first!.ms, runs: counted, ms: median(counted.map(r => r.ms)), stall: median(counted.map(r => r.stalls.longestMs)) };
}

function describeAttempt(label: string, n: number, { first, runs, ms, stall }: Attempt, goalMs: number): string {
  const list = (f: (r: EditRun) => number | string) => runs.map(f).join(' / ');
  const entry = runs[runs.length - 1]!.entry;
  const where = entry.ranOn === 'worker' ? `in the analysis worker, its reply read in ${list(r => r.entry.receiveMs)} ms` : 'on the extension host';
  // The test document repeats one article, so stories can share a text: the memo holds those once.
  const stories = entry.stories ? `; stories taken from the memo unread ${list(r => r.entry.stories?.reused ?? '?')} (of ${entry.stories.total} distinct)` : '';
  return `[isnad-bench] edit-to-highlights ${label} (attempt ${n}): ${list(r => r.ms)} ms, median ${ms} ms (${met(ms, goalMs)}); ` +
    `longest extension-host stall ${list(r => r.stalls.longestMs)} ms, median ${stall} ms (${met(stall, STALL_GOAL_MS)}); ` +
    `edit delay ${editDelayMs(entry.size)} ms; analyze ${list(r => r.entry.durationMs)} ms ${where}${stories}; edit applied +${list(r => r.appliedMs)} ms; ` +
    `host busy ${list(r => r.stalls.busyMs)} of ${list(r => r.stalls.elapsedMs)} ms; first edit (not counted) ${first} ms`;
}

/** Attempts until one meets both goals, up to ATTEMPTS; returns the best (the lowest median). */
async function timeTyping(api: IsnadApi, editor: vscode.TextEditor, label: string, goalMs: number): Promise<Attempt> {
  let best: Attempt | undefined;
  for (let n = 1; n <= ATTEMPTS; n++) {
    const next = await attempt(api, editor);
    console.log(describeAttempt(label, n, next, goalMs));
    if (!best || next.ms < best.ms) best = next;
    if (next.ms <= goalMs && next.stall <= STALL_GOAL_MS) break;
  }
  return best!;
}

/** Opens the text as Arabic News with the panel beside it, scrolled to the middle, and lets the workbench settle. */
async function openForEditing(api: IsnadApi, text: string): Promise<vscode.TextEditor> {
  const editor = await openCopy(text, 'arabic-news');
  await highlightsApplied(api, editor.document, 60_000);
  const middle = new vscode.Position(Math.floor(editor.document.lineCount / 2), 0);
  editor.revealRange(new vscode.Range(middle, middle), vscode.TextEditorRevealType.InCenter);
  editor.selection = new vscode.Selection(middle, middle);
  // Outline, problems and the panel's first rows are drawn before the first edit.
  await sleep(text.length > 100_000 ? 4000 : 1500);
  return editor;
}

/** The same edit in a plain-text copy Isnad is told to ignore: what the editor itself costs on this machine now. */
async function plainEditMs(text: string): Promise<number> {
  const settings = vscode.workspace.getConfiguration('isnad');
  await settings.update('languages', [], vscode.ConfigurationTarget.Global);
  try {
    const plain = await openCopy(text, 'plaintext');
    await sleep(1500);
    const start = Date.now();
    await plain.edit(b => b.insert(plain.document.lineAt(Math.floor(plain.document.lineCount / 2)).range.end, NEW_SENTENCE));
    return Date.now() - start;
  } finally {
    await closeUntitled();
    await settings.update('languages', undefined, vscode.ConfigurationTarget.Global);
  }
}

describe('Typing: from an edit to its highlights', function () {
  this.timeout(300_000);
  let api: IsnadApi;
  let seedText: string;

  before(async () => {
    // A window as a person starts typing in: no editor left over from the tests before.
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    seedText = (await openSeed()).document.getText();
    api = await isnadApi();
    await openPanel(api);
  });

  afterEach(closeUntitled);

  it('refreshes a 30 KB article almost at once (prints edit-to-highlights)', async () => {
    const { text, bytes } = longArticle(seedText, 30_000);
    const plainMs = await plainEditMs(text);
    const editor = await openForEditing(api, text);
    const best = await timeTyping(api, editor, '30 KB article', 100);
    const entry = best.runs[best.runs.length - 1]!.entry;
    console.log(`[isnad-bench] edit-to-highlights 30 KB article: best median ${best.ms} ms, stall ${best.stall} ms; the same edit with Isnad off ${plainMs} ms; ` +
      `${bytes.toLocaleString('en')} bytes, ${entry.size.toLocaleString('en')} characters, ${entry.analysis?.statements.length} statements`);
    assert.equal(entry.ranOn, 'host');
    if (plainMs <= BUSY_MACHINE_MS) assert.ok(best.ms < 250, `an edit took ${best.ms} ms to reach the highlights of a 30 KB article`);
  });

  it('refreshes a 1 MB document within a typing pause, reading again only what the edit touched (prints edit-to-highlights)', async () => {
    const { text, bytes } = longArticle(seedText, 1_000_000);
    const plainMs = await plainEditMs(text);
    const editor = await openForEditing(api, text);
    const lines = editor.document.lineCount;
    const best = await timeTyping(api, editor, '1 MB document', 150);
    const entry = best.runs[best.runs.length - 1]!.entry;
    // The panel's rows follow once the edits pause: what redrawing them costs the extension host.
    await sleep(1000);
    console.log(`[isnad-bench] edit-to-highlights 1 MB document: best median ${best.ms} ms, stall ${best.stall} ms; the same edit with Isnad off ${plainMs} ms; ` +
      `the panel's ${entry.analysis?.statements.length} rows redrawn after the pause in ${api.panel.lastPostMs} ms on the host; ` +
      `${bytes.toLocaleString('en')} bytes, ${entry.size.toLocaleString('en')} characters, ${lines} lines`);
    assert.equal(entry.ranOn, 'worker');
    assert.ok(entry.analysis?.statements.some(s => s.content.text.includes('الاتصالات مع الجانب الأمريكي ستبقى مفتوحة')));
    const reused = best.runs.map(r => r.entry.stories!.reused);
    assert.ok(median(reused) >= entry.stories!.total / 2, `edits took ${reused.join(' / ')} of ${entry.stories!.total} stories from the memo`);
    assert.ok(editDelayMs(entry.size) <= 20, `a 1 MB document waits ${editDelayMs(entry.size)} ms after an edit`);
  });
});
