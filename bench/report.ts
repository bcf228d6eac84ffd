/** Fixed-width lines for the benchmark report, so runs can be compared by eye or by diff. */
import { MB } from './measure';

export const mb = (bytes: number): string => `${(bytes / MB).toFixed(1)} MB`;
export const ms = (value: number): string =>
  value < 1 ? `${value.toFixed(3)} ms` : value < 100 ? `${value.toFixed(2)} ms` : `${value.toFixed(0)} ms`;
export const rate = (bytes: number, millis: number): string => `${(bytes / MB / (millis / 1000)).toFixed(1)} MB/s`;
export const times = (ratio: number): string => `${ratio.toFixed(2)}x`;

/** One table row: figures right-aligned between a left-aligned label and left-aligned notes. */
export function row(cells: readonly string[], widths: readonly number[]): string {
  const last = cells.length - 1;
  return cells.map((c, i) => (i === 0 || i === last ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join('  ').trimEnd();
}

export function target(name: string, value: string, met: boolean): string {
  return `  ${met ? 'PASS' : 'MISS'}  ${name.padEnd(44)} ${value}`;
}
