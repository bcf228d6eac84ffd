/**
 * Long documents are analysed in a worker thread, so the extension host keeps answering while a
 * 1 MB article is read: the analysis is the engine's own; while the worker reads an edited version
 * the host is busy for a fraction of what analysing on its thread costs, and never stalls that long;
 * a result that arrives after a newer edit is dropped. Short documents stay on the host, where the
 * analysis is quicker than a round trip.
 */
import * as assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import * as vscode from 'vscode';
import { analyze } from '../../src/core';
import { AnalysisCache, OFF_THREAD_MIN_CHARS } from '../../src/vscode/analysisCache';
import type { IsnadApi } from '../../src/vscode/api';
import { AnalysisWorkerClient, type AnalysisReply, type AnalysisRequest, type WorkerLike } from '../../src/vscode/analysisWorkerClient';
import { ConfigSource } from '../../src/vscode/config';
import { nodeAnalysisWorker } from '../../src/vscode/nodeAnalysisWorker';
import { stallMeter, type StallMeter, type Stalls } from './hostStall';
import { EXTENSION_ID, closeUntitled, highlightsApplied, isnadApi, openCopy, sleep } from './isnadApi';
import { articleOfLength, longArticle } from './longArticle';
import { openSeed } from './seed';

const NEW_SENTENCE = '\nوقال بيسكوف إن الاتصالات مع الجانب الأمريكي ستبقى مفتوحة رغم كل الخلافات.\n';
const KERRY_SENTENCE = '\nوأضاف كيري أن "الاتفاق ما زال ممكنا".\n';

function workerScript(): string {
  return join(vscode.extensions.getExtension(EXTENSION_ID)!.extensionPath, 'dist', 'analysisWorker.js');
}

/** `analyze` on this thread, warm (the first call builds the engine's tables): the median of `runs`. */
function analyzeHereMs(text: string, runs = 1): number {
  analyze(text);
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const started = performance.now();
    analyze(text);
    times.push(performance.now() - started);
  }
  return times.sort((a, b) => a - b)[Math.floor(runs / 2)]!;
}

const asJson = (value: unknown) => JSON.parse(JSON.stringify(value)) as unknown;

/** A worker that answers, with the engine's analysis, only when the test says so. */
class GatedWorker implements WorkerLike {
  private readonly requests: AnalysisRequest[] = [];
  private reply: ((reply: AnalysisReply) => void) | undefined;
  private arrived: (() => void) | undefined;

  start(onReply: (reply: AnalysisReply) => void): void {
    this.reply = onReply;
  }

  postMessage(request: AnalysisRequest): void {
    this.requests.push(request);
    this.arrived?.();
  }

  terminate(): void {}

  requestArrived(): Promise<void> {
    if (this.requests.length > 0) return Promise.resolve();
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error('no analysis request reached the worker')), 10_000);
      this.arrived = () => {
        clearTimeout(timer);
        this.arrived = undefined;
        resolve();
      };
    });
  }

  answer(): void {
    const request = this.requests.shift()!;
    this.reply!({ id: request.id, json: JSON.stringify(analyze(request.text, request.options)), analyzeMs: 0 });
  }
}

