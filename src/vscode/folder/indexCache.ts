/**
 * The folder index on disk (in the extension's workspace storage), so a reopened workspace lists its
 * speakers before anything is read: JSON lines, a header with what made the entries (settings and
 * extension version: anything else and the cache is ignored), then one line per file. A line is
 * built around the digest's JSON text as the worker sent it, and read back in slices of a few
 * milliseconds, so neither a save nor a load of thousands of files holds the extension host.
 */
import { IndexedFile, type EntryStatus, type IndexEntry } from './folderIndex';
import type { IndexSettings } from './indexFile';
import { Slices } from './slices';
import { concatBytes } from '../../core/lists';

/** Where the cache's bytes (UTF-8 text) are kept. */
export interface IndexStore {
  /** The bytes saved last, or undefined when there are none. */
  load(): Promise<Uint8Array | undefined>;
  /**
   * Keeps the cache's text, given in pieces in order (the lines' heads and the digests' JSON as the
   * worker sent it): a store encodes and writes them as it goes, or all at once.
   */
  save(pieces: AsyncIterable<string>): Promise<void>;
}

/** The bytes of `pieces`, encoded and joined (a store that hands its bytes over at once). */
export async function encodeAll(pieces: AsyncIterable<string>): Promise<Uint8Array> {
  const encoder = new TextEncoder();
  const parts: Uint8Array[] = [];
  for await (const piece of pieces) parts.push(encoder.encode(piece));
  return concatBytes(parts);
}

/** Bumped when the line format or the digest changes shape. */
const FORMAT = 1;
const SLICE_MS = 8;

/** A line without its digest. */
interface Head {
  readonly u: string;
  readonly s: number;
  readonly m: number;
  readonly t: EntryStatus;
}

export class IndexCache {
  constructor(private readonly store: IndexStore, private readonly version: string) {}

  private header(settings: IndexSettings): string {
    return JSON.stringify({ isnadFolderIndex: FORMAT, version: this.version, settings });
  }

  /**
   * The text goes to the store in pieces, a slice of lines at a time: a folder of a thousand long
   * articles makes a cache of 20 MB, whose text built, joined and encoded at once held the host for
   * 50-100 ms. A digest's JSON is handed over as the worker sent it, never copied into a line.
   */
  async save(settings: IndexSettings, entries: Iterable<IndexEntry>): Promise<void> {
    await this.store.save(this.pieces(settings, entries));
  }

  private async *pieces(settings: IndexSettings, entries: Iterable<IndexEntry>): AsyncGenerator<string> {
    yield this.header(settings) + '\n';
    const slices = new Slices(SLICE_MS);
    for (const e of entries) {
      const head = `{"u":${JSON.stringify(e.uri)},"s":${e.stamp.size},"m":${e.stamp.mtime},"t":"${e.status}"`;
      // The digest goes last, so a load can take its text back out of the line (see load).
      if (e.status === 'indexed') {
        yield `${head},"d":`;
        yield e.json ?? JSON.stringify(e.digest);
        yield '}\n';
      } else {
        yield `${head}}\n`;
      }
      if (slices.due) await slices.next();
    }
  }

  /** The entries saved with these settings by this version, or undefined. Lines are decoded one by one, in slices. */
  async load(settings: IndexSettings): Promise<IndexEntry[] | undefined> {
    const bytes = await this.store.load();
    if (bytes === undefined) return undefined;
    const decoder = new TextDecoder();
    let end = bytes.indexOf(10);
    if (end < 0 || decoder.decode(bytes.subarray(0, end)) !== this.header(settings)) return undefined;
    const entries: IndexEntry[] = [];
    const slices = new Slices(SLICE_MS);
    for (let start = end + 1; start < bytes.length; start = end + 1) {
      end = bytes.indexOf(10, start);
      if (end < 0) end = bytes.length;
      const entry = entryOf(decoder.decode(bytes.subarray(start, end)));
      if (entry) entries.push(entry);
      if (slices.due) await slices.next();
    }
    return entries;
  }
}

/** The entry of a line; its digest stays JSON text until someone reads it (see IndexedFile). */
function entryOf(line: string): IndexEntry | undefined {
  if (line === '') return undefined;
  try {
    const at = line.indexOf(',"d":');
    const { u, s, m, t } = JSON.parse(at < 0 ? line : `${line.slice(0, at)}}`) as Head;
    const stamp = { size: s, mtime: m };
    if (t !== 'indexed') return { uri: u, stamp, status: t };
    return at < 0 ? undefined : new IndexedFile(u, stamp, line.slice(at + 5, -1));
  } catch {
    return undefined;
  }
}
