/**
 * MINIMAL ADAPTER until `src/core/export.ts` (toJson / toMarkdown / toCsv, written with the engine)
 * lands; then the export command should import from there and this file goes.
 */
import type { Analysis } from '../core/types';

export function toJson(analysis: Analysis, file: string): string {
  return `${JSON.stringify({
    file,
    statements: analysis.statements.map(s => ({
      line: s.line, speaker: s.speaker.name, role: s.speaker.role, mention: s.mention?.text ?? '', cue: s.cue.text, kind: s.kind, content: s.content.text,
    })),
    credits: analysis.credits.map(c => ({ text: c.text, source: c.source, kind: c.kind, person: c.person })),
  }, null, 2)}\n`;
}

function csvField(value: string | number): string {
  const s = String(value);
  return /[",\n\r]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

export function toCsv(analysis: Analysis): string {
  const rows = [['line', 'speaker', 'role', 'cue', 'kind', 'content']];
  for (const s of analysis.statements) rows.push([String(s.line), s.speaker.name, s.speaker.role ?? '', s.cue.text, s.kind, s.content.text]);
  return rows.map(r => r.map(csvField).join(',')).join('\r\n') + '\r\n';
}

export function toMarkdown(analysis: Analysis, file: string): string {
  const lines = [`# Who said what — ${file}`, ''];
  for (const speaker of analysis.speakers) {
    if (speaker.statements.length === 0) continue;
    lines.push(`## ${speaker.name}${speaker.role ? ` (${speaker.role})` : ''}`, '');
    for (const i of speaker.statements) {
      const s = analysis.statements[i];
      if (s) lines.push(`- ${s.kind}, line ${s.line}, ${s.cue.text}: ${s.content.text.replace(/\s+/g, ' ')}`);
    }
    lines.push('');
  }
  if (analysis.credits.length > 0) {
    lines.push('## Sources', '');
    for (const c of analysis.credits) lines.push(`- ${c.source} (${c.kind}): ${c.text.replace(/\s+/g, ' ')}`);
    lines.push('');
  }
  return lines.join('\n');
}
