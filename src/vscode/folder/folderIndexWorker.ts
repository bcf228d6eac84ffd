/**
 * The folder index's thread on the desktop (bundled on its own as dist/folderIndexWorker.js): for
 * each file of a request it checks the stamp, reads, decodes and analyses, and answers with the
 * digests as JSON text, so the extension host never reads a file or runs an analysis to index the
 * folder.
 */
import { readlinkSync, statSync } from 'node:fs';
import { setPriority } from 'node:os';
import { parentPort } from 'node:worker_threads';
import { nodeUtf8, readBytes } from '../../node/files';
import { indexBytes, tooLargeToRead, type IndexOutcome } from './indexFile';
import type { WorkerIndexReply, WorkerIndexRequest, WorkerFile } from './workerIndexer';
import { sameStamp, type FileStamp } from './workspace';

function indexFile(file: WorkerFile, settings: WorkerIndexRequest['settings']): IndexOutcome {
  const { uri } = file;
  let stamp: FileStamp;
  try {
    const stats = statSync(file.path);
    if (!stats.isFile()) return { uri, kind: 'gone' };
    stamp = { size: stats.size, mtime: stats.mtimeMs };
  } catch {
    return { uri, kind: 'gone' };
  }
  if (sameStamp(stamp, file.known)) return { uri, kind: 'unchanged', stamp };
  if (tooLargeToRead(stamp.size, settings)) return { uri, kind: 'skipped', stamp, reason: 'tooLarge' };
  let bytes: Uint8Array;
  try {
    bytes = readBytes(file.path);
  } catch {
    return { uri, kind: 'skipped', stamp, reason: 'unreadable' };
  }
  return indexBytes(file, stamp, bytes, settings, nodeUtf8);
}

/**
 * Indexing is background work: on Linux this thread lowers its own scheduling priority (a thread has
 * its own nice value there, addressed by its thread id), so on a busy machine the extension host's
 * thread and the window's renderer get the cores first. Elsewhere the thread runs as it is.
 */
function lowerPriority(): void {
  try {
    const tid = Number(readlinkSync('/proc/thread-self').split('/').pop());
    if (Number.isInteger(tid) && tid > 0) setPriority(tid, 10);
  } catch {
    // Not Linux, or not allowed: the thread keeps the process's priority.
  }
}

lowerPriority();
const port = parentPort;
port?.on('message', (request: WorkerIndexRequest) => {
  const reply: WorkerIndexReply = { id: request.id, outcomes: request.files.map(f => indexFile(f, request.settings)) };
  port.postMessage(reply);
});
