/**
 * `list.push(...items)` without the spread: spreading passes each item as an argument, and past
 * about 100,000 of them (a line of quotation marks, of URL credits) the call throws a RangeError.
 */
export function append<T>(list: T[], items: readonly T[]): void {
  for (const item of items) list.push(item);
}

/** Code-unit order of two strings, for sorting: the same on every machine, whatever its locale. */
export function compareCodeUnits(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
