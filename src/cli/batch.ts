/**
 * A batch of articles read, decoded, analysed and formatted in one go, on a worker thread or on the
 * main thread (`--jobs 1`). Files travel as paths and JSON lines as one block of bytes, and the
 * batch comes back as one string: a worker thread costs a message per batch, not per article.
 */
import { analyze } from '../core';
import { decodeAs, decodeText, type Decoded } from '../core/encoding';
import { digestOf } from '../core/folder/digest';
import { FolderSummary, type SummaryData } from '../core/folder/summary';
import type { Format } from './args';
import { formatArticle, separator, type ArticleLabel } from './formats';
import { nodeUtf8, readBytes } from '../node/files';
import { reason } from './walk';

export type Batch =
  | { readonly seq: number; readonly kind: 'files'; readonly paths: readonly string[] }
  /** Standard input read as one article. */
  | { readonly seq: number; readonly kind: 'text'; readonly label: string; readonly bytes: Uint8Array }
  /** Whole JSON lines; `firstLine` is the 1-based number of the first in `source`. */
  | { readonly seq: number; readonly kind: 'lines'; readonly source: string; readonly firstLine: number; readonly bytes: Uint8Array };

export interface BatchResult {
  readonly seq: number;
  /**
   * The batch's articles in the output format (`--json` items joined by their comma), as UTF-8 in a
   * buffer of its own: a worker thread hands it over without a copy, and standard output writes it
   * as it is, where a string of Arabic would be copied into the main thread and encoded there.
   */
  readonly out: Uint8Array;
  readonly articles: number;
  /** Input bytes read, for the progress bar's rate. */
  readonly bytes: number;
  /** One message per input skipped, in input order. */
  readonly skipped: readonly string[];
  readonly summary?: SummaryData;
}

export interface RunSettings {
  readonly format: Format;
  /** One file's `--json`: the bare object. */
  readonly single: boolean;
  readonly encoding?: string;
}

const NOT_DECODED: Readonly<Record<Exclude<Decoded, { ok: true }>['reason'], string>> = {
  'binary': 'looks binary',
  'undecodable': 'is not text in UTF-8, UTF-16 or Windows-1256 (--encoding reads it as another)',
  'unsupported-encoding': 'names an encoding this Node.js cannot decode',
};

const utf8 = new TextDecoder();
const encoder = new TextEncoder();

class BatchWriter {
  private readonly parts: string[] = [];
  private readonly summary: FolderSummary | undefined;
  readonly skipped: string[] = [];
  articles = 0;
  bytes = 0;

  constructor(private readonly settings: RunSettings) {
    this.summary = settings.format === 'summary' ? new FolderSummary() : undefined;
  }

  article(text: string, label: ArticleLabel): void {
    const analysis = analyze(text);
    this.articles++;
    if (this.summary) this.summary.addArticle(digestOf(analysis));
    else this.parts.push(formatArticle(this.settings.format, analysis, label, this.settings.single));
  }

  decoded(bytes: Uint8Array, label: string): void {
    this.bytes += bytes.length;
    const decoded = this.settings.encoding === undefined ? decodeText(bytes, nodeUtf8) : decodeAs(bytes, this.settings.encoding);
    if (decoded.ok) this.article(decoded.text, { file: label });
    else this.skipped.push(`${label} ${NOT_DECODED[decoded.reason]}, skipped`);
  }

  result(seq: number): BatchResult {
    const out = encoder.encode(this.parts.join(separator(this.settings.format, this.settings.single)));
    return { seq, out, articles: this.articles, bytes: this.bytes, skipped: this.skipped, ...(this.summary ? { summary: this.summary.toData() } : {}) };
  }
}

function readFiles(paths: readonly string[], writer: BatchWriter): void {
  for (const path of paths) {
    let bytes: Buffer;
    try {
      bytes = readBytes(path);
    } catch (error) {
      writer.skipped.push(`cannot read ${path}: ${reason(error)}`);
      continue;
    }
    writer.decoded(bytes, path);
  }
}

/** The id of a JSON line: its `id` as given, or its line number when it has none. */
function jsonLine(line: string): { id?: unknown; text: string } | undefined {
  try {
    const value = JSON.parse(line) as unknown;
    if (typeof value !== 'object' || value === null || typeof (value as { text?: unknown }).text !== 'string') return undefined;
    return value as { id?: unknown; text: string };
  } catch {
    return undefined;
  }
}

function readLines(batch: Extract<Batch, { kind: 'lines' }>, writer: BatchWriter): void {
  writer.bytes += batch.bytes.length;
  const lines = utf8.decode(batch.bytes).split('\n');
  lines.forEach((raw, i) => {
    const line = raw.endsWith('\r') ? raw.slice(0, -1) : raw;
    if (line.trim() === '') return;
    const number = batch.firstLine + i;
    const record = jsonLine(line);
    if (!record) writer.skipped.push(`${batch.source} line ${number}: not a JSON object with a "text" string, skipped`);
    else writer.article(record.text, { id: record.id === undefined ? number : record.id });
  });
}

export function processBatch(batch: Batch, settings: RunSettings): BatchResult {
  const writer = new BatchWriter(settings);
  if (batch.kind === 'files') readFiles(batch.paths, writer);
  else if (batch.kind === 'text') writer.decoded(batch.bytes, batch.label);
  else readLines(batch, writer);
  return writer.result(batch.seq);
}
