/**
 * Offsets of the analysis to editor ranges. Highlights are widened to whole words: Arabic letters
 * change shape with their neighbours, and a style boundary inside a word can
 * break the joining in some renderers, so a clitic like the ل of لواشنطن is coloured with its word.
 */
import * as vscode from 'vscode';

const WORD_CHAR = /[\p{L}\p{M}\p{Nd}]/u;

/**
 * Whether each UTF-16 code unit matches WORD_CHAR (0: not asked yet, 1: yes, 2: no): the spans of
 * a long document are widened by the thousand, and a table read is cheaper than making a
 * one-letter string and running a Unicode regex on it each time.
 */
const WORD_UNITS = new Uint8Array(0x10000);

function isWordUnit(c: number): boolean {
  let k = WORD_UNITS[c]!;
  if (k === 0) WORD_UNITS[c] = k = WORD_CHAR.test(String.fromCharCode(c)) ? 1 : 2;
  return k === 1;
}

/** `[start, end)` widened so that it neither starts nor ends inside a word. */
export function wholeWords(text: string, start: number, end: number): { start: number; end: number } {
  let s = Math.max(0, Math.min(start, text.length));
  let e = Math.max(s, Math.min(end, text.length));
  if (e > s) {
    while (s > 0 && isWordUnit(text.charCodeAt(s - 1)) && isWordUnit(text.charCodeAt(s))) s--;
    while (e < text.length && isWordUnit(text.charCodeAt(e - 1)) && isWordUnit(text.charCodeAt(e))) e++;
  }
  return { start: s, end: e };
}

export function toRange(document: vscode.TextDocument, start: number, end: number): vscode.Range {
  return new vscode.Range(document.positionAt(start), document.positionAt(end));
}

/** Does the half-open span contain the offset (its end counts, so a cursor right after a quote is in it)? */
export function spanContains(span: { start: number; end: number }, offset: number): boolean {
  return span.start <= offset && offset <= span.end;
}

/** A short single-line excerpt for labels: whitespace collapsed, cut at a word near `max` characters. */
export function excerpt(text: string, max = 60): string {
  // A statement's content can be a whole paragraph: when its first characters already make more
  // than `max`, the rest cannot change the label (an outline of a 1 MB file asks for thousands).
  if (text.length > 4 * max) {
    const head = text.slice(0, 4 * max).replace(/\s+/g, ' ').trimStart();
    if (head.length > max + 1) return cutAt(head, max);
  }
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length <= max ? flat : cutAt(flat, max);
}

function cutAt(flat: string, max: number): string {
  const cut = flat.lastIndexOf(' ', max);
  return `${flat.slice(0, cut > max / 2 ? cut : max)}…`;
}
