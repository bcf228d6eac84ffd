/**
 * The folder index on a workspace held in memory: what it reads, what it keeps, what it reads again,
 * and what it takes back from its cache. The same logic runs in VS Code behind vscodeWorkspace.ts.
 */
import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { toFolderCsv, toFolderJson, toFolderMarkdown } from '../../src/core/folder/folderExport';
import { folderSpeakers } from '../../src/core/folder/folderSpeakers';
import { FolderIndex } from '../../src/vscode/folder/folderIndex';
import { encodeAll, type IndexStore } from '../../src/vscode/folder/indexCache';
import type { IndexSettings } from '../../src/vscode/folder/indexFile';
import { InlineIndexer } from '../../src/vscode/folder/indexer';
import type { FileStamp, IWorkspace } from '../../src/vscode/folder/workspace';
import { encodeWindows1256 } from '../fixtures/encodings';

const seed = readFileSync(join(__dirname, '..', '..', '..', 'seeds', '000_3cea5a5c1e717d72.txt'), 'utf8');
const HEALTH = 'خبر الصحة\n\nقال وزير الصحة سامي نور إن "المستشفيات جاهزة لاستقبال المرضى".\nوأضاف نور أن الأدوية وصلت إلى كل المدن.\n';
const SCHOOLS = 'خبر المدارس\n\nوقال نور إن "العمل مستمر في كل المدارس".\n';
const BOOK = 'خبر الكتاب\n\nقالت الكاتبة ليلى حسن إن "الرواية صدرت أمس في القاهرة".\nونقلت وكالة رويترز الخبر.\n';
const SETTINGS: IndexSettings = { options: {}, maxChars: 10_000 };

/** A folder of files in memory, with a clock for modification times and a count of reads. */
class MemoryWorkspace implements IWorkspace {
  readonly files = new Map<string, { bytes: Uint8Array; stamp: FileStamp }>();
  readonly reads: string[] = [];
  private clock = 1;
  private readonly watchers = new Set<(uri: string) => void>();

  write(uri: string, content: string | Uint8Array): void {
    const bytes = typeof content === 'string' ? new TextEncoder().encode(content) : content;
    this.files.set(uri, { bytes, stamp: { size: bytes.length, mtime: this.clock++ } });
    for (const w of this.watchers) w(uri);
  }

  delete(uri: string): void {
    this.files.delete(uri);
    for (const w of this.watchers) w(uri);
  }

  async list(): Promise<readonly string[]> {
    return [...this.files.keys()];
  }

  async stat(uri: string): Promise<FileStamp | undefined> {
    return this.files.get(uri)?.stamp;
  }

  async read(uri: string): Promise<Uint8Array> {
    this.reads.push(uri);
    const file = this.files.get(uri);
    if (!file) throw new Error(`${uri}: no such file`);
    return file.bytes;
  }

  watch(onChange: (uri: string) => void) {
    this.watchers.add(onChange);
    return { dispose: () => this.watchers.delete(onChange) };
  }
}

class MemoryStore implements IndexStore {
  bytes: Uint8Array | undefined;
  async load() {
    return this.bytes;
  }
  async save(pieces: AsyncIterable<string>) {
    this.bytes = await encodeAll(pieces);
  }
}

const NOT_CANCELLED = { isCancellationRequested: false };

function newIndex(workspace: MemoryWorkspace, store?: IndexStore, settings = SETTINGS, version = '1') {
  return new FolderIndex(workspace, new InlineIndexer(workspace), settings, uri => uri.endsWith('.arnews'), store, version);
}

function folder(): MemoryWorkspace {
  const ws = new MemoryWorkspace();
  ws.write('mem:/a/health.txt', HEALTH);
  ws.write('mem:/a/schools.txt', SCHOOLS);
  ws.write('mem:/b/book.txt', encodeWindows1256(BOOK));
  ws.write('mem:/b/seed.txt', seed);
  ws.write('mem:/notes.txt', 'Shopping list: bread, milk, eggs, and a newspaper for the weekend.');
  ws.write('mem:/big.txt', seed.repeat(3));
  ws.write('mem:/image.txt', Uint8Array.from({ length: 2000 }, (_, i) => (i * 7919) % 256));
  return ws;
}

const statusOf = (index: FolderIndex) => Object.fromEntries([...index.entries.values()].map(e => [e.uri, e.status]));

