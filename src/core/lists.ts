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

/** The parts in one new buffer of their own (which can then move to a worker thread). */
export function concatBytes(parts: readonly Uint8Array[]): Uint8Array {
  const bytes = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const part of parts) {
    bytes.set(part, at);
    at += part.length;
  }
  return bytes;
}
