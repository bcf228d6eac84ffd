/**
 * The command-line tool as users run it: `node dist/cli.js` on folders the tests write to a temp
 * folder, from the seed article and sentences written for these tests.
 */
import * as assert from 'node:assert/strict';
import { spawnSync, type SpawnSyncReturns } from 'node:child_process';
import { chmodSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { analyze } from '../../src/core';
import { toJsonObject } from '../../src/core/export';
import { encodeUtf16, encodeWindows1256 } from '../fixtures/encodings';

const repo = join(__dirname, '..', '..', '..');
const cli = join(repo, 'dist', 'cli.js');
const seed = readFileSync(join(repo, 'seeds', '000_3cea5a5c1e717d72.txt'), 'utf8');

/** Short articles written for these tests: a title, a blank line, a statement and a credit. */
const SENTENCES = [
  'قال وزير الصحة سامي نور إن "المستشفيات جاهزة لاستقبال المرضى".\nوأضاف نور أن الأدوية وصلت إلى كل المدن.',
  'قالت الكاتبة ليلى حسن إن "الرواية صدرت أمس في القاهرة".\nونقلت وكالة رويترز الخبر.',
  'وأكد الوزير سامي نور أن "الخطة تسير كما رسمت في البداية".',
];

function article(i: number): string {
  return i % 10 === 0 ? `${seed.trimEnd()}\n${i}\n` : `خبر رقم ${i}\n\n${SENTENCES[i % SENTENCES.length]}\n`;
}

function run(args: readonly string[], input?: string | Uint8Array, cwd = repo): SpawnSyncReturns<string> {
  return spawnSync(process.execPath, [cli, ...args], { cwd, input, encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 });
}

const jsonLines = (out: string) => out.trim().split('\n').map(line => JSON.parse(line) as { file?: string; id?: unknown; statements: unknown[] });

describe('isnad, the command-line tool', function () {
  this.timeout(60_000);
  let dir: string;

  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'isnad-cli-'));
  });

  afterEach(() => {
    rmSync(dir, { recursive: true, force: true });
  });

  function write(relative: string, content: string | Uint8Array): string {
    const path = join(dir, relative);
    mkdirSync(join(path, '..'), { recursive: true });
    writeFileSync(path, content);
    return path;
  }

  /** `n` articles in folders of ten: archive/00/000.txt ... */
  function archive(n: number): string {
    for (let i = 0; i < n; i++) write(`archive/${String(Math.floor(i / 10)).padStart(2, '0')}/${String(i).padStart(3, '0')}.txt`, article(i));
    return join(dir, 'archive');
  }

  it('prints one file\'s --json as the bare object the evaluation reads, unchanged', () => {
    const r = run(['--json', 'seeds/000_3cea5a5c1e717d72.txt']);
    assert.equal(r.status, 0, r.stderr);
    assert.equal(r.stdout, JSON.stringify(toJsonObject(analyze(seed))) + '\n');
  });

  it('walks folders recursively in name order; --include and --exclude choose the files', () => {
    write('news/b.txt', article(1));
    write('news/a/2.txt', article(2));
    write('news/a/10.txt', article(3));
    write('news/drafts/x.txt', article(4));
    write('news/notes.md', article(5));
    write('news/.hidden.txt', article(6));
    const r = run(['--jsonl', '--include', '*.txt', '--exclude', 'drafts', join(dir, 'news')]);
    assert.equal(r.status, 0, r.stderr);
    assert.deepEqual(jsonLines(r.stdout).map(o => o.file), ['a/10.txt', 'a/2.txt', 'b.txt'].map(f => join(dir, 'news', f)));
    const paths = run(['--jsonl', '--include', 'a/*.txt', '--include', '*.md', join(dir, 'news')]);
    assert.deepEqual(jsonLines(paths.stdout).map(o => o.file), ['a/10.txt', 'a/2.txt', 'notes.md'].map(f => join(dir, 'news', f)));
  });

  it('reads standard input as one article with -', () => {
    const r = run(['--json', '-'], seed);
    assert.equal(r.status, 0, r.stderr);
    assert.equal(r.stdout, JSON.stringify(toJsonObject(analyze(seed))) + '\n');
  });

  it('reads JSON lines and answers with JSON lines carrying the same id, in order', () => {
    const input = [
      JSON.stringify({ id: 'a-1', text: article(1) }),
      '',
      JSON.stringify({ id: 7, text: article(2), extra: true }),
      JSON.stringify({ text: seed }),
      '{"id": "broken", "text": ',
    ].join('\n') + '\n';
    const r = run(['--input', 'jsonl'], input);
    assert.equal(r.status, 1, 'a bad line is skipped and the run exits 1');
    assert.match(r.stderr, /stdin line 5: not a JSON object with a "text" string, skipped/);
    const out = jsonLines(r.stdout);
    assert.deepEqual(out.map(o => o.id), ['a-1', 7, 4], 'a line without an id is answered with its line number');
    assert.deepEqual(out[2], { id: 4, ...toJsonObject(analyze(seed)) });
  });

  it('writes the same output with one thread and with several, in input order', () => {
    const folder = archive(120);
    for (const format of ['--jsonl', '--csv', '--json', '--summary', '--markdown']) {
      const one = run([format, '--jobs', '1', folder]);
      const two = run([format, '--jobs', '2', folder]);
      assert.equal(one.status, 0, one.stderr);
      assert.ok(one.stdout.length > 300, `${format} wrote too little`);
      assert.equal(two.stdout, one.stdout, `${format}: --jobs 2 differs from --jobs 1`);
    }
    // More threads than cores: batches finish out of order, and are still written in order.
    const files = jsonLines(run(['--jsonl', '--jobs', '5', folder]).stdout).map(o => o.file);
    assert.deepEqual(files, [...files].sort());
    assert.equal(files.length, 120);
    const lines = Array.from({ length: 300 }, (_, i) => JSON.stringify({ id: i, text: article(i) })).join('\n');
    const serial = run(['--input', 'jsonl', '--jobs', '1'], lines);
    assert.equal(run(['--input', 'jsonl', '--jobs', '2'], lines).stdout, serial.stdout);
    assert.deepEqual(jsonLines(serial.stdout).map(o => o.id), Array.from({ length: 300 }, (_, i) => i));
  });

  it('reports an input it cannot read with its path, goes on, and exits 1', () => {
    write('in/1.txt', article(1));
    write('in/2.bin', Uint8Array.from({ length: 3000 }, (_, i) => (i * 7919) % 256));
    symlinkSync(join(dir, 'nowhere.txt'), join(dir, 'in', '3.txt'));
    write('in/4.txt', article(2));
    const locked = write('in/5.txt', article(3));
    chmodSync(locked, 0o000);
    const r = run(['--jsonl', join(dir, 'in'), join(dir, 'missing.txt')]);
    assert.equal(r.status, 1);
    assert.match(r.stderr, /2\.bin looks binary, skipped/);
    assert.match(r.stderr, /cannot read .*3\.txt: no such file/);
    assert.match(r.stderr, /cannot read .*missing\.txt: no such file/);
    // root reads any file whatever its mode: the locked file is skipped only for other users.
    const root = process.getuid?.() === 0;
    if (!root) assert.match(r.stderr, /cannot read .*5\.txt: permission denied/);
    assert.deepEqual(jsonLines(r.stdout).map(o => o.file!.slice(dir.length + 1)), root ? ['in/1.txt', 'in/4.txt', 'in/5.txt'] : ['in/1.txt', 'in/4.txt']);
    assert.match(r.stderr, /inputs? skipped/);
  });

  it('finds the same statements in the seed saved as Windows-1256 and UTF-16 as in UTF-8', () => {
    const expected = (JSON.parse(run(['--json', 'seeds/000_3cea5a5c1e717d72.txt']).stdout) as { statements: unknown[] }).statements;
    assert.equal(expected.length, 26);
    const saved: Record<string, Uint8Array> = {
      'cp1256.txt': encodeWindows1256(seed),
      'utf16le-bom.txt': encodeUtf16(seed, 'le', true),
      'utf16be-bom.txt': encodeUtf16(seed, 'be', true),
      'utf16le.txt': encodeUtf16(seed, 'le', false),
      'utf8-bom.txt': new TextEncoder().encode(`\uFEFF${seed}`),
    };
    for (const [name, bytes] of Object.entries(saved)) {
      const r = run(['--json', write(name, bytes)]);
      assert.equal(r.status, 0, `${name}: ${r.stderr}`);
      assert.deepEqual((JSON.parse(r.stdout) as { statements: unknown[] }).statements, expected, name);
    }
    const forced = run(['--json', '--encoding', 'windows-1256', join(dir, 'cp1256.txt')]);
    assert.deepEqual((JSON.parse(forced.stdout) as { statements: unknown[] }).statements, expected);
    const unknown = run(['--encoding', 'klingon-8', join(dir, 'cp1256.txt')]);
    assert.equal(unknown.status, 2);
    assert.match(unknown.stderr, /klingon-8/);
  });

  it('sums the speakers and outlets of a folder with --summary', () => {
    const r = run(['--summary', archive(30)]);
    assert.equal(r.status, 0, r.stderr);
    const lines = r.stdout.split('\n');
    assert.match(lines[0]!, /^30 articles, \d+ speakers, \d+ outlets$/);
    assert.ok(lines.some(l => /^\s+\d+\s+\d+\s+سامي نور \(وزير الصحة\)$/.test(l)), r.stdout);
    assert.ok(lines.some(l => /^\s+\d+\s+\d+\s+Reuters$/.test(l)), r.stdout);
  });

  it('writes one CSV header, with the file in the first column', () => {
    const r = run(['--csv', archive(12)]);
    const rows = r.stdout.trim().split('\n');
    assert.equal(rows[0], 'file,line,speaker,role,kind,cue,mention,content,start,end');
    assert.equal(rows.filter(row => row.startsWith('file,')).length, 1);
    assert.ok(rows.slice(1).every(row => row.startsWith(join(dir, 'archive'))));
  });

  it('draws no progress bar when standard error is not a terminal, and one on a terminal', () => {
    const quiet = run(['--jsonl', archive(40)]);
    assert.equal(quiet.stderr, '');
    // `script` (util-linux) runs the command on a pseudo-terminal, as a person would.
    const shown = spawnSync('script', ['-qec', `${process.execPath} ${cli} --summary ${join(dir, 'archive')} >/dev/null`, '/dev/null'], { encoding: 'utf8' });
    assert.equal(shown.error, undefined);
    assert.match(shown.stdout, /isnad \[[#.]*\] \d+%\s+\d+\/40 articles\s+[\d.]+ MB\/s/);
  });

  it('runs under GNU parallel --pipe as the docs say, with the output of one process', () => {
    const input = write('archive.jsonl', Array.from({ length: 200 }, (_, i) => JSON.stringify({ id: `a${i}`, text: article(i) })).join('\n') + '\n');
    const alone = run(['--input', 'jsonl', input]);
    // Blocks of about 40 KB: several processes, whose outputs --keep-order puts back in input order.
    const split = spawnSync('sh', ['-c', `parallel --pipe --keep-order --block 40k -j 2 ${process.execPath} ${cli} --input jsonl --jobs 1 < ${input}`], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
    assert.equal(split.status, 0, `GNU parallel (apt-get install parallel; .ci/run installs it): ${split.stderr}`);
    assert.ok(alone.stdout.length > 10_000);
    assert.equal(split.stdout, alone.stdout);
    const part = spawnSync('parallel', ['--pipe-part', '-a', input, '--block', '40k', '--keep-order', '-j', '2', process.execPath, cli, '--input', 'jsonl', '--jobs', '1'], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
    assert.equal(part.stdout, alone.stdout);
  });

  it('refuses unknown options and a bad --jobs with status 2', () => {
    assert.equal(run(['--frobnicate', 'x']).status, 2);
    assert.equal(run(['--jobs', '0', 'x']).status, 2);
    assert.equal(run([]).status, 2);
    assert.match(run(['--help']).stdout, /--input jsonl/);
  });
});
