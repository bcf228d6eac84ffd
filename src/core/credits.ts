/**
 * Source credits: who the article, a piece of information or a photo comes from. Agencies and
 * outlets from the gazetteer (lexicon/outlets.ts) when the context makes them a source, unnamed
 * sources after an attribution word (وفقا لوكالات روسية), photo credits, URL credits, and datelines.
 * Deterministic, linear in the text, and it never throws: on an internal error it returns what it has.
 */
import { findAgenciesDatelines, findDatelines } from './credits/datelines';
import { gazetteerFor } from './credits/gazetteer';
import { findOutletMentions } from './credits/outletMentions';
import { findPhotoCredits } from './credits/photoCredits';
import { findUrlCredits } from './credits/urlCredits';
import { append } from './lists';
import type { AnalyzeOptions, Credit } from './types';

export { lookupOutlet } from './credits/gazetteer';

export function findCredits(text: string, options: AnalyzeOptions = {}): Credit[] {
  if (typeof text !== 'string' || text.length === 0) return [];
  const found: Credit[] = [];
  const mentionCredits: Credit[] = [];
  try {
    const gaz = gazetteerFor(options ?? {});
    // Whole-phrase credits first: a name inside a photo credit or a dateline is part of it.
    append(found, findPhotoCredits(text, options ?? {}));
    append(found, findUrlCredits(text, gaz));
    const mentions = findOutletMentions(text, gaz);
    const { credits: datelines, claimed } = findDatelines(text, mentions);
    append(found, datelines);
    append(found, findAgenciesDatelines(text));
    for (const m of mentions) {
      if (!m.accepted || claimed.has(m)) continue;
      mentionCredits.push({ text: text.slice(m.start, m.end), start: m.start, end: m.end, source: m.source, sourceArabic: m.sourceArabic, kind: m.kind });
    }
  } catch {
    // A credit finder must not take the whole analysis down; keep what was found.
  }
  return withoutOverlaps(found, mentionCredits);
}

/**
 * Whole-phrase credits (photo, URL, dateline) win over the outlet mentions inside them; both lists
 * are swept in text order, so this is linear.
 */
function withoutOverlaps(phrases: Credit[], mentions: Credit[]): Credit[] {
  const byStart = (a: Credit, b: Credit): number => a.start - b.start || a.end - b.end;
  const kept: Credit[] = [];
  let lastEnd = -1;
  for (const c of [...phrases].sort(byStart)) {
    if (c.start < lastEnd) continue;
    kept.push(c);
    lastEnd = c.end;
  }
  const out: Credit[] = [];
  let j = 0;
  for (const m of [...mentions].sort(byStart)) {
    while (j < kept.length && kept[j].end <= m.start) j++;
    if (j < kept.length && kept[j].start < m.end) continue;
    out.push(m);
  }
  return [...kept, ...out].sort(byStart);
}
