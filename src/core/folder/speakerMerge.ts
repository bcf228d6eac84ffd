/**
 * Who is who across files. Each article's analysis already resolved its short forms (بيسكوف is
 * دميتري بيسكوف within one article); across articles the same person is found by the normalized
 * name (أميركي / أمريكي, with or without diacritics), and an article that names someone only by a
 * short form joins the one fuller name elsewhere that was written that way. A short form two fuller
 * names share (عباس for two people) stays on its own: guessing would merge two people.
 */
import { normalizeArabic } from '../text/normalize';

/** What speakers are merged by across files: the normalized name with its spaces collapsed. */
export function speakerKey(name: string): string {
  return normalizeArabic(name).replace(/\s+/g, ' ').trim();
}

/** The speakers of one name key, with the keys of every spelling their articles used. */
export interface KeyedGroup {
  readonly key: string;
  readonly aliasKeys: Iterable<string>;
}

/**
 * For each group named by a short form of exactly one longer name, the key of the group it joins
 * (followed to the end: a chain of ever longer names ends at the longest). Only a longer key can
 * take a group in, so no group ever joins itself through a cycle.
 */
export function mergeTargets(groups: Iterable<KeyedGroup>): Map<string, string> {
  const owners = new Map<string, Set<string>>();
  const keys: string[] = [];
  const own = (alias: string, key: string): void => {
    let set = owners.get(alias);
    if (!set) owners.set(alias, set = new Set());
    set.add(key);
  };
  for (const group of groups) {
    keys.push(group.key);
    for (const alias of group.aliasKeys) if (alias !== group.key && alias.length < group.key.length) own(alias, group.key);
    // A surname alone (بوتين) is a short form of the full name it ends (فلاديمير بوتين) even in an
    // article that never wrote both: as with any short form, only when one full name ends with it.
    const space = group.key.lastIndexOf(' ');
    if (space > 0 && group.key.length - space > 3) own(group.key.slice(space + 1), group.key);
  }
  const direct = new Map<string, string>();
  for (const key of keys) {
    const set = owners.get(key);
    if (set?.size === 1) direct.set(key, set.values().next().value as string);
  }
  const targets = new Map<string, string>();
  for (const [key, first] of direct) {
    let target = first;
    for (let next = direct.get(target); next !== undefined; next = direct.get(target)) target = next;
    targets.set(key, target);
  }
  return targets;
}

/** Counts of the values seen, to show the most frequent spelling (or role) of a merged speaker. */
export class Tally {
  private readonly counts = new Map<string, number>();

  add(value: string | undefined, n = 1): void {
    if (value === undefined || value === '') return;
    this.counts.set(value, (this.counts.get(value) ?? 0) + n);
  }

  addAll(other: Tally): void {
    for (const [value, n] of other.counts) this.add(value, n);
  }

  /** The most frequent value; on a tie the longer (the fuller name), then the first in code-unit order. */
  top(): string | undefined {
    let best: string | undefined;
    let bestN = 0;
    for (const [value, n] of this.counts) {
      if (best === undefined || n > bestN || (n === bestN && (value.length > best.length || (value.length === best.length && value < best)))) {
        best = value;
        bestN = n;
      }
    }
    return best;
  }

  values(): string[] {
    return [...this.counts.keys()];
  }

  entries(): [string, number][] {
    return [...this.counts.entries()];
  }
}
