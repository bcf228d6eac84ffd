/**
 * The analysis thread of the desktop extension host (bundled on its own as dist/analysisWorker.js):
 * answers each `AnalysisRequest` with the engine's `Analysis`, as JSON text (see `AnalysisReply`).
 * It keeps the stories of the last analysis of the documents it analysed most recently, so an edit
 * to a long document reads again only the story it touched.
 */
import { parentPort } from 'node:worker_threads';
import { analyze, StoryMemo } from '../core';
import { encodeAnalysis, type AnalysisReply, type AnalysisRequest } from './analysisWorkerClient';

/** Documents whose stories are kept; each memo holds about what the document's analysis holds. */
const MEMOS_KEPT = 4;
const memos = new Map<string, StoryMemo>();

/** The memo of a document, which becomes the most recently used; the least recently used beyond MEMOS_KEPT goes. */
function memoOf(key: string): StoryMemo {
  const memo = memos.get(key) ?? new StoryMemo();
  memos.delete(key);
  memos.set(key, memo);
  if (memos.size > MEMOS_KEPT) memos.delete(memos.keys().next().value as string);
  return memo;
}

const port = parentPort;
port?.on('message', (request: AnalysisRequest) => {
  let reply: AnalysisReply;
  try {
    const started = performance.now();
    const memo = memoOf(request.key);
    const analysis = analyze(request.text, request.options, memo);
    const analyzeMs = Math.round(performance.now() - started);
    reply = { id: request.id, json: encodeAnalysis(analysis), analyzeMs, stories: { total: memo.size, reused: memo.reused } };
  } catch (error) {
    reply = { id: request.id, error: error instanceof Error ? error.message : String(error) };
  }
  port.postMessage(reply);
});
