/**
 * The index of a workspace's Arabic news files: for each file its stamp (size and modification
 * time) and the digest of its analysis, or why it has none. A scan lists the workspace and sends the
 * files to the indexer in batches (a file whose stamp has not moved is not read again); a file the
 * watcher reports is indexed again on its own at once; the entries are cached, so a reopened
 * workspace lists its speakers before anything is read. No `vscode` import: the workspace, the
 * indexer and the cache's storage come in through small interfaces, and the unit tests give it a
 * folder held in memory.
 */
import type { FileDigest } from '../../core/folder/digest';
import { compareCodeUnits } from '../../core/lists';
import type { IndexOutcome, IndexRequest, IndexSettings, SkipReason } from './indexFile';
import type { Indexer } from './indexer';
import { IndexCache, type IndexStore } from './indexCache';
import type { CancelToken, Disposable, FileStamp, IWorkspace } from './workspace';

export type EntryStatus = 'indexed' | SkipReason;

export interface IndexEntry {
  readonly uri: string;
  readonly stamp: FileStamp;
  readonly status: EntryStatus;
  /** Present when `status` is `indexed`. */
  readonly digest?: FileDigest;
  /** The digest as JSON text, kept so the cache is written without serializing it again. */
  readonly json?: string;
}

/**
 * An indexed file whose digest is parsed from its JSON text when first asked for: a batch of files
 * from the worker, or a thousand from the cache, goes into the index at once, and the parsing is
 * left to whoever reads the digests (the speakers' model, in slices).
 */
export class IndexedFile implements IndexEntry {
  readonly status = 'indexed';
  private parsed: FileDigest | undefined;

  constructor(readonly uri: string, readonly stamp: FileStamp, readonly json: string) {}

  get digest(): FileDigest {
    return (this.parsed ??= JSON.parse(this.json) as FileDigest);
  }
}

export interface ScanReport {
  /** Files the workspace listed. */
  readonly files: number;
  /** Files read and analysed (the others kept their entry: same stamp). */
  readonly read: number;
  readonly ms: number;
  readonly cancelled: boolean;
}

/** Files per message to the indexer: a worker's reply is a few dozen digests, parsed in well under a millisecond. */
const BATCH = 40;
/** Batches in flight at once: the worker reads the next while the host takes in the last. */
const IN_FLIGHT = 2;
/** The cache is written this long after the last change, not at each one. */
const SAVE_DELAY_MS = 1500;

type Listener<T> = (value: T) => void;

class Emitter<T> {
  private readonly listeners = new Set<Listener<T>>();

  event = (listener: Listener<T>): Disposable => {
    this.listeners.add(listener);
    return { dispose: () => this.listeners.delete(listener) };
  };

  fire(value: T): void {
    for (const listener of [...this.listeners]) listener(value);
  }
}

export class FolderIndex implements Disposable {
  private readonly map = new Map<string, IndexEntry>();
  private readonly changes = new Emitter<readonly string[]>();
  private readonly progress = new Emitter<{ readonly done: number; readonly total: number }>();
  private readonly queued = new Set<string>();
  private flushTimer: ReturnType<typeof setTimeout> | undefined;
  private saveTimer: ReturnType<typeof setTimeout> | undefined;
  private readonly cache: IndexCache | undefined;
  private disposed = false;
  /** Fires with the URIs whose entries changed (added, updated or removed). */
  readonly onDidChange = this.changes.event;
  /** Fires as a scan goes: files done of the files listed. */
  readonly onDidProgress = this.progress.event;

  /**
   * @param isArabicNews files analysed whatever their share of Arabic (named `*.arnews`)
   * @param version what the cached digests were made by (the extension's version): another re-indexes
   */
  constructor(
    private readonly workspace: IWorkspace,
    private readonly indexer: Indexer,
    private settings: IndexSettings,
    private readonly isArabicNews: (uri: string) => boolean,
    store?: IndexStore,
    version = '',
  ) {
    this.cache = store && new IndexCache(store, version);
  }

  get entries(): ReadonlyMap<string, IndexEntry> {
    return this.map;
  }

  get currentSettings(): IndexSettings {
    return this.settings;
  }

  /** New analysis settings: every file is read again at the next scan. Returns whether they differ. */
  setSettings(settings: IndexSettings): boolean {
    if (JSON.stringify(settings) === JSON.stringify(this.settings)) return false;
    this.settings = settings;
    this.clear();
    return true;
  }

  /** Forgets every entry (the next scan reads every file). */
  clear(): void {
    const uris = [...this.map.keys()];
    this.map.clear();
    if (uris.length > 0) this.changes.fire(uris);
    this.scheduleSave();
  }

