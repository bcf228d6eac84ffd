/**
 * The analysis thread of the desktop extension host (bundled on its own as dist/analysisWorker.js):
 * answers each `AnalysisRequest` with the engine's `Analysis`, as JSON text (see `AnalysisReply`).
 */
import { parentPort } from 'node:worker_threads';
import { analyze } from '../core';
import { encodeAnalysis, type AnalysisReply, type AnalysisRequest } from './analysisWorkerClient';

const port = parentPort;
port?.on('message', (request: AnalysisRequest) => {
  let reply: AnalysisReply;
  try {
    const started = performance.now();
    const analysis = analyze(request.text, request.options);
    reply = { id: request.id, json: encodeAnalysis(analysis), analyzeMs: Math.round(performance.now() - started) };
  } catch (error) {
    reply = { id: request.id, error: error instanceof Error ? error.message : String(error) };
  }
  port.postMessage(reply);
});
