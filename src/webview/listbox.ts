/**
 * Keyboard and mouse for one of the panel's lists, the ARIA listbox pattern with a single selection
 * that follows the keyboard: the list holds the focus and names its selected row in
 * `aria-activedescendant`; Up / Down / Home / End move the selection over the rows in view, Enter
 * or Space (or a click) reveals the row's text in the editor. Rows not yet in the page (PagedList)
 * are added as the selection moves on to them.
 */
export interface MoreRows {
  readonly complete: boolean;
  addPage(): void;
  addAll(): void;
}

export class Listbox {
  constructor(private readonly list: HTMLElement, private readonly more: MoreRows, private readonly reveal: (row: HTMLElement) => void) {
    list.addEventListener('keydown', event => this.onKey(event));
    list.addEventListener('click', event => {
      const row = (event.target as Element | null)?.closest<HTMLElement>('[role="option"]');
      if (!row || !list.contains(row)) return;
      this.select(row);
      this.reveal(row);
    });
  }

  /** The rows a person can see now (the filter hides the others). */
  visibleRows(): HTMLElement[] {
    return [...this.list.querySelectorAll<HTMLElement>('[role="option"]')].filter(row => row.closest('[hidden]') === null);
  }

  get selected(): HTMLElement | undefined {
    return this.list.querySelector<HTMLElement>('[role="option"][aria-selected="true"]') ?? undefined;
  }

  /** Selects a row (none with undefined), scrolling it into view without taking the focus. */
  select(row: HTMLElement | undefined): void {
    const previous = this.selected;
    if (previous === row) return;
    previous?.setAttribute('aria-selected', 'false');
    if (!row) {
      this.list.removeAttribute('aria-activedescendant');
      return;
    }
    row.setAttribute('aria-selected', 'true');
    this.list.setAttribute('aria-activedescendant', row.id);
    row.scrollIntoView({ block: 'nearest' });
  }

  /** Focuses the list, selecting its first visible row when none in view is selected. */
  focus(): void {
    const selected = this.selected;
    if (!selected || selected.closest('[hidden]') !== null) this.select(this.visibleRows()[0]);
    this.list.focus();
  }

  private onKey(event: KeyboardEvent): void {
    if (event.key === 'End') this.more.addAll();
    let rows = this.visibleRows();
    let at = this.selected ? rows.indexOf(this.selected) : -1;
    if (event.key === 'ArrowDown' && at === rows.length - 1 && !this.more.complete) {
      this.more.addPage();
      rows = this.visibleRows();
      at = this.selected ? rows.indexOf(this.selected) : -1;
    }
    let next: HTMLElement | undefined;
    switch (event.key) {
      case 'ArrowDown': next = rows[Math.min(rows.length - 1, at + 1)]; break;
      case 'ArrowUp': next = rows[Math.max(0, at - 1)]; break;
      case 'Home': next = rows[0]; break;
      case 'End': next = rows[rows.length - 1]; break;
      case 'Enter':
      case ' ':
        if (this.selected) this.reveal(this.selected);
        event.preventDefault();
        return;
      default:
        return;
    }
    event.preventDefault();
    if (next) this.select(next);
  }
}