describe('the folder index', () => {
  it('indexes the Arabic news files, Windows-1256 included, and says why it left the others out', async () => {
    const index = newIndex(folder());
    const report = await index.scan(NOT_CANCELLED);
    assert.deepEqual(statusOf(index), {
      'mem:/a/health.txt': 'indexed', 'mem:/a/schools.txt': 'indexed', 'mem:/b/book.txt': 'indexed', 'mem:/b/seed.txt': 'indexed',
      'mem:/notes.txt': 'notArabic', 'mem:/big.txt': 'tooLarge', 'mem:/image.txt': 'undecodable',
    });
    assert.equal(report.files, 7);
    assert.equal(report.read, 7);
    assert.equal(index.entries.get('mem:/b/seed.txt')!.digest!.statements.length, 26);
    index.dispose();
  });

  it('reads again only what changed, and drops what is gone', async () => {
    const ws = folder();
    const index = newIndex(ws);
    await index.scan(NOT_CANCELLED);
    ws.reads.length = 0;
    assert.equal((await index.scan(NOT_CANCELLED)).read, 0);
    assert.deepEqual(ws.reads, []);
    ws.write('mem:/a/schools.txt', SCHOOLS.replace('المدارس".', 'المدارس والجامعات".'));
    ws.delete('mem:/b/book.txt');
    const changed: string[] = [];
    index.onDidChange(uris => changed.push(...uris));
    await index.scan(NOT_CANCELLED);
    assert.deepEqual(ws.reads, ['mem:/a/schools.txt']);
    assert.deepEqual(changed.sort(), ['mem:/a/schools.txt', 'mem:/b/book.txt']);
    assert.ok(!index.entries.has('mem:/b/book.txt'));
    assert.match(index.entries.get('mem:/a/schools.txt')!.digest!.statements[0]!.content, /والجامعات/);
    index.dispose();
  });

  it('indexes a file the watcher reports on its own, at once', async () => {
    const ws = folder();
    const index = newIndex(ws);
    await index.scan(NOT_CANCELLED);
    ws.reads.length = 0;
    const watcher = ws.watch(uri => index.refresh(uri));
    const updated = new Promise<readonly string[]>(resolve => index.onDidChange(resolve));
    ws.write('mem:/c/new.arnews', BOOK);
    assert.deepEqual(await updated, ['mem:/c/new.arnews']);
    assert.deepEqual(ws.reads, ['mem:/c/new.arnews']);
    assert.equal(index.entries.get('mem:/c/new.arnews')!.status, 'indexed');
    watcher.dispose();
    index.dispose();
  });

  it('lists a reopened workspace from its cache before reading anything', async () => {
    const ws = folder();
    const store = new MemoryStore();
    const first = newIndex(ws, store);
    await first.scan(NOT_CANCELLED);
    await first.save();
    first.dispose();
    ws.reads.length = 0;
    const reopened = newIndex(ws, store);
    assert.equal(await reopened.restore(), 7);
    assert.deepEqual(statusOf(reopened), statusOf(first));
    assert.deepEqual(reopened.entries.get('mem:/b/seed.txt')!.digest, first.entries.get('mem:/b/seed.txt')!.digest);
    assert.equal((await reopened.scan(NOT_CANCELLED)).read, 0);
    assert.deepEqual(ws.reads, []);
    // Other settings, or another version of the extension, made other digests: the cache is ignored.
    assert.equal(await newIndex(ws, store, { ...SETTINGS, options: { extraVerbs: ['همس'] } }).restore(), 0);
    assert.equal(await newIndex(ws, store, SETTINGS, '2').restore(), 0);
  });

  it('stops a scan that is cancelled', async () => {
    const ws = new MemoryWorkspace();
    for (let i = 0; i < 200; i++) ws.write(`mem:/many/${String(i).padStart(3, '0')}.txt`, SCHOOLS);
    const index = newIndex(ws);
    const token = { isCancellationRequested: false };
    index.onDidProgress(({ done }) => {
      if (done >= 40) token.isCancellationRequested = true;
    });
    const report = await index.scan(token);
    assert.equal(report.cancelled, true);
    assert.ok(index.entries.size < 200 && index.entries.size >= 40, `${index.entries.size} entries`);
  });

  it('merges speakers across files and exports one row per statement with its file', async () => {
    const index = newIndex(folder());
    await index.scan(NOT_CANCELLED);
    const files = [...index.entries.values()].filter(e => e.digest).map(e => ({ file: e.uri.slice('mem:/'.length), digest: e.digest! }));
    const speakers = folderSpeakers(files);
    const nour = speakers.find(s => s.name === 'سامي نور')!;
    assert.ok(nour, speakers.map(s => s.name).join(', '));
    assert.equal(nour.files, 2, 'نور alone in schools.txt is the سامي نور of health.txt');
    assert.deepEqual(nour.statements.map(s => [s.file, s.statement.line]), [['a/health.txt', 3], ['a/health.txt', 4], ['a/schools.txt', 3]]);
    assert.ok(speakers.some(s => s.name === 'دميتري بيسكوف' && s.files === 1));

    const csv = toFolderCsv(files).trim().split('\n');
    assert.equal(csv[0], 'file,line,speaker,role,kind,cue,mention,content,start,end');
    assert.equal(csv.length - 1, files.reduce((n, f) => n + f.digest.statements.length, 0));
    assert.ok(csv.some(row => row.startsWith('b/book.txt,3,ليلى حسن,الكاتبة,direct,قالت,')), csv.join('\n'));
    const json = JSON.parse(toFolderJson(files)) as { file: string; speaker: string; content: string }[];
    assert.ok(json.some(r => r.file === 'a/schools.txt' && r.speaker === 'نور' && r.content === 'العمل مستمر في كل المدارس'));
    const markdown = toFolderMarkdown(speakers, 'news');
    assert.match(markdown, /^## سامي نور \(وزير الصحة\)\n\n_3 statements in 2 files_\n\n- a\/health\.txt, line 3, direct, قال: “المستشفيات جاهزة لاستقبال المرضى”$/m);
  });
});
