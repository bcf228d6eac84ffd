/**
 * Settings reach the analysis as word lists: an extra reporting verb makes a sentence a
 * statement, a speaker alias renames the speaker in the tree, and a file above the size limit is
 * not analysed (the status bar says why).
 */
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import type { IsnadApi } from '../../src/vscode/api';
import { closeUntitled, isnadApi, openCopy, sleep } from './isnadApi';

// همس (whispered) is not a reporting verb of the built-in lexicon.
const TEXT = 'في تطور جديد للأزمة الاقتصادية، همس وزير المالية خالد العمري بأن الحكومة سترفع الضرائب العام المقبل.\n';

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

    const withVerb = await reanalysed(editor.document, () => update('extraReportingVerbs', ['همس']));
    assert.deepEqual(withVerb.analysis?.statements.map(s => [s.cue.text, s.speaker.name]), [['همس', 'خالد العمري']]);

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
    assert.equal(api.model.speakers.length, 0);
    assert.ok(Object.values(api.highlightsOf(editor.document)!.ranges).every(list => list.length === 0));
  });
});
