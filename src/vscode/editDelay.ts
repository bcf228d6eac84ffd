/**
 * How long the analysis waits after an edit, in proportion to the document's length: a typical
 * article (10 to 30 KB) is read again almost at once, and a long document once a burst of
 * keystrokes pauses. The wait only gathers the keystrokes of a burst: what an analysis costs is kept
 * off the typing path otherwise (a long document is read in the worker, and only the stories an
 * edit touched, see StoryMemo), and the wait adds to every edit's delay. A millisecond per 40,000
 * characters: a document at the default size limit (2 million characters) waits 50 ms, a 1 MB
 * article (560,000 characters) and a 30 KB one the floor. No vscode import: unit-tested.
 */

/** Edits that land together (a paste and its formatting, several cursors) are read once. */
export const EDIT_DELAY_FLOOR_MS = 15;

/** No document waits longer than this: the fixed delay Isnad used before it scaled. */
export const EDIT_DELAY_CEILING_MS = 250;

const CHARS_PER_MS = 40_000;

/** The pause, in milliseconds, before a document of `chars` characters is analysed after an edit. */
export function editDelayMs(chars: number): number {
  const cost = Number.isFinite(chars) && chars > 0 ? chars / CHARS_PER_MS : 0;
  return Math.round(Math.min(EDIT_DELAY_CEILING_MS, Math.max(EDIT_DELAY_FLOOR_MS, cost)));
}
