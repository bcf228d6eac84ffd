/**
 * Who-said-what exports, shared by the CLI and the VS Code export command: JSON (the shape the
 * evaluation reads), Markdown grouped by speaker, and CSV with one statement per row. Pure
 * functions of an `Analysis`; no file system.
 */
import type { Analysis, Credit, Statement } from './types';

const spanOf = (s: { text: string; start: number; end: number }) => ({ text: s.text, start: s.start, end: s.end });

/** The JSON object of one analysed file: statements, quotes, credits and speakers. */
export function toJsonObject(a: Analysis): object {
  return {
    statements: a.statements.map(s => ({
      speaker: s.speaker.role !== undefined ? { name: s.speaker.name, role: s.speaker.role } : { name: s.speaker.name },
      cue: spanOf(s.cue),
      mention: s.mention !== null ? spanOf(s.mention) : null,
      kind: s.kind,
      content: spanOf(s.content),
      line: s.line,
      ...(s.headline ? { headline: true } : {}),
    })),
    quotes: a.quotes.map(q => ({ start: q.start, end: q.end, attributed: q.attributed })),
    credits: a.credits.map((c: Credit) => ({
      text: c.text, start: c.start, end: c.end, source: c.source, kind: c.kind, ...(c.person !== undefined ? { person: c.person } : {}),
    })),
    speakers: a.speakers.map(s => ({ name: s.name, ...(s.role !== undefined ? { role: s.role } : {}), aliases: s.aliases, statements: s.statements })),
  };
}

export function toJson(a: Analysis, indent = 0): string {
  return JSON.stringify(toJsonObject(a), null, indent);
}

const KIND_LABEL: Readonly<Record<Statement['kind'], string>> = { direct: 'direct', indirect: 'indirect', mixed: 'mixed' };

const oneLine = (s: string): string => s.replace(/\s+/g, ' ').trim();

/** A statement's kind, cue and words on one Markdown line (a direct quote between quotation marks). */
export function markdownStatement(kind: Statement['kind'], cue: string, content: string): string {
  const body = kind === 'direct' ? `“${oneLine(content)}”` : oneLine(content);
  return `${KIND_LABEL[kind]}, ${cue}: ${body.replace(/([*_`[\]])/g, '\\$1')}`;
}

/** Markdown: one section per speaker (most statements first), each statement with its cue and line. */
export function toMarkdown(a: Analysis, title: string): string {
  const out: string[] = [`# ${title}`, ''];
  const order = a.speakers.map((_s, i) => i).sort((x, y) => a.speakers[y].statements.length - a.speakers[x].statements.length || x - y);
  if (order.length === 0) out.push('_No attributed statements._', '');
  for (const i of order) {
    const sp = a.speakers[i];
    out.push(`## ${sp.name}${sp.role !== undefined ? ` (${sp.role})` : ''}`, '');
    for (const si of sp.statements) {
      const st = a.statements[si];
      out.push(`- line ${st.line}, ${markdownStatement(st.kind, st.cue.text, st.content.text)}`);
    }
    out.push('');
  }
  if (a.credits.length > 0) {
    out.push('## Sources', '');
    for (const c of a.credits) out.push(`- ${c.source} (${c.kind}): ${oneLine(c.text)}${c.person !== undefined ? `, ${c.person}` : ''}`);
    out.push('');
  }
  return out.join('\n');
}

const csvCell = (s: string | number): string => {
  const v = String(s);
  return /[",\n\r]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v;
};

/** One statement as a row of the CSV and folder exports. */
export interface StatementRow {
  readonly line: number;
  readonly speaker: string;
  readonly role?: string;
  readonly kind: Statement['kind'];
  readonly cue: string;
  readonly mention: string | null;
  readonly content: string;
  readonly start: number;
  readonly end: number;
}

export function statementRows(a: Analysis): StatementRow[] {
  return a.statements.map(s => ({
    line: s.line, speaker: s.speaker.name, ...(s.speaker.role !== undefined ? { role: s.speaker.role } : {}), kind: s.kind,
    cue: s.cue.text, mention: s.mention?.text ?? null, content: s.content.text, start: s.content.start, end: s.content.end,
  }));
}

const CSV_COLUMNS = ['line', 'speaker', 'role', 'kind', 'cue', 'mention', 'content', 'start', 'end'];

/** The CSV header line, after a first column (`file`, `id`) when rows are about several texts. */
export function csvHeader(firstColumn?: string): string {
  return (firstColumn === undefined ? CSV_COLUMNS : [firstColumn, ...CSV_COLUMNS]).join(',') + '\n';
}

/** CSV lines of the rows, each after the cell `first` when given (the file or id of the text). */
export function csvRows(rows: readonly StatementRow[], first?: string): string {
  let out = '';
  const lead = first === undefined ? '' : `${csvCell(first)},`;
  for (const r of rows) {
    out += lead + [r.line, r.speaker, r.role ?? '', r.kind, r.cue, r.mention ?? '', oneLine(r.content), r.start, r.end].map(csvCell).join(',') + '\n';
  }
  return out;
}

/** CSV, one statement per row, with a header line. */
export function toCsv(a: Analysis): string {
  return csvHeader() + csvRows(statementRows(a));
}