  /** Takes the cached entries in, before any scan; resolves with how many there were. */
  async restore(): Promise<number> {
    const entries = await this.cache?.load(this.settings).catch(() => undefined);
    if (!entries || this.disposed) return 0;
    for (const entry of entries) this.map.set(entry.uri, entry);
    if (entries.length > 0) this.changes.fire(entries.map(e => e.uri));
    return entries.length;
  }

  /** Lists the workspace and indexes what is new or changed; entries of files gone are dropped. */
  async scan(token: CancelToken): Promise<ScanReport> {
    const started = Date.now();
    const uris = [...(await this.workspace.list(token))].sort(compareCodeUnits);
    if (token.isCancellationRequested || this.disposed) return { files: uris.length, read: 0, ms: Date.now() - started, cancelled: true };
    const listed = new Set(uris);
    const gone = [...this.map.keys()].filter(uri => !listed.has(uri));
    for (const uri of gone) this.map.delete(uri);
    if (gone.length > 0) this.changes.fire(gone);
    let done = 0;
    let read = 0;
    this.progress.fire({ done, total: uris.length });
    const running = new Set<Promise<void>>();
    for (let i = 0; i < uris.length && !token.isCancellationRequested && !this.disposed; i += BATCH) {
      const run: Promise<void> = this.indexNow(uris.slice(i, i + BATCH)).then(outcomes => {
        running.delete(run);
        read += outcomes.filter(o => o.kind === 'indexed' || o.kind === 'skipped').length;
        done += outcomes.length;
        this.progress.fire({ done, total: uris.length });
      });
      running.add(run);
      if (running.size >= IN_FLIGHT) await Promise.race(running);
    }
    await Promise.all(running);
    return { files: uris.length, read, ms: Date.now() - started, cancelled: token.isCancellationRequested };
  }

  /** Indexes the file again soon (the files the watcher reports in one turn of the event loop go together). */
  refresh(uri: string): void {
    this.queued.add(uri);
    this.flushTimer ??= setTimeout(() => {
      this.flushTimer = undefined;
      const uris = [...this.queued];
      this.queued.clear();
      // A folder copied in is reported a file at a time: it goes to the indexer in batches like a scan's.
      for (let i = 0; i < uris.length; i += BATCH) void this.indexNow(uris.slice(i, i + BATCH));
    }, 0);
  }

  private request(uri: string): IndexRequest {
    const known = this.map.get(uri)?.stamp;
    return { uri, ...(known ? { known } : {}), ...(this.isArabicNews(uri) ? { arabicNews: true } : {}) };
  }

  private async indexNow(uris: readonly string[]): Promise<IndexOutcome[]> {
    const settings = this.settings;
    const outcomes = await this.indexer.index(uris.map(uri => this.request(uri)), settings);
    // Settings that changed meanwhile made these outcomes stale; the scan they started reads again.
    if (!this.disposed && settings === this.settings) this.apply(outcomes);
    return outcomes;
  }

  private apply(outcomes: readonly IndexOutcome[]): void {
    const changed: string[] = [];
    for (const outcome of outcomes) {
      const { uri } = outcome;
      if (outcome.kind === 'unchanged') continue;
      if (outcome.kind === 'gone') {
        if (this.map.delete(uri)) changed.push(uri);
        continue;
      }
      const entry: IndexEntry | undefined = outcome.kind === 'indexed'
        ? new IndexedFile(uri, outcome.stamp, outcome.json)
        : outcome.stamp && { uri, stamp: outcome.stamp, status: outcome.reason };
      if (entry) this.map.set(uri, entry);
      else this.map.delete(uri);
      changed.push(uri);
    }
    if (changed.length === 0) return;
    this.changes.fire(changed);
    this.scheduleSave();
  }

  private scheduleSave(): void {
    if (!this.cache || this.disposed) return;
    if (this.saveTimer) clearTimeout(this.saveTimer);
    this.saveTimer = setTimeout(() => {
      this.saveTimer = undefined;
      void this.save();
    }, SAVE_DELAY_MS);
  }

  /** Writes the cache now (it is written on its own a moment after changes). */
  async save(): Promise<void> {
    if (this.saveTimer) clearTimeout(this.saveTimer);
    this.saveTimer = undefined;
    await this.cache?.save(this.settings, this.map.values()).catch(() => undefined);
  }

  dispose(): void {
    // Changes not yet written go to the cache now, unawaited: the window may be closing.
    if (this.saveTimer) void this.save();
    this.disposed = true;
    if (this.flushTimer) clearTimeout(this.flushTimer);
    this.indexer.dispose();
  }
}
