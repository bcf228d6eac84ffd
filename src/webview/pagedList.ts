/**
 * A list that puts its rows into the page a page at a time: the first PAGE_ROWS at once, the next
 * page when the end of the list scrolls into view (or when the keyboard, the cursor following or
 * End needs a row further on). An article's few dozen rows are all in at once; a digest's
 * thousands never are, so an edit redraws a page, not thousands of rows, and the workbench, which
 * shares the webview's thread in the browser, is not held up.
 */
import { groupElement } from './render';

/** What a list shows, in order: groups, each with an optional heading, and their rows. */
export interface ListGroup {
  readonly heading?: () => HTMLElement;
  readonly rows: readonly { readonly id: string; readonly make: () => HTMLElement }[];
}

export const PAGE_ROWS = 200;

export class PagedList {
  private groups: readonly ListGroup[] = [];
  /** Where the next row to add is: group `g`, row `r` of it, into the element `current`. */
  private g = 0;
  private r = 0;
  private current: HTMLElement | undefined;
  private added = 0;
  /** Each row's group and index, to add the rows up to one of them. */
  private where = new Map<string, number>();
  private readonly sentinel: HTMLElement;
  private readonly observer: IntersectionObserver;

  constructor(private readonly list: HTMLElement) {
    this.sentinel = document.createElement('div');
    this.sentinel.className = 'sentinel';
    this.sentinel.setAttribute('aria-hidden', 'true');
    list.after(this.sentinel);
    this.observer = new IntersectionObserver(entries => {
      if (entries.some(e => e.isIntersecting)) this.addPage();
    }, { rootMargin: '400px' });
    this.observer.observe(this.sentinel);
  }

  /** Rows in the list now. */
  get size(): number {
    return this.added;
  }

  /** Whether every row is in. */
  get complete(): boolean {
    return this.added >= this.where.size;
  }

  /** Replaces the rows: at least `keep` of them (as many as were in before an edit) and a page. */
  show(groups: readonly ListGroup[], keep = 0): void {
    this.groups = groups;
    this.g = 0;
    this.r = 0;
    this.current = undefined;
    this.added = 0;
    this.where = new Map();
    let n = 0;
    groups.forEach(group => group.rows.forEach(row => this.where.set(row.id, n++)));
    this.list.replaceChildren();
    this.addRows(Math.max(PAGE_ROWS, keep));
  }

  addPage(): void {
    this.addRows(PAGE_ROWS);
  }

  /** Adds rows until the one with this id is in; false when the list has no such row. */
  reach(id: string): boolean {
    const at = this.where.get(id);
    if (at === undefined) return false;
    if (at >= this.added) this.addRows(at + 1 - this.added);
    return true;
  }

  addAll(): void {
    this.addRows(Number.POSITIVE_INFINITY);
  }

  private addRows(count: number): void {
    for (let left = count; left > 0 && this.g < this.groups.length;) {
      const group = this.groups[this.g]!;
      if (!this.current) {
        this.current = groupElement(group.heading?.());
        this.list.append(this.current);
      }
      const row = group.rows[this.r];
      if (row) {
        this.current.append(row.make());
        this.r++;
        this.added++;
        left--;
      } else {
        this.g++;
        this.r = 0;
        this.current = undefined;
      }
    }
  }
}
