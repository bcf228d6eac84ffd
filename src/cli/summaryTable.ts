/**
 * `--summary` as text tables. The counts come first and the names last: a terminal lays an Arabic
 * name out right to left, and a column after it would not line up.
 */
import type { FolderSummary } from '../core/folder/summary';

function table(headers: readonly string[], rows: readonly (readonly (string | number)[])[]): string[] {
  const numeric = headers.length - 1;
  const widths = headers.slice(0, numeric).map((h, i) => Math.max(h.length, ...rows.map(r => String(r[i]).length)));
  const line = (cells: readonly (string | number)[]) =>
    [...cells.slice(0, numeric).map((c, i) => String(c).padStart(widths[i]!)), String(cells[numeric])].join('  ');
  return [line(headers), ...rows.map(line)];
}

export function summaryTables(summary: FolderSummary): string {
  const speakers = summary.speakerRows();
  const outlets = summary.outletRows();
  const out = [
    `${summary.articles.toLocaleString('en')} articles, ${speakers.length.toLocaleString('en')} speakers, ${outlets.length.toLocaleString('en')} outlets`,
    '',
    ...table(['statements', 'articles', 'speaker'], speakers.map(s => [s.statements, s.articles, s.role !== undefined ? `${s.name} (${s.role})` : s.name])),
    '',
    ...table(['credits', 'articles', 'outlet'], outlets.map(o => [o.credits, o.articles, o.source])),
  ];
  return out.join('\n') + '\n';
}
