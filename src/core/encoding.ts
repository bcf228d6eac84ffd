/**
 * The text of a file of Arabic news from its bytes. Archives come in UTF-8 (with or without a
 * byte-order mark), in UTF-16 (what Windows calls "Unicode" text) and in Windows-1256, the Arabic
 * code page of older Windows software and of many scraped archives. The bytes decide, in this order:
 * a byte-order mark; the NUL pattern of UTF-16; control bytes (binary); valid UTF-8; Windows-1256 when
 * it, and not UTF-8, reads as Arabic; UTF-8 with a trace of broken bytes (a scraped article with one
 * bad character is still read). Anything else is not decoded, and the caller says so.
 *
 * Pure: it needs only the WHATWG `TextDecoder`, present in Node (with full ICU, for windows-1256) and
 * in every browser and web worker, so the CLI and both extension hosts read a file alike.
 */
import { looksArabic } from './text/normalize';

/**
 * `TextDecoder` as far as this file uses it. src/core compiles without the DOM and Node typings
 * (it must run anywhere), so the global is declared here rather than taken from either.
 */
declare const TextDecoder: new (label?: string, options?: { fatal?: boolean }) => { decode(input: Uint8Array): string };

export type TextEncoding = 'utf-8' | 'utf-16le' | 'utf-16be' | 'windows-1256';

export type Decoded =
  /** `replaced`: characters the decoder had to replace with U+FFFD (broken bytes). */
  | { readonly ok: true; readonly text: string; readonly encoding: TextEncoding | string; readonly replaced: number }
  | { readonly ok: false; readonly reason: 'binary' | 'undecodable' | 'unsupported-encoding' };

/** The bytes looked at for control characters and the UTF-16 pattern. */
const SAMPLE = 16384;

/** 1 for the control bytes that binary data is full of: below 32, except tab, line and form feeds, carriage return. */
const CONTROL = Uint8Array.from({ length: 256 }, (_, b) => (b < 32 && b !== 9 && b !== 10 && b !== 12 && b !== 13 ? 1 : 0));

/**
 * Control bytes: more than a trace means binary. A stray NUL at the end of a scraped article is not
 * enough. (Counted by table, without a branch: every byte of an archive's files passes here.)
 */
function isBinary(bytes: Uint8Array): boolean {
  const n = Math.min(bytes.length, SAMPLE);
  let control = 0;
  for (let i = 0; i < n; i++) control += CONTROL[bytes[i]!]!;
  return control > 4 && control > n / 100;
}

/**
 * UTF-16 without a byte-order mark: one byte of each pair (the high byte, second in little-endian)
 * is almost always 0x00 (Latin letters, digits, spaces) or 0x06 (the Arabic block), and the other is
 * almost never 0x00. Neither byte value occurs in UTF-8 or Windows-1256 Arabic text.
 */
function utf16Order(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | undefined {
  const n = Math.min(bytes.length, SAMPLE) & ~1;
  if (n < 8) return undefined;
  // Most files have neither byte at all: found (natively) in a moment, they need no count.
  const sample = bytes.subarray(0, n);
  if (sample.indexOf(0) < 0 && sample.indexOf(6) < 0) return undefined;
  let highEven = 0, highOdd = 0, zeroEven = 0, zeroOdd = 0;
  for (let i = 0; i < n; i += 2) {
    const even = bytes[i]!, odd = bytes[i + 1]!;
    if (even === 0 || even === 6) highEven++;
    if (odd === 0 || odd === 6) highOdd++;
    if (even === 0) zeroEven++;
    if (odd === 0) zeroOdd++;
  }
  const pairs = n / 2;
  if (highOdd > 0.6 * pairs && zeroEven < 0.02 * pairs) return 'utf-16le';
  if (highEven > 0.6 * pairs && zeroOdd < 0.02 * pairs) return 'utf-16be';
  return undefined;
}

function countReplaced(text: string): number {
  let n = 0;
  for (let i = text.indexOf('\uFFFD'); i >= 0; i = text.indexOf('\uFFFD', i + 1)) n++;
  return n;
}

/** Broken characters a UTF-8 article may hold and still be read as UTF-8 (the CLI's rule since its start). */
function fewBroken(replaced: number, length: number): boolean {
  return replaced <= 8 || replaced <= length / 50;
}

/** Control characters in decoded text (a UTF-16 guess that was really binary is full of them). */
function controlChars(text: string): number {
  const n = Math.min(text.length, SAMPLE);
  let control = 0;
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    if (c < 32 && c !== 9 && c !== 10 && c !== 13 && c !== 12) control++;
  }
  return control;
}

