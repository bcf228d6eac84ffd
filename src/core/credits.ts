/**
 * Source credits: who the article, a piece of information or a photo comes from. Agencies and
 * outlets from the gazetteer (lexicon/outlets.ts) when the context makes them a source, unnamed
 * sources after an attribution word (وفقا لوكالات روسية), photo credits, URL credits, and datelines.
 * Deterministic, linear in the text, and it never throws: on an internal error it returns what it has.
 */
import { findDatelines } from './credits/datelines';
import { gazetteerFor } from './credits/gazetteer';
import { findOutletMentions } from './credits/outletMentions';
import { findPhotoCredits } from './credits/photoCredits';
import { findUrlCredits } from './credits/urlCredits';
import type { AnalyzeOptions, Credit } from './types';

export { lookupOutlet } from './credits/gazetteer';

export function findCredits(text: string, options: AnalyzeOptions = {}): Credit[] {
  if (typeof text !== 'string' || text.length === 0) return [];
  const found: Credit[] = [];
  try {
    const gaz = gazetteerFor(options ?? {});
    // Whole-phrase credits first: a name inside a photo credit or a dateline is part of it.
    found.push(...findPhotoCredits(text, options ?? {}));
    found.push(...findUrlCredits(text, gaz));
    const mentions = findOutletMentions(text, gaz);
    const { credits: datelines, claimed } = findDatelines(text, mentions);
    found.push(...datelines);
    for (const m of mentions) {
      if (!m.accepted || claimed.has(m)) continue;
      found.push({ text: text.slice(m.start, m.end), start: m.start, end: m.end, source: m.source, sourceArabic: m.sourceArabic, kind: m.kind });
    }
  } catch {
    // A credit finder must not take the whole analysis down; keep what was found.
  }
  return withoutOverlaps(found);
}

/** Keeps the first-found of overlapping credits (photo, URL and dateline credits come first). */
function withoutOverlaps(credits: Credit[]): Credit[] {
  const kept: Credit[] = [];
  const order = credits.map((c, i) => ({ c, i }));
  const taken: Array<[number, number]> = [];
  for (const { c } of order) {
    if (taken.some(([s, e]) => c.start < e && s < c.end)) continue;
    taken.push([c.start, c.end]);
    kept.push(c);
  }
  return kept.sort((a, b) => a.start - b.start || a.end - b.end);
}
