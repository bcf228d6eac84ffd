/**
 * Where the folder index's files are read and analysed. On the desktop a worker thread does it
 * (workerIndexer.ts), so the extension host only receives the digests; VS Code for the Web has no
 * worker threads, and there `InlineIndexer` reads through the workspace and analyses on the host,
 * a file at a time with a turn of the event loop between files, so typing never waits long.
 */
import { indexBytes, tooLargeToRead, type IndexOutcome, type IndexRequest, type IndexSettings } from './indexFile';
import { Slices } from './slices';
import { sameStamp, type IWorkspace } from './workspace';

export interface Indexer {
  /** The outcomes of the requests, in their order (fewer once disposed). */
  index(requests: readonly IndexRequest[], settings: IndexSettings): Promise<IndexOutcome[]>;
  dispose(): void;
}

/** The host's thread is let go after this long, so other work (a keystroke) runs in between. */
const SLICE_MS = 8;

export class InlineIndexer implements Indexer {
  constructor(private readonly workspace: IWorkspace) {}

  async index(requests: readonly IndexRequest[], settings: IndexSettings): Promise<IndexOutcome[]> {
    const outcomes: IndexOutcome[] = [];
    const slices = new Slices(SLICE_MS);
    for (const request of requests) {
      outcomes.push(await this.indexOne(request, settings));
      if (slices.due) await slices.next();
    }
    return outcomes;
  }

  private async indexOne(request: IndexRequest, settings: IndexSettings): Promise<IndexOutcome> {
    const { uri } = request;
    const stamp = await this.workspace.stat(uri).catch(() => undefined);
    if (!stamp) return { uri, kind: 'gone' };
    if (sameStamp(stamp, request.known)) return { uri, kind: 'unchanged', stamp };
    if (tooLargeToRead(stamp.size, settings)) return { uri, kind: 'skipped', stamp, reason: 'tooLarge' };
    let bytes: Uint8Array;
    try {
      bytes = await this.workspace.read(uri);
    } catch {
      return { uri, kind: 'skipped', stamp, reason: 'unreadable' };
    }
    return indexBytes(request, stamp, bytes, settings);
  }

  dispose(): void {}
}
