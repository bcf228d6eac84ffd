/**
 * Offsets of the analysis to editor ranges. Highlights are widened to whole words: Arabic letters
 * change shape with their neighbours, and a style boundary inside a word can
 * break the joining in some renderers, so a clitic like the ل of لواشنطن is coloured with its word.
 */
import * as vscode from 'vscode';

const WORD_CHAR = /[\p{L}\p{M}\p{Nd}]/u;

function isWordChar(ch: string | undefined): boolean {
  return ch !== undefined && ch !== '' && WORD_CHAR.test(ch);
}

/** `[start, end)` widened so that it neither starts nor ends inside a word. */
export function wholeWords(text: string, start: number, end: number): { start: number; end: number } {
  let s = Math.max(0, Math.min(start, text.length));
  let e = Math.max(s, Math.min(end, text.length));
  if (e > s) {
    while (s > 0 && isWordChar(text[s - 1]) && isWordChar(text[s])) s--;
    while (e < text.length && isWordChar(text[e - 1]) && isWordChar(text[e])) e++;
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
