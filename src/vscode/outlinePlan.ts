/**
 * Where each section and statement goes in the outline, in one pass each (a 1 MB file has over a
 * thousand sections and three thousand statements; searching every placed section for every
 * statement held the extension host for a tenth of a second). No vscode import: unit-tested.
 */
import type { Section } from '../core/types';

export interface OutlinePlan {
  /** The sections in text order. */
  readonly sections: readonly Section[];
  /** Where each section (by its index in `sections`) ends: at the next section of the same or a higher level. */
  readonly ends: readonly number[];
  /** The section each section is nested in (an index into `sections`), if any. */
  readonly parents: readonly (number | undefined)[];
  /** For each statement start (in the order given), the innermost section holding it, if any. */
  readonly homes: readonly (number | undefined)[];
}

export function planOutline(sections: readonly Section[], statementStarts: readonly number[], textEnd: number): OutlinePlan {
  const sorted = [...sections].sort((a, b) => a.start - b.start);
  const n = sorted.length;
  // From the right: the nearest following section whose level is the same or higher (a smaller number).
  const ends = new Array<number>(n);
  const following: number[] = [];
  for (let i = n - 1; i >= 0; i--) {
    while (following.length > 0 && sorted[following[following.length - 1]!]!.level > sorted[i]!.level) following.pop();
    const next = following[following.length - 1];
    ends[i] = next === undefined ? textEnd : sorted[next]!.start;
    following.push(i);
  }
  // Sections nest properly (a subheading ends no later than its heading), so the open ones form a chain.
  const parents = new Array<number | undefined>(n);
  const open: number[] = [];
  for (let i = 0; i < n; i++) {
    const { start, level } = sorted[i]!;
    while (open.length > 0) {
      const top = open[open.length - 1]!;
      if (sorted[top]!.level < level && ends[top]! > start) break;
      open.pop();
    }
    parents[i] = open[open.length - 1];
    open.push(i);
  }
  // Statements in text order against the sections opened before them.
  const order = statementStarts.map((_, i) => i).sort((a, b) => statementStarts[a]! - statementStarts[b]!);
  const homes = new Array<number | undefined>(statementStarts.length);
  const around: number[] = [];
  let next = 0;
  for (const s of order) {
    const at = statementStarts[s]!;
    while (next < n && sorted[next]!.start <= at) around.push(next++);
    while (around.length > 0 && ends[around[around.length - 1]!]! <= at) around.pop();
    homes[s] = around[around.length - 1];
  }
  return { sections: sorted, ends, parents, homes };
}
