/**
 * The client that sends long documents to the analysis worker: a stand-in worker answers with the
 * engine's real analysis when the test says so, or dies, so the order of events is the test's.
 */
import * as assert from 'node:assert/strict';
import { analyze, type Analysis } from '../../src/core';
import { AnalysisWorkerClient, encodeAnalysis, type AnalysisReply, type AnalysisRequest, type OffThreadResult, type WorkerLike } from '../../src/vscode/analysisWorkerClient';

const PESKOV = 'قال المتحدث باسم الكرملين دميتري بيسكوف للصحفيين إن موسكو لا تزال منفتحة على الحوار.';
const KERRY = 'وقال جون كيري إن "الاتفاق ما زال ممكنا".';

class FakeWorker implements WorkerLike {
  readonly posted: AnalysisRequest[] = [];
  terminated = false;
  private reply: ((reply: AnalysisReply) => void) | undefined;
  private failure: ((error: unknown) => void) | undefined;

  start(onReply: (reply: AnalysisReply) => void, onFailure: (error: unknown) => void): void {
    this.reply = onReply;
    this.failure = onFailure;
  }

  postMessage(request: AnalysisRequest): void {
    this.posted.push(request);
  }

  terminate(): void {
    this.terminated = true;
  }

  /** Answers the oldest request as the real worker does: the engine's analysis as JSON. */
  answer(): AnalysisRequest {
    const request = this.posted.shift()!;
    this.reply!({ id: request.id, json: encodeAnalysis(analyze(request.text, request.options)), analyzeMs: 7 });
    return request;
  }

  send(reply: AnalysisReply): void {
    this.posted.shift();
    this.reply!(reply);
  }

  crash(): void {
    this.failure!(new Error('worker died'));
  }
}

interface Setup {
  readonly client: AnalysisWorkerClient;
  readonly workers: FakeWorker[];
  readonly failures: boolean[];
  readonly worker: () => FakeWorker;
}

function setup(maxFailures = 3): Setup {
  const workers: FakeWorker[] = [];
  const failures: boolean[] = [];
  const client = new AnalysisWorkerClient(() => {
    const w = new FakeWorker();
    workers.push(w);
    return w;
  }, (_error, gaveUp) => failures.push(gaveUp), maxFailures);
  return { client, workers, failures, worker: () => workers[workers.length - 1]! };
}

/** Lets resolved promises run their callbacks. */
const settle = () => new Promise(resolve => setImmediate(resolve));

function analysisOf(result: OffThreadResult): Analysis {
  assert.equal(result.kind, 'done');
  return (result as Extract<OffThreadResult, { kind: 'done' }>).analysis;
}