/**
 * Prose has spaces between its words (an Arabic word is about five letters); random bytes above 0x7F
 * also read as Arabic letters in Windows-1256, but run on without any.
 */
function spaced(text: string): boolean {
  const n = Math.min(text.length, SAMPLE);
  let spaces = 0;
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    if (c === 32 || c === 10) spaces++;
  }
  return spaces >= n / 20;
}

function decodeWith(label: string, bytes: Uint8Array, fatal = false): string {
  // The decoder drops a byte-order mark of its own encoding, as an editor hides it.
  return new TextDecoder(label, { fatal }).decode(bytes);
}

function utf16(bytes: Uint8Array, encoding: 'utf-16le' | 'utf-16be'): Decoded {
  const text = decodeWith(encoding, bytes);
  const replaced = countReplaced(text);
  const control = controlChars(text);
  if (!fewBroken(replaced, text.length) || (control > 4 && control > Math.min(text.length, SAMPLE) / 100)) return { ok: false, reason: 'binary' };
  return { ok: true, text, encoding, replaced };
}

/**
 * A platform's own decoder for valid UTF-8, byte-order mark dropped, or undefined when the bytes are
 * not valid UTF-8. Node's is five times faster than its `TextDecoder` on Arabic text, which matters
 * when an archive of 50 MB is read.
 */
export type Utf8Decoder = (bytes: Uint8Array) => string | undefined;

function strictUtf8(bytes: Uint8Array): string | undefined {
  try {
    return decodeWith('utf-8', bytes, true);
  } catch {
    return undefined;
  }
}

/** The text of `bytes`, its encoding detected. */
export function decodeText(bytes: Uint8Array, utf8Decoder: Utf8Decoder = strictUtf8): Decoded {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return utf16(bytes, 'utf-16le');
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return utf16(bytes, 'utf-16be');
  const order = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? undefined : utf16Order(bytes);
  if (order) return utf16(bytes, order);
  if (isBinary(bytes)) return { ok: false, reason: 'binary' };
  const valid = utf8Decoder(bytes);
  if (valid !== undefined) return { ok: true, text: valid, encoding: 'utf-8', replaced: 0 };
  // Not valid UTF-8: Windows-1256 or a few broken bytes, told apart below.
  const utf8 = decodeWith('utf-8', bytes);
  const replaced = countReplaced(utf8);
  // Every byte is a character in Windows-1256, so it can only be recognised by what it reads as.
  if (!looksArabic(utf8)) {
    const cp1256 = decodeWith('windows-1256', bytes);
    if (looksArabic(cp1256) && spaced(cp1256)) return { ok: true, text: cp1256, encoding: 'windows-1256', replaced: 0 };
  }
  if (fewBroken(replaced, utf8.length)) return { ok: true, text: utf8, encoding: 'utf-8', replaced };
  return { ok: false, reason: 'undecodable' };
}

/** Whether `label` names an encoding this runtime's TextDecoder knows (windows-1256 needs full ICU in Node). */
export function isSupportedEncoding(label: string): boolean {
  try {
    decodeWith(label, new Uint8Array(0));
    return true;
  } catch {
    return false;
  }
}

/** The text of `bytes` in the encoding the user named (`--encoding`), whatever the bytes look like. */
export function decodeAs(bytes: Uint8Array, label: string): Decoded {
  if (!isSupportedEncoding(label)) return { ok: false, reason: 'unsupported-encoding' };
  const text = decodeWith(label, bytes);
  return { ok: true, text, encoding: label, replaced: countReplaced(text) };
}
