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

/** Where the cache's text is kept. */
export interface IndexStore {
  /** The text saved last, or undefined when there is none. */
  load(): Promise<string | undefined>;
  save(text: string): Promise<void>;
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

  async save(settings: IndexSettings, entries: Iterable<IndexEntry>): Promise<void> {
    const lines = [this.header(settings)];
    const slices = new Slices(SLICE_MS);
    for (const e of entries) {
      const head = `{"u":${JSON.stringify(e.uri)},"s":${e.stamp.size},"m":${e.stamp.mtime},"t":"${e.status}"`;
      // The digest goes last, so a load can take its text back out of the line (see load).
      lines.push(e.status === 'indexed' ? `${head},"d":${e.json ?? JSON.stringify(e.digest)}}` : `${head}}`);
      if (slices.due) await slices.next();
    }
    await this.store.save(lines.join('\n') + '\n');
  }

  /** The entries saved with these settings by this version, or undefined. */
  async load(settings: IndexSettings): Promise<IndexEntry[] | undefined> {
    const text = await this.store.load();
    if (text === undefined) return undefined;
    const lines = text.split('\n');
    if (lines[0] !== this.header(settings)) return undefined;
    const entries: IndexEntry[] = [];
    const slices = new Slices(SLICE_MS);
    for (let i = 1; i < lines.length; i++) {
      const entry = entryOf(lines[i]!);
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
