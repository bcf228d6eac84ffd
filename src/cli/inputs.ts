/**
 * The run's inputs cut into batches, in input order: file paths a few dozen at a time, standard input
 * read as one article, JSON lines in blocks of whole lines. Nothing is read ahead of what the caller
 * asks for, so memory stays bounded by the batches in flight whatever the archive's size.
 */
import { createReadStream } from 'node:fs';
import type { CliOptions } from './args';
import type { Batch } from './batch';
import { reason, walkFilter, walkInputs } from './walk';
import { concatBytes } from '../core/lists';

/**
 * Files per batch: enough that a worker's message costs little next to the analysis (an article
 * takes about 0.1 ms), few enough that the threads share the end of a run evenly.
 */
const FILES_PER_BATCH = 32;
/** Bytes of JSON lines per batch: about as much text as a batch of files. */
const LINES_PER_BATCH_BYTES = 128 * 1024;
/**
 * JSON lines are read a megabyte at a time: the main thread also analyses (every N-th batch), and
 * each read waits for it to be free, so a read must bring the workers several batches at once.
 */
const READ_BYTES = 1 << 20;

async function readAll(stream: AsyncIterable<Buffer>): Promise<Uint8Array> {
  const parts: Buffer[] = [];
  for await (const chunk of stream) parts.push(chunk);
  return concatBytes(parts);
}

function newlines(bytes: Uint8Array): number {
  let n = 0;
  for (let i = bytes.indexOf(10); i >= 0; i = bytes.indexOf(10, i + 1)) n++;
  return n;
}

/** Blocks of whole lines of `stream`; a line is never cut, however long. */
async function* lineBatches(stream: AsyncIterable<Buffer>, source: string, nextSeq: () => number): AsyncGenerator<Batch> {
  let parts: Uint8Array[] = [];
  let size = 0;
  let line = 1;
  const batch = (bytes: Uint8Array): Batch => {
    const firstLine = line;
    // Counted now: the bytes are moved to a worker thread once the batch is sent.
    line += newlines(bytes);
    return { seq: nextSeq(), kind: 'lines', source, firstLine, bytes };
  };
  for await (const chunk of stream) {
    let rest: Uint8Array = chunk;
    // As many batches as the chunk completes, each cut at the first line end past the batch size.
    while (size + rest.length >= LINES_PER_BATCH_BYTES) {
      const cut = rest.indexOf(10, Math.max(0, LINES_PER_BATCH_BYTES - size - 1));
      if (cut < 0) break;
      parts.push(rest.subarray(0, cut + 1));
      yield batch(concatBytes(parts));
      rest = rest.subarray(cut + 1);
      parts = [];
      size = 0;
    }
    if (rest.length > 0) {
      parts.push(rest);
      size += rest.length;
    }
  }
  if (size > 0) yield batch(concatBytes(parts));
}

export async function* batchesOf(options: CliOptions, onError: (path: string, message: string) => void): AsyncGenerator<Batch> {
  let seq = 0;
  const nextSeq = () => seq++;
  const filter = walkFilter(options.include, options.exclude);
  let paths: string[] = [];
  for (const input of walkInputs(options.paths, filter, onError)) {
    if (options.input === 'jsonl') {
      const stream = createReadStream(input.kind === 'stdin' ? '' : input.path, { highWaterMark: READ_BYTES, ...(input.kind === 'stdin' ? { fd: 0, autoClose: false } : {}) });
      const source = input.kind === 'stdin' ? 'stdin' : input.path;
      try {
        yield* lineBatches(stream, source, nextSeq);
      } catch (error) {
        onError(source, reason(error));
      }
    } else if (input.kind === 'stdin') {
      if (paths.length > 0) yield { seq: nextSeq(), kind: 'files', paths };
      paths = [];
      yield { seq: nextSeq(), kind: 'text', label: '-', bytes: await readAll(process.stdin) };
    } else {
      paths.push(input.path);
      if (paths.length === FILES_PER_BATCH) {
        yield { seq: nextSeq(), kind: 'files', paths };
        paths = [];
      }
    }
  }
  if (paths.length > 0) yield { seq: nextSeq(), kind: 'files', paths };
}