describe('Long documents are analysed off the extension host', function () {
  this.timeout(120_000);
  let api: IsnadApi;
  let seedText: string;

  before(async () => {
    seedText = (await openSeed()).document.getText();
    api = await isnadApi();
  });

  afterEach(closeUntitled);

  it('ships the analysis worker in the extension', () => {
    assert.ok(existsSync(workerScript()), `${workerScript()} is missing from the installed extension`);
  });

  it('analyses the seed article on the host, and a document from the threshold on in the worker', async () => {
    const seed = await api.analysisOf((await openSeed()).document);
    assert.equal(seed.ranOn, 'host');
    const editor = await openCopy(articleOfLength(seedText, OFF_THREAD_MIN_CHARS - 1));
    const below = await api.analysisOf(editor.document);
    assert.equal(below.ranOn, 'host');
    await editor.edit(b => b.insert(editor.document.positionAt(0), 'و'));
    await highlightsApplied(api, editor.document);
    const at = await api.analysisOf(editor.document);
    assert.equal(at.size, OFF_THREAD_MIN_CHARS);
    assert.equal(at.ranOn, 'worker');
    assert.ok(at.analysis && at.analysis.statements.length > 0);
  });

  it('gives a 1 MB article the engine\'s own analysis, in the panel\'s model and the highlights', async () => {
    const { text } = longArticle(seedText, 1_000_000);
    const editor = await openCopy(text);
    await highlightsApplied(api, editor.document, 60_000);
    const entry = await api.analysisOf(editor.document);
    assert.equal(entry.ranOn, 'worker');
    assert.deepEqual(asJson(entry.analysis), asJson(analyze(text)));
    assert.equal(api.model.analysis, entry.analysis, 'the panel shows another analysis');
    assert.ok(api.model.speakers.some(s => s.speaker.name === 'دميتري بيسكوف'));
    const speakers = api.highlightsOf(editor.document)!.ranges.speaker.map(r => editor.document.getText(r));
    assert.ok(speakers.includes('بيسكوف'), `speaker highlights: ${speakers.slice(0, 10).join(', ')}`);
  });

  it('keeps the host responsive while a 1 MB article is analysed after an edit', async () => {
    const { text } = longArticle(seedText, 1_000_000);
    // Measured before the document opens: the requests VS Code makes of a new editor (outline,
    // checks, panel) would otherwise pile up behind it and run into the first edit.
    const hereMs = analyzeHereMs(text, 3);
    const editor = await openCopy(text);
    const document = editor.document;
    await highlightsApplied(api, document, 60_000);
    await sleep(1000);
    // Three edits, the smallest figures kept: a garbage collection, the outline VS Code asks for or a
    // busy machine can hold any thread once, while an analysis on this thread would every time.
    const during: Stalls[] = [];
    const whole: Stalls[] = [];
    for (const sentence of [NEW_SENTENCE, KERRY_SENTENCE, NEW_SENTENCE]) {
      await sleep(300);
      const edit = stallMeter();
      let analysis: StallMeter | undefined;
      let analysed: Stalls | undefined;
      const listeners = [
        api.onDidStartWorkerRun(r => {
          if (r.document === document && r.version === document.version) analysis = stallMeter();
        }),
        // The meter stops as the analysis arrives, before the views redraw in the same task.
        api.onDidChangeAnalysis(e => {
          if (e.document === document && e.version === document.version && analysis && !analysed) analysed = analysis.stopBeforeThisTask();
        }),
      ];
      try {
        await editor.edit(b => b.insert(document.positionAt(document.getText().length), sentence));
        await highlightsApplied(api, document, 60_000);
        // The checks of a long document follow the highlights in a task of their own: wait for it too.
        await sleep(100);
      } finally {
        for (const listener of listeners) listener.dispose();
      }
      whole.push(edit.stop());
      assert.ok(analysed, 'the edit was not analysed in the worker');
      during.push(analysed);
    }
    const entry = await api.analysisOf(document);
    const show = (s: Stalls) => `${s.longestMs} ms (busy ${s.busyMs} of ${s.elapsedMs} ms, longest GC ${s.longestGcMs} ms)`;
    console.log(`[isnad-bench] 1 MB edits, longest host stall while the worker analyses: ${during.map(show).join(' / ')}; ` +
      `from the edit to the redrawn views: ${whole.map(show).join(' / ')} (analyze on the host: ${Math.round(hereMs)} ms; ` +
      `in the worker: ${entry.durationMs} ms, reading its reply ${entry.receiveMs} ms, run start to publication ${entry.elapsedMs} ms)`);
    assert.equal(entry.ranOn, 'worker');
    assert.ok(entry.analysis!.statements.some(s => s.content.text.includes('الاتفاق ما زال ممكنا')), 'the edit is not in the analysis');
    const busyMs = Math.min(...during.map(s => s.busyMs));
    const longestMs = Math.min(...during.map(s => s.longestMs));
    assert.ok(busyMs < hereMs / 2, `the host was busy ${busyMs} ms while the worker analysed; analysing on it takes ${Math.round(hereMs)} ms`);
    assert.ok(longestMs < hereMs, `the host stalled ${longestMs} ms while the worker analysed; analysing on it takes ${Math.round(hereMs)} ms`);
  });

  it('drops a worker result that arrives after a newer edit, and publishes the newest version', async () => {
    // A cache of its own whose worker answers when the test says, so the edit lands while the
    // first version is being analysed on any machine, however fast or loaded.
    const config = new ConfigSource();
    const worker = new GatedWorker();
    const cache = new AnalysisCache(config, new AnalysisWorkerClient(() => worker, error => {
      throw error;
    }));
    const published: number[] = [];
    const drops: number[] = [];
    const stale: number[] = [];
    const listener = api.onDidChangeAnalysis(e => {
      if (e.version !== e.document.version) stale.push(e.version);
    });
    try {
      const editor = await openCopy(articleOfLength(seedText, OFF_THREAD_MIN_CHARS));
      const document = editor.document;
      cache.onDidChangeAnalysis(e => {
        if (e.document === document) published.push(e.version);
      });
      cache.onDidDropWorkerRun(r => {
        if (r.document === document) drops.push(r.version);
      });
      assert.equal(cache.start(document), undefined, 'a long document was analysed on the host');
      await worker.requestArrived();
      const first = document.version;
      await editor.edit(b => b.insert(document.positionAt(document.getText().length), KERRY_SENTENCE));
      assert.ok(document.version > first);
      worker.answer();
      await sleep(50);
      assert.deepEqual(drops, [first], 'the stale result was not dropped');
      assert.deepEqual(published, [], 'a stale result was published');
      assert.equal(cache.peek(document), undefined);
      // The edit's own run goes to the worker after the edit delay.
      await worker.requestArrived();
      worker.answer();
      const entry = await cache.whenCurrent(document);
      assert.deepEqual(published, [document.version]);
      assert.equal(entry?.ranOn, 'worker');
      assert.ok(entry?.analysis?.statements.some(s => s.content.text.includes('الاتفاق ما زال ممكنا')));
      assert.deepEqual(stale, [], 'the extension published a result for an old version');
    } finally {
      listener.dispose();
      cache.dispose();
      config.dispose();
    }
  });

  it('measures analysis on the host and in the worker by size (prints the figures behind the threshold)', async () => {
    const client = new AnalysisWorkerClient(() => nodeAnalysisWorker(workerScript()), error => {
      throw error;
    });
    try {
      // The worker's first analysis builds its tables; warm it as the extension's worker is warm.
      await client.analyze('warm', longArticle(seedText, 200_000).text, {});
      const rows: string[] = [];
      for (const chars of [10_000, 25_000, 50_000, 100_000, 200_000, 560_000]) {
        const text = articleOfLength(seedText, chars);
        const hereMs = analyzeHereMs(text);
        const meter = stallMeter();
        const started = performance.now();
        // A key per size: the worker would otherwise take the stories the texts share from its memo.
        const result = await client.analyze(`size:${chars}`, text, {});
        const roundTripMs = performance.now() - started;
        const stallMs = meter.stop().longestMs;
        assert.equal(result.kind, 'done');
        const { analyzeMs, parseMs } = result as { analyzeMs: number; parseMs: number };
        rows.push(`${chars / 1000}K chars: host ${hereMs.toFixed(1)} ms | worker ${analyzeMs} ms, round trip ${roundTripMs.toFixed(1)} ms, reply read ${parseMs} ms, longest host stall ${stallMs} ms`);
      }
      console.log(`[isnad-bench] analyze-by-size (threshold ${OFF_THREAD_MIN_CHARS / 1000}K chars):\n  ${rows.join('\n  ')}`);
    } finally {
      client.dispose();
    }
  });
});
