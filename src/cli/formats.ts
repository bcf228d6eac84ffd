/**
 * Each output format as text: what one article becomes, and what goes before and after all of them.
 * Articles are formatted where they are analysed (a worker thread), so what travels back to the
 * main thread is one string per batch, never the analysis objects.
 */
import { basename } from 'node:path';
import type { Analysis } from '../core';
import { csvHeader, csvRows, statementRows, toJsonObject, toMarkdown } from '../core/export';
import type { Format } from './args';

/** Who an article is in the output: a file path (`-` for standard input) or a JSON-lines id. */
export type ArticleLabel = { readonly file: string } | { readonly id: unknown };

function readable(a: Analysis, title: string): string {
  const out = [`${title}: ${a.statements.length} statements, ${a.speakers.length} speakers, ${a.credits.length} credits`];
  for (const sp of a.speakers) {
    out.push(`  ${sp.name}${sp.role !== undefined ? ` (${sp.role})` : ''}`);
    for (const i of sp.statements) {
      const s = a.statements[i]!;
      const text = s.content.text.replace(/\s+/g, ' ');
      out.push(`    [${s.line}] ${s.kind} ${s.cue.text}: ${text.length > 100 ? text.slice(0, 100) + '…' : text}`);
    }
  }
  return out.join('\n');
}

const withNewline = (s: string): string => (s.endsWith('\n') ? s : s + '\n');

function title(label: ArticleLabel): string {
  return 'file' in label ? label.file : String(label.id);
}

/**
 * One article in `format`. `single`: the run is one file's `--json`, printed as the bare object
 * (what the evaluation reads). Array items of `--json` come without their separating comma.
 */
export function formatArticle(format: Format, a: Analysis, label: ArticleLabel, single: boolean): string {
  switch (format) {
    case 'json':
      return single ? JSON.stringify(toJsonObject(a)) : JSON.stringify({ ...label, ...toJsonObject(a) });
    case 'jsonl':
      return JSON.stringify({ ...label, ...toJsonObject(a) }) + '\n';
    case 'csv':
      return csvRows(statementRows(a), title(label));
    case 'markdown':
      return withNewline(toMarkdown(a, 'file' in label ? basename(label.file) : title(label)));
    case 'text':
      return withNewline(readable(a, title(label)));
    case 'summary':
      return '';
  }
}

/** What opens the output, before any article. */
export function outputStart(format: Format, single: boolean, input: 'text' | 'jsonl'): string {
  if (format === 'json' && !single) return '[';
  if (format === 'csv') return csvHeader(input === 'jsonl' ? 'id' : 'file');
  return '';
}

/** What closes it. A single file that could not be read still answers with valid JSON, `[]`. */
export function outputEnd(format: Format, single: boolean, articles: number): string {
  if (format !== 'json') return '';
  if (!single) return ']\n';
  return articles === 0 ? '[]\n' : '\n';
}

/** Between two `--json` array items. */
export function separator(format: Format, single: boolean): string {
  return format === 'json' && !single ? ',' : '';
}
