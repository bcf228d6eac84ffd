/**
 * One file of the folder index, from its bytes to what the index keeps: the digest of its analysis
 * as JSON text, or why it has none. The same code runs in the index's worker thread (desktop) and on
 * the extension host (VS Code for the Web, and the unit tests).
 */
import { analyze, looksArabic } from '../../core';
import type { AnalyzeOptions } from '../../core/types';
import { decodeText, type Utf8Decoder } from '../../core/encoding';
import { digestOf } from '../../core/folder/digest';
import type { FileStamp } from './workspace';

/** Why a file of the folder has no statements listed. */
export type SkipReason = 'notArabic' | 'tooLarge' | 'undecodable' | 'unreadable';

export interface IndexSettings {
  readonly options: AnalyzeOptions;
  /** Files of more characters are not analysed (`isnad.maxFileSize`). */
  readonly maxChars: number;
}

export interface IndexRequest {
  readonly uri: string;
  /** The stamp of the version indexed before: a file still at that stamp is not read again. */
  readonly known?: FileStamp;
  /** The file is Arabic news by its name (`*.arnews`), analysed whatever its share of Arabic. */
  readonly arabicNews?: boolean;
}

export type IndexOutcome =
  | { readonly uri: string; readonly kind: 'unchanged'; readonly stamp: FileStamp }
  /** `json`: the file's `FileDigest` as JSON text (parsed once, where it is kept). */
  | { readonly uri: string; readonly kind: 'indexed'; readonly stamp: FileStamp; readonly json: string }
  | { readonly uri: string; readonly kind: 'skipped'; readonly stamp?: FileStamp; readonly reason: SkipReason }
  | { readonly uri: string; readonly kind: 'gone' };

/**
 * UTF-16 code units per byte are at least a third (three bytes of UTF-8 make one unit at most), so a
 * file of more than three bytes per allowed character is too large without being read.
 */
export function tooLargeToRead(size: number, settings: IndexSettings): boolean {
  return size > settings.maxChars * 3;
}

/** The outcome for a file's bytes, read at `stamp`. */
export function indexBytes(request: IndexRequest, stamp: FileStamp, bytes: Uint8Array, settings: IndexSettings, utf8?: Utf8Decoder): IndexOutcome {
  const { uri } = request;
  const decoded = decodeText(bytes, utf8);
  if (!decoded.ok) return { uri, kind: 'skipped', stamp, reason: 'undecodable' };
  if (decoded.text.length > settings.maxChars) return { uri, kind: 'skipped', stamp, reason: 'tooLarge' };
  if (!request.arabicNews && !looksArabic(decoded.text)) return { uri, kind: 'skipped', stamp, reason: 'notArabic' };
  return { uri, kind: 'indexed', stamp, json: JSON.stringify(digestOf(analyze(decoded.text, settings.options))) };
}
