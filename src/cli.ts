/**
 * The command-line tool: `isnad FILE... [--json | --jsonl | --markdown | --csv]`.
 * Offsets in the output index the file's text as decoded from UTF-8 with a leading BOM removed,
 * so they match what an editor shows (VS Code also hides the BOM).
 */
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { analyze, type Analysis } from './core';
import { toCsv, toJsonObject, toMarkdown } from './core/export';

const HELP = `isnad: who said what in Arabic news text

usage: isnad FILE... [--json | --jsonl | --markdown | --csv]

  (default)   who said what, grouped by speaker
  --json      one JSON object (an array for several files)
  --jsonl     one JSON object per line, one line per file
  --markdown  Markdown report per file
  --csv       one statement per row
  --help      this text

Offsets are JavaScript string indices into the file's text after UTF-8 decoding and removal of
a leading byte-order mark.`;

type Format = 'text' | 'json' | 'jsonl' | 'markdown' | 'csv';

function readable(a: Analysis, file: string): string {
  const out = [`${file}: ${a.statements.length} statements, ${a.speakers.length} speakers, ${a.credits.length} credits`];
  for (const sp of a.speakers) {
    out.push(`  ${sp.name}${sp.role !== undefined ? ` (${sp.role})` : ''}`);
    for (const i of sp.statements) {
      const s = a.statements[i];
      const text = s.content.text.replace(/\s+/g, ' ');
      out.push(`    [${s.line}] ${s.kind} ${s.cue.text}: ${text.length > 100 ? text.slice(0, 100) + '…' : text}`);
    }
  }
  return out.join('\n');
}

/**
 * A file is treated as binary when control bytes or undecodable sequences are more than a trace:
 * a stray NUL at the end of a scraped article is not enough.
 */
function isBinary(buf: Buffer): boolean {
  const head = buf.subarray(0, 16384);
  let control = 0;
  for (const b of head) if (b < 32 && b !== 9 && b !== 10 && b !== 13 && b !== 12) control++;
  if (control > 4 && control > head.length / 100) return true;
  const text = head.toString('utf8');
  const bad = text.split('\uFFFD').length - 1;
  return bad > 8 && bad > text.length / 50;
}

function main(argv: readonly string[]): number {
  if (argv.includes('--help') || argv.includes('-h')) { process.stdout.write(HELP + '\n'); return 0; }
  const flags = argv.filter(a => a.startsWith('--'));
  const files = argv.filter(a => !a.startsWith('--'));
  const known: Record<string, Format> = { '--json': 'json', '--jsonl': 'jsonl', '--markdown': 'markdown', '--csv': 'csv' };
  const unknown = flags.filter(f => known[f] === undefined);
  if (unknown.length > 0) { process.stderr.write(`isnad: unknown option ${unknown[0]} (see --help)\n`); return 2; }
  if (files.length === 0) { process.stderr.write('isnad: no input file (see --help)\n'); return 2; }
  const format: Format = flags.length > 0 ? known[flags[flags.length - 1]] : 'text';
  let status = 0;
  const results: { file: string; analysis: Analysis }[] = [];
  for (const file of files) {
    let buf: Buffer;
    try {
      buf = readFileSync(file);
    } catch (e) {
      const code = (e as NodeJS.ErrnoException).code;
      process.stderr.write(`isnad: cannot read ${file}: ${code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'is a directory' : String(code ?? e)}\n`);
      status = 1;
      continue;
    }
    if (isBinary(buf)) { process.stderr.write(`isnad: warning: ${file} looks binary, skipped\n`); continue; }
    let text = buf.toString('utf8');
    if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
    results.push({ file, analysis: analyze(text) });
  }
  const write = (s: string): void => { process.stdout.write(s.endsWith('\n') ? s : s + '\n'); };
  if (format === 'json') {
    const objs = results.map(r => toJsonObject(r.analysis));
    if (files.length === 1 && objs.length === 1) write(JSON.stringify(objs[0]));
    else write(JSON.stringify(results.map((r, i) => ({ file: r.file, ...objs[i] }))));
  } else if (format === 'jsonl') {
    for (const r of results) write(JSON.stringify({ file: r.file, ...toJsonObject(r.analysis) }));
  } else if (format === 'markdown') {
    for (const r of results) write(toMarkdown(r.analysis, basename(r.file)));
  } else if (format === 'csv') {
    for (const r of results) write(toCsv(r.analysis));
  } else {
    for (const r of results) write(readable(r.analysis, r.file));
  }
  return status;
}

process.exitCode = main(process.argv.slice(2));
