/**
 * The panel's filter box: which rows stay in view for a query. A query matches when each of its
 * words is in the row, compared as the analysis compares names (أمريكي = امريكي, no diacritics),
 * so typing بيسكوف finds بيسكوڤ too. A speaker whose name or role matches keeps all of its
 * statements; a statement that matches keeps its speaker's heading. Runs in the webview; no DOM
 * and no vscode import: unit-tested.
 */
import { normalizeArabic } from '../../core/text/normalize';
import type { PanelContent } from './panelContent';

/** The form rows and queries are compared in. */
export function searchKey(text: string): string {
  return normalizeArabic(text).toLowerCase().replace(/\s+/g, ' ').trim();
}

/** The words of a query, each in search form; none for an empty query. */
export function queryWords(query: string): string[] {
  return searchKey(query).split(' ').filter(Boolean);
}

function matches(key: string, words: readonly string[]): boolean {
  return words.every(w => key.includes(w));
}

/** The ids of the headings and rows that stay in view; undefined when every row does (no query). */
export interface PanelMatch {
  readonly ids: ReadonlySet<string>;
}

/** What the panel shows for `query`; `keys` caches each row's search form between keystrokes. */
export function filterContent(content: PanelContent, query: string, keys = new Map<string, string>()): PanelMatch | undefined {
  const words = queryWords(query);
  if (words.length === 0) return undefined;
  const key = (id: string, ...parts: (string | undefined)[]) => {
    let k = keys.get(id);
    if (k === undefined) keys.set(id, k = searchKey(parts.filter(Boolean).join(' ')));
    return k;
  };
  const ids = new Set<string>();
  for (const group of content.groups) {
    const { heading } = group;
    const all = heading !== undefined && matches(key(heading.id, heading.name, heading.role), words);
    for (const row of group.rows) {
      if (all || matches(key(row.id, row.speaker, row.role, row.cue, row.text), words)) ids.add(row.id);
    }
    if (heading && (all || group.rows.some(r => ids.has(r.id)))) ids.add(heading.id);
  }
  for (const source of content.sources) {
    const all = matches(key(source.id, source.source, source.sourceArabic), words);
    for (const credit of source.credits) {
      if (all || matches(key(credit.id, credit.text, credit.person), words)) ids.add(credit.id);
    }
    if (all || source.credits.some(c => ids.has(c.id))) ids.add(source.id);
  }
  return { ids };
}
