/**
 * A folder's who-said-what as CSV, JSON or Markdown: one row per statement with its file, files in
 * name order and statements in text order (Markdown groups them by speaker across the files).
 */
import { csvHeader, csvRows, markdownStatement, type StatementRow } from '../export';
import type { FileDigest } from './digest';
import type { FileDigestRef, FolderSpeaker } from './folderSpeakers';
import { compareCodeUnits as compare } from '../lists';

export function digestRows(digest: FileDigest): StatementRow[] {
  return digest.statements.map(s => {
    const speaker = digest.speakers[s.speaker]!;
    return {
      line: s.line, speaker: speaker.name, ...(speaker.role !== undefined ? { role: speaker.role } : {}), kind: s.kind,
      cue: s.cue, mention: s.mention, content: s.content, start: s.start, end: s.end,
    };
  });
}

const byFile = (files: Iterable<FileDigestRef>): FileDigestRef[] => [...files].sort((a, b) => compare(a.file, b.file));

export function toFolderCsv(files: Iterable<FileDigestRef>): string {
  return csvHeader('file') + byFile(files).map(f => csvRows(digestRows(f.digest), f.file)).join('');
}

/** A JSON array of statement rows, each with its `file`. */
export function toFolderJson(files: Iterable<FileDigestRef>, indent = 2): string {
  const rows = byFile(files).flatMap(f => digestRows(f.digest).map(row => ({ file: f.file, ...row })));
  return JSON.stringify(rows, null, indent) + '\n';
}

export function toFolderMarkdown(speakers: readonly FolderSpeaker[], title: string): string {
  const out: string[] = [`# ${title}`, ''];
  if (speakers.length === 0) out.push('_No attributed statements._', '');
  for (const sp of speakers) {
    out.push(`## ${sp.name}${sp.role !== undefined ? ` (${sp.role})` : ''}`, '');
    out.push(`_${sp.statements.length} statements in ${sp.files} files_`, '');
    for (const { file, statement: st } of sp.statements) out.push(`- ${file}, line ${st.line}, ${markdownStatement(st.kind, st.cue, st.content)}`);
    out.push('');
  }
  return out.join('\n');
}
