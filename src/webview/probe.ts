/**
 * What the integration tests read and do in the panel: the DOM as it is (rows, which are in view,
 * which is selected, how their text is laid out), and a click, a key or typed text dispatched to
 * the same elements and handlers a person's input reaches.
 */
import type { HeadingSnapshot, PanelAction, PanelSnapshot, RowSnapshot } from '../vscode/panel/protocol';

/** Hidden itself, or inside a hidden group or list. */
function isHidden(node: HTMLElement): boolean {
  return node.closest('[hidden]') !== null;
}

function rowSnapshot(row: HTMLElement): RowSnapshot {
  const text = row.querySelector<HTMLElement>('.text');
  const style = text ? getComputedStyle(text) : undefined;
  return {
    id: row.id,
    text: text?.textContent ?? '',
    hidden: isHidden(row),
    selected: row.getAttribute('aria-selected') === 'true',
    direction: style?.direction ?? '',
    lineClamp: style?.getPropertyValue('-webkit-line-clamp') ?? '',
  };
}

function headingSnapshot(heading: HTMLElement): HeadingSnapshot {
  return { id: heading.id, text: heading.textContent ?? '', hidden: isHidden(heading) };
}

export function snapshot(serial: number): PanelSnapshot {
  const q = (selector: string) => [...document.querySelectorAll<HTMLElement>(selector)];
  const notice = document.getElementById('notice');
  const active = document.activeElement as HTMLElement | null;
  return {
    serial,
    dir: document.documentElement.dir,
    lang: document.documentElement.lang,
    notice: notice && !notice.hidden ? notice.textContent : null,
    filter: (document.getElementById('filter') as HTMLInputElement | null)?.value ?? '',
    summary: document.getElementById('summary')?.textContent ?? '',
    headings: q('#statements .heading').map(headingSnapshot),
    rows: q('#statements [role="option"]').map(rowSnapshot),
    sources: q('#sources .heading').map(headingSnapshot),
    credits: q('#sources [role="option"]').map(rowSnapshot),
    focused: active && active !== document.body ? active.getAttribute('aria-activedescendant') ?? active.id : null,
  };
}

/** Performs the action through the DOM; throws when its target is missing. */
export function act(action: PanelAction): void {
  switch (action.kind) {
    case 'click': {
      const target = document.getElementById(action.id);
      if (!target) throw new Error(`no element #${action.id}`);
      target.click();
      return;
    }
    case 'key': {
      let target = document.activeElement as HTMLElement | null;
      if (!target || target === document.body) {
        target = document.getElementById('statements');
        target?.focus();
      }
      target?.dispatchEvent(new KeyboardEvent('keydown', { key: action.key, bubbles: true, cancelable: true }));
      return;
    }
    case 'filter': {
      const input = document.getElementById('filter') as HTMLInputElement | null;
      if (!input) throw new Error('no filter box');
      input.focus();
      input.value = action.text;
      input.dispatchEvent(new Event('input', { bubbles: true }));
      return;
    }
  }
}
