/** Turns highlighting off and on for this window (the per-kind settings stay as they are). */
import type { Highlighter } from '../highlights';

export function toggleHighlighting(highlighter: Highlighter): () => boolean {
  return () => {
    highlighter.setEnabled(!highlighter.isEnabled);
    return highlighter.isEnabled;
  };
}
