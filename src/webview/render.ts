/**
 * The elements of the panel's rows, right to left: a speaker's heading (name, count and role, all
 * wrapped rather than cut), then each statement from its first word, clamped to three lines by the
 * style sheet (which puts the "…" at the end of the third). Article text goes in with
 * `textContent` only, so it never becomes markup.
 */
import type { CreditRow, SourceGroup, SpeakerHeading, StatementRow } from '../vscode/panel/panelContent';
import type { PanelLabels } from '../vscode/panel/protocol';

function el<K extends keyof HTMLElementTagNameMap>(tag: K, className: string, text?: string): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  node.className = className;
  if (text !== undefined) node.textContent = text;
  return node;
}

/** UI words in the page's direction; an English label inside right-to-left text keeps its own order. */
function label(className: string, text: string): HTMLSpanElement {
  const node = el('span', className, text);
  node.dir = 'auto';
  return node;
}

export function format(template: string, ...args: (string | number)[]): string {
  return template.replace(/\{(\d+)\}/g, (all, i: string) => (args[Number(i)] !== undefined ? String(args[Number(i)]) : all));
}

/** The mark each kind of statement carries beside its label, so the kinds differ without colour. */
const KIND_MARK = { direct: '«»', indirect: '≈', mixed: '«≈»' } as const;

function option(id: string, className: string, ariaLabel: string): HTMLElement {
  const node = el('div', className);
  node.id = id;
  node.setAttribute('role', 'option');
  node.setAttribute('aria-selected', 'false');
  node.setAttribute('aria-label', ariaLabel);
  return node;
}

/** A statement: in text order with its speaker above it; under its speaker's heading without. */
export function statementOption(row: StatementRow, labels: PanelLabels, withSpeaker: boolean): HTMLElement {
  const line = format(labels.line, row.line);
  const speaker = withSpeaker ? `${row.speaker}${row.role ? `، ${row.role}` : ''}: ` : '';
  const node = option(row.id, `row statement kind-${row.kind}`, `${speaker}${labels.kind[row.kind]}, ${line}, ${row.cue}: ${row.text}`);
  if (withSpeaker) {
    const who = el('div', 'who');
    who.append(el('span', 'name', row.speaker));
    if (row.role) who.append(el('span', 'role', row.role));
    node.append(who);
  }
  const text = el('div', 'text', row.text);
  text.dir = 'rtl';
  const meta = el('div', 'meta');
  const badge = el('span', 'badge kind');
  badge.append(el('span', 'mark', KIND_MARK[row.kind]), label('', labels.kindShort[row.kind]));
  badge.title = labels.kind[row.kind];
  meta.append(badge, label('line', line), el('span', 'cue', row.cue));
  node.append(text, meta);
  return node;
}

export function creditOption(row: CreditRow, labels: PanelLabels): HTMLElement {
  const line = format(labels.line, row.line);
  const node = option(row.id, `row credit kind-${row.kind}`, `${labels.credit[row.kind]}, ${line}: ${row.text}`);
  const text = el('div', 'text', row.text);
  text.dir = 'auto';
  const meta = el('div', 'meta');
  meta.append(label('badge', labels.credit[row.kind]), label('line', line));
  if (row.person) meta.append(el('span', 'person', row.person));
  node.append(text, meta);
  return node;
}

export function speakerHeading(heading: SpeakerHeading, labels: PanelLabels): HTMLElement {
  const node = el('div', `heading speaker type-${heading.type}`);
  node.id = heading.id;
  const count = heading.count === 1 ? labels.statementOne : format(labels.statementMany, heading.count);
  const title = el('div', 'title');
  const badge = el('span', 'count', String(heading.count));
  badge.title = count;
  badge.setAttribute('aria-label', count);
  title.append(el('span', 'name', heading.name), badge);
  node.append(title);
  if (heading.role) node.append(el('div', 'role', heading.role));
  return node;
}

export function sourceHeading(source: SourceGroup): HTMLElement {
  const node = el('div', 'heading source');
  node.id = source.id;
  const title = el('div', 'title');
  const name = el('span', 'name', source.source);
  name.dir = 'auto';
  title.append(name);
  if (source.sourceArabic) title.append(el('span', 'role', source.sourceArabic));
  title.append(el('span', 'count', String(source.credits.length)));
  node.append(title);
  return node;
}

/** A group of rows, labelled by its heading (a speaker, an outlet) when it has one. */
export function groupElement(heading: HTMLElement | undefined): HTMLElement {
  const node = el('div', 'group');
  node.setAttribute('role', 'group');
  if (heading) {
    node.id = `g-${heading.id}`;
    node.setAttribute('aria-labelledby', heading.id);
    node.append(heading);
  }
  return node;
}