describe('AnalysisWorkerClient', () => {
  it('hands back the analysis the engine gives for the text, read from the JSON reply', async () => {
    const { client, worker } = setup();
    const result = client.analyze('doc', PESKOV, {});
    worker().answer();
    const analysis = analysisOf(await result);
    const expected = analyze(PESKOV);
    assert.equal(encodeAnalysis(analysis), encodeAnalysis(expected));
    // Mention offsets come back as the engine gives them: start/end pairs in an Int32Array.
    assert.deepEqual(analysis.speakers.map(s => s.mentions), expected.speakers.map(s => s.mentions));
    assert.ok(analysis.speakers[0]!.mentions instanceof Int32Array && analysis.speakers[0]!.mentions.length === 2);
    assert.equal(analysis.statements[0]?.speaker.name, 'دميتري بيسكوف');
    assert.equal((await result as { analyzeMs: number }).analyzeMs, 7);
  });

  it('passes the settings to the worker (an extra reporting verb makes a statement)', async () => {
    const { client, worker } = setup();
    // همس (whispered) is no reporting verb of the built-in lexicon.
    const text = 'همس الوزير بأن المحادثات قد تستأنف قريبا.';
    assert.equal(analyze(text).statements.length, 0);
    const result = client.analyze('doc', text, { extraVerbs: ['همس'] });
    assert.deepEqual(worker().posted[0]?.options, { extraVerbs: ['همس'] });
    // And the document's key, under which the worker keeps the stories of its last analysis.
    assert.equal(worker().posted[0]?.key, 'doc');
    worker().answer();
    assert.equal(analysisOf(await result).statements[0]?.cue.text, 'همس');
  });

  it('runs one request at a time, and a newer edit replaces the one waiting for the same document', async () => {
    const { client, worker } = setup();
    const running = client.analyze('doc', PESKOV, {});
    const older = client.analyze('doc', KERRY, {});
    const newer = client.analyze('doc', `${KERRY}\n${PESKOV}`, {});
    assert.equal(worker().posted.length, 1, 'a second request was sent while one runs');
    assert.deepEqual(await older, { kind: 'superseded' });
    worker().answer();
    // The running request is never cut short: its result is handed back, and the cache drops it.
    assert.equal(analysisOf(await running).statements[0]?.speaker.name, 'دميتري بيسكوف');
    assert.equal(worker().posted.length, 1);
    assert.equal(worker().posted[0]?.text, `${KERRY}\n${PESKOV}`);
    worker().answer();
    assert.equal(analysisOf(await newer).statements.length, 2);
  });

  it('keeps the waiting request of each document', async () => {
    const { client, worker } = setup();
    const first = client.analyze('a', PESKOV, {});
    const second = client.analyze('b', KERRY, {});
    worker().answer();
    await first;
    assert.equal(worker().answer().text, KERRY);
    assert.equal(analysisOf(await second).statements[0]?.speaker.name, 'جون كيري');
  });

  it('forgets the waiting request of a closed document', async () => {
    const { client, worker } = setup();
    const running = client.analyze('a', PESKOV, {});
    const closed = client.analyze('b', KERRY, {});
    client.forget('b');
    assert.deepEqual(await closed, { kind: 'superseded' });
    worker().answer();
    await running;
    assert.equal(worker().posted.length, 0);
    assert.equal(client.size, 0);
  });

  it('answers failed when the worker dies, and starts a new worker for the next request', async () => {
    const { client, workers, failures, worker } = setup();
    const lost = client.analyze('doc', PESKOV, {});
    const waiting = client.analyze('other', KERRY, {});
    const dead = worker();
    dead.crash();
    assert.deepEqual(await lost, { kind: 'failed' });
    assert.deepEqual(failures, [false]);
    assert.ok(dead.terminated);
    assert.equal(workers.length, 2, 'no new worker after the crash');
    worker().answer();
    assert.equal(analysisOf(await waiting).statements[0]?.speaker.name, 'جون كيري');
  });

  it('gives up after the last allowed failure: everything waiting and every later request fail at once', async () => {
    const { client, workers, failures, worker } = setup(2);
    const a = client.analyze('a', PESKOV, {});
    const b = client.analyze('b', KERRY, {});
    const c = client.analyze('c', KERRY, {});
    worker().crash();
    assert.deepEqual(await a, { kind: 'failed' });
    worker().crash();
    assert.deepEqual([await b, await c], [{ kind: 'failed' }, { kind: 'failed' }]);
    assert.deepEqual(failures, [false, true]);
    assert.equal(client.available, false);
    assert.deepEqual(await client.analyze('d', PESKOV, {}), { kind: 'failed' });
    assert.equal(workers.length, 2);
  });

  it('a late message from a dead worker is ignored', async () => {
    const { client, worker } = setup();
    const lost = client.analyze('doc', PESKOV, {});
    const dead = worker();
    const id = dead.posted[0]!.id;
    dead.crash();
    assert.deepEqual(await lost, { kind: 'failed' });
    const next = client.analyze('doc', KERRY, {});
    dead.send({ id, json: encodeAnalysis(analyze(PESKOV)), analyzeMs: 1 });
    await settle();
    assert.equal(client.size, 1, 'the dead worker answered for the new one');
    worker().answer();
    assert.equal(analysisOf(await next).statements[0]?.speaker.name, 'جون كيري');
  });

  it('an error thrown by the engine in the worker fails that request only, and the worker stays', async () => {
    const { client, workers, failures, worker } = setup();
    const broken = client.analyze('doc', PESKOV, {});
    worker().send({ id: worker().posted[0]!.id, error: 'engine threw' });
    assert.deepEqual(await broken, { kind: 'failed' });
    const unreadable = client.analyze('doc', PESKOV, {});
    worker().send({ id: worker().posted[0]!.id, json: '{"statements": [', analyzeMs: 1 });
    assert.deepEqual(await unreadable, { kind: 'failed' });
    const next = client.analyze('doc', KERRY, {});
    worker().answer();
    assert.equal(analysisOf(await next).statements.length, 1);
    assert.equal(workers.length, 1);
    assert.deepEqual(failures, []);
  });

  it('counts a worker that cannot be created as a failure', async () => {
    const failures: boolean[] = [];
    const client = new AnalysisWorkerClient(() => {
      throw new Error('no such file: dist/analysisWorker.js');
    }, (_e, gaveUp) => failures.push(gaveUp), 2);
    assert.deepEqual(await client.analyze('doc', PESKOV, {}), { kind: 'failed' });
    assert.deepEqual(await client.analyze('doc', PESKOV, {}), { kind: 'failed' });
    assert.deepEqual(failures, [false, true]);
    assert.equal(client.available, false);
  });

  it('on dispose, terminates the worker and publishes nothing that was asked for', async () => {
    const { client, worker } = setup();
    const running = client.analyze('a', PESKOV, {});
    const waiting = client.analyze('b', KERRY, {});
    client.dispose();
    assert.deepEqual([await running, await waiting], [{ kind: 'superseded' }, { kind: 'superseded' }]);
    assert.ok(worker().terminated);
    assert.deepEqual(await client.analyze('c', PESKOV, {}), { kind: 'superseded' });
  });
});
