/**
 * Settings reach the analysis as word lists: an extra reporting verb makes a sentence a
 * statement, a speaker alias renames the speaker in the panel, and a file above the size limit is
 * not analysed (the status bar says why).
 */
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import type { IsnadApi } from '../../src/vscode/api';
import { closeUntitled, highlightsApplied, isnadApi, openCopy, sleep } from './isnadApi';
import { openPanel, panelShows } from './panel';
import { takeScreenshot } from './screenshot';
import { openSeed } from './seed';

// همس (whispered) is not a reporting verb of the built-in lexicon.
const TEXT = 'في تطور جديد للأزمة الاقتصادية، همس وزير المالية خالد العمري بأن الحكومة سترفع الضرائب العام المقبل.\n';

// A short Arabic file with one statement by a built-in verb (قال), under any size limit used here.
const SHORT = 'قال وزير المالية خالد العمري إن الحكومة سترفع الضرائب العام المقبل.\n';

async function update(key: string, value: unknown): Promise<void> {
  await vscode.workspace.getConfiguration('isnad').update(key, value, vscode.ConfigurationTarget.Global);
}

describe('Settings', () => {
  let api: IsnadApi;

  before(async () => {
    api = await isnadApi();
  });

  afterEach(async () => {
    for (const key of ['extraReportingVerbs', 'speakerAliases', 'maxFileSize']) await update(key, undefined);
    await closeUntitled();
  });

  /** Waits (up to 5 s) until the views' model shows `document`, as it does once its analysis is published. */
  async function modelShows(document: vscode.TextDocument): Promise<void> {
    for (let waited = 0; api.model.document !== document && waited < 5000; waited += 50) await sleep(50);
    assert.equal(api.model.document, document, 'the model does not show the document');
  }

  /** The analysis after a settings change (published again for the same document version). */
  async function reanalysed(document: vscode.TextDocument, change: () => Promise<void>) {
    const next = new Promise<void>(resolve => {
      const listener = api.onDidChangeAnalysis(e => {
        if (e.document === document) {
          listener.dispose();
          resolve();
        }
      });
    });
    await change();
    await Promise.race([next, sleep(10_000)]);
    return api.analysisOf(document);
  }

  it('treats an extra reporting verb as a cue, and shows a speaker alias as the name', async () => {
    const editor = await openCopy(TEXT);
    const before = await api.analysisOf(editor.document);
    assert.equal(before.analysis?.statements.length, 0, 'همس is already a cue without the setting');
    // An analysed file with nothing found.
    await modelShows(editor.document);
    assert.equal(api.contextValues().activeState, 'analyzed');
    assert.equal(api.model.speakers.length, 0);

    const withVerb = await reanalysed(editor.document, () => update('extraReportingVerbs', ['همس']));
    assert.deepEqual(withVerb.analysis?.statements.map(s => [s.cue.text, s.speaker.name]), [['همس', 'خالد العمري']]);
    assert.equal(api.contextValues().activeState, 'analyzed');

    const withAlias = await reanalysed(editor.document, () => update('speakerAliases', { 'خالد العمري': 'د. خالد العمري' }));
    assert.equal(withAlias.analysis?.statements[0]?.speaker.name, 'د. خالد العمري');
    assert.deepEqual(api.model.speakers.map(s => s.speaker.name), ['د. خالد العمري']);
  });

  it('does not analyse a file above isnad.maxFileSize, and says so', async () => {
    const editor = await openCopy(TEXT.repeat(20));
    assert.ok((await api.analysisOf(editor.document)).analysis);
    const limited = await reanalysed(editor.document, () => update('maxFileSize', 1000));
    assert.equal(limited.state, 'tooLarge');
    assert.equal(limited.analysis, undefined);
    assert.equal(api.model.activeState, 'tooLarge');
    assert.equal(api.contextValues().activeState, 'tooLarge');
    assert.equal(api.model.size, TEXT.length * 20, 'the status bar tooltip gives the size the cache measured');
    assert.equal(api.model.speakers.length, 0);
    assert.ok(Object.values(api.highlightsOf(editor.document)!.ranges).every(list => list.length === 0));
  });

  /**
   * What the panel shows must be one state: the description and badge counts, the rows and the
   * notice all come from the model of the active editor's current analysis.
   */
  async function assertViewsShow(document: vscode.TextDocument, label: string): Promise<void> {
    assert.equal(api.model.document, document, `${label}: the model shows another document`);
    const analysis = api.model.analysis;
    assert.ok(analysis, `${label}: no analysis in the model`);
    assert.equal(api.model.activeState, 'analyzed', label);
    assert.equal(api.contextValues().activeState, 'analyzed', `${label}: context key`);
    const speakers = api.model.speakers;
    const statements = speakers.reduce((n, s) => n + s.statements.length, 0);
    assert.ok(speakers.length > 0, `${label}: no speakers`);
    assert.equal(statements, analysis.statements.length, `${label}: the model holds ${statements} statements`);
    const counted = (n: number, noun: string) => `${n} ${noun}${n === 1 ? '' : 's'}`;
    assert.equal(api.panel.description, `${counted(statements, 'statement')} · ${counted(speakers.length, 'speaker')}`, label);
    assert.equal(api.panel.badge, statements, `${label}: badge`);
    const shown = await panelShows(api, `${label}: ${statements} rows`, s => s.rows.length === statements);
    assert.equal(shown.notice, null, `${label}: a notice over the rows`);
    assert.equal(shown.credits.length, analysis.credits.length, `${label}: Sources`);
  }

  it('analyses a file again, panel, counts and highlights, once the size limit is raised back', async function () {
    this.timeout(60_000);
    const seed = await openSeed();
    await openPanel(api);
    await vscode.window.showTextDocument(seed.document);
    await highlightsApplied(api, seed.document);
    await assertViewsShow(seed.document, 'before the limit');
    const other = await openCopy(SHORT);
    await api.analysisOf(other.document);

    // The seed (8 KB) goes above the limit while another file is active, then becomes active.
    await reanalysed(seed.document, () => update('maxFileSize', 2000));
    assert.equal((await api.analysisOf(seed.document)).state, 'tooLarge');
    await vscode.window.showTextDocument(seed.document);
    assert.equal(api.model.document, seed.document);
    assert.equal(api.model.activeState, 'tooLarge');
    assert.equal(api.model.speakers.length, 0);
    assert.equal(api.panel.description, undefined);
    assert.equal(api.panel.badge, undefined);
    const tooLarge = await panelShows(api, 'the size-limit notice', s => s.notice !== null);
    assert.equal(tooLarge.rows.length, 0);
    assert.match(tooLarge.notice!, /larger than the size limit/);

    // Another Arabic file under the limit is analysed and shown; back on the seed, it is too large again.
    await vscode.window.showTextDocument(other.document);
    await assertViewsShow(other.document, 'the short file');
    assert.deepEqual(api.model.speakers.map(s => s.speaker.name), ['خالد العمري']);
    await vscode.window.showTextDocument(seed.document);
    assert.equal(api.model.activeState, 'tooLarge');
    assert.ok(Object.values(api.highlightsOf(seed.document)!.ranges).every(list => list.length === 0));

    // The limit back to its default: the seed is analysed, listed and highlighted again.
    const restored = await reanalysed(seed.document, () => update('maxFileSize', undefined));
    assert.equal(restored.state, 'served');
    await highlightsApplied(api, seed.document);
    await sleep(500);
    await assertViewsShow(seed.document, 'after the limit is restored');
    assert.ok(api.model.speakers.some(s => s.speaker.name === 'دميتري بيسكوف'), 'Peskov is not in the panel');
    const applied = api.highlightsOf(seed.document)!;
    assert.equal(applied.version, seed.document.version);
    assert.ok(applied.ranges.speaker.length > 0 && applied.ranges.quote.length > 0, 'the seed is not highlighted again');
    await takeScreenshot('settings-limit-restored');

    // The same with the other file active while the limit changes, as the previous test leaves it.
    await reanalysed(seed.document, () => update('maxFileSize', 2000));
    await vscode.window.showTextDocument(other.document);
    await reanalysed(seed.document, () => update('maxFileSize', undefined));
    await closeUntitled();
    assert.equal(vscode.window.activeTextEditor?.document, seed.document);
    await highlightsApplied(api, seed.document);
    await sleep(500);
    await assertViewsShow(seed.document, 'after closing the other file');
    assert.ok(api.highlightsOf(seed.document)!.ranges.speaker.length > 0, 'the seed is not highlighted after closing the other file');
    await takeScreenshot('settings-other-closed');
  });
});
