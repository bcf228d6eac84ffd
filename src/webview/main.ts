/**
 * The Who Said What panel's script (dist/webview/whoSaidWhat.js, the page's only script). It renders
 * what the extension posts, filters it as the user types, follows the editor's cursor, and asks the
 * extension to reveal a row's text; it talks to the extension by postMessage only.
 */
import type { PanelContent } from '../vscode/panel/panelContent';
import { filterContent, type PanelMatch } from '../vscode/panel/panelFilter';
import type { FromPanel, PanelLabels, PanelState, ToPanel } from '../vscode/panel/protocol';
import { Listbox } from './listbox';
import { PagedList, type ListGroup } from './pagedList';
import { act, snapshot } from './probe';
import { creditOption, sourceHeading, speakerHeading, statementOption } from './render';

interface VsCodeApi {
  postMessage(message: FromPanel): void;
  getState(): { filter?: string } | undefined;
  setState(state: { filter: string }): void;
}
declare function acquireVsCodeApi(): VsCodeApi;

const vscode = acquireVsCodeApi();
const byId = <T extends HTMLElement>(id: string) => document.getElementById(id) as T;
const filter = byId<HTMLInputElement>('filter');
const summary = byId<HTMLElement>('summary');
const notice = byId<HTMLElement>('notice');
const statementsList = byId<HTMLElement>('statements');
const sourcesHeading = byId<HTMLElement>('sources-heading');
const sourcesList = byId<HTMLElement>('sources');

let shown: { serial: number; state: PanelState; content: PanelContent; labels: PanelLabels } | undefined;
/** The serial of the content the lists show (what the tests' snapshot reports). */
let rendered = -1;
/** The row the extension last selected; selected again when a redraw brings it back. */
let wantedSelection: string | null = null;
/** Each row's search form, for the content shown (filtering runs at every keystroke). */
let keys = new Map<string, string>();

const statementRows = new PagedList(statementsList);
const creditRows = new PagedList(sourcesList);
const revealRow = (target: 'statement' | 'credit') => (row: HTMLElement) => {
  const index = Number(row.id.slice(1));
  if (shown && Number.isInteger(index)) vscode.postMessage({ type: 'reveal', serial: shown.serial, target, index });
};
const statements = new Listbox(statementsList, statementRows, revealRow('statement'));
new Listbox(sourcesList, creditRows, revealRow('credit'));

function showNotice(text: string | undefined, button?: { label: string; command: 'treatAsArabicNews' | 'openSizeLimit' }): void {
  notice.hidden = text === undefined;
  notice.replaceChildren();
  if (text === undefined) return;
  const p = document.createElement('p');
  p.textContent = text;
  p.dir = 'auto';
  notice.append(p);
  if (button) {
    const b = document.createElement('button');
    b.textContent = button.label;
    b.addEventListener('click', () => vscode.postMessage({ type: 'run', command: button.command }));
    notice.append(b);
  }
}

/** The groups and rows the filter keeps, ready to be put into the page. */
function listGroups(content: PanelContent, labels: PanelLabels, match: PanelMatch | undefined): { statements: ListGroup[]; sources: ListGroup[] } {
  const keep = (id: string) => match === undefined || match.ids.has(id);
  const statements = content.groups.map((group): ListGroup => ({
    heading: group.heading && (() => speakerHeading(group.heading!, labels)),
    rows: group.rows.filter(row => keep(row.id)).map(row => ({ id: row.id, make: () => statementOption(row, labels, !group.heading) })),
  }));
  const sources = content.sources.map((source): ListGroup => ({
    heading: () => sourceHeading(source),
    rows: source.credits.filter(credit => keep(credit.id)).map(credit => ({ id: credit.id, make: () => creditOption(credit, labels) })),
  }));
  return { statements: statements.filter(g => g.rows.length > 0), sources: sources.filter(g => g.rows.length > 0) };
}

function showState(state: PanelState, content: PanelContent, labels: PanelLabels, match: PanelMatch | undefined): void {
  summary.textContent = state === 'analyzed' ? labels.summary : '';
  const hasSources = content.sources.length > 0;
  sourcesHeading.hidden = !hasSources;
  sourcesList.hidden = !hasSources;
  statementsList.hidden = content.groups.length === 0;
  if (state === 'notArabic') showNotice(labels.notice.notArabic, { label: labels.treatAsArabicNews, command: 'treatAsArabicNews' });
  else if (state === 'tooLarge') showNotice(labels.notice.tooLarge, { label: labels.changeLimit, command: 'openSizeLimit' });
  else if (state === 'none') showNotice(labels.notice.none);
  else if (content.statementCount === 0) showNotice(labels.notice.noStatements);
  else showNotice(match !== undefined && match.ids.size === 0 ? labels.noMatch : undefined);
}

function select(id: string | null): void {
  wantedSelection = id;
  statements.select(id && statementRows.reach(id) ? document.getElementById(id) ?? undefined : undefined);
}

/** Puts the content's rows that the filter keeps into the lists; `keep` rows at least, as before a redraw. */
function render(keep = 0): void {
  if (!shown) return;
  const { content, labels, state } = shown;
  const match = filterContent(content, filter.value, keys);
  const groups = listGroups(content, labels, match);
  showState(state, content, labels, match);
  statementRows.show(groups.statements, keep);
  creditRows.show(groups.sources);
  if (wantedSelection) select(wantedSelection);
  rendered = shown.serial;
}

function show(message: Extract<ToPanel, { type: 'content' }>): void {
  // An edit redraws the rows: the reader keeps their place in the list.
  const scroll = document.scrollingElement?.scrollTop ?? 0;
  const keep = statementRows.size;
  shown = { serial: message.serial, state: message.state, content: message.content, labels: message.labels };
  keys = new Map();
  render(keep);
  if (document.scrollingElement) document.scrollingElement.scrollTop = scroll;
}

function onFilter(): void {
  render();
  vscode.setState({ filter: filter.value });
}

window.addEventListener('message', (event: MessageEvent<ToPanel>) => {
  const message = event.data;
  switch (message.type) {
    case 'content': return show(message);
    case 'select': return select(message.id);
    case 'probe': return vscode.postMessage({ type: 'probed', request: message.request, snapshot: snapshot(rendered) });
    case 'act': {
      let error: string | undefined;
      try {
        act(message.action);
      } catch (e) {
        error = e instanceof Error ? e.message : String(e);
      }
      return vscode.postMessage(error === undefined ? { type: 'acted', request: message.request } : { type: 'acted', request: message.request, error });
    }
  }
});

filter.addEventListener('input', onFilter);
filter.addEventListener('keydown', event => {
  if (event.key === 'ArrowDown') {
    event.preventDefault();
    statements.focus();
  } else if (event.key === 'Escape' && filter.value !== '') {
    event.preventDefault();
    filter.value = '';
    onFilter();
  }
});
filter.value = vscode.getState()?.filter ?? '';
vscode.postMessage({ type: 'ready' });
