/**
 * Photo credits, taken whole: `© Sputnik. Vladimir Astapkovich`, `تصوير: فرانسوا لينواه- رويترز`,
 * `عدسة: ...`، `الصورة: ...`، `(Photo: AFP/Getty Images)`. The agency is the part the gazetteer knows;
 * the photographer is the other part (a name of two to four words). Captions are often doubled, and
 * each copy is its own credit.
 */
import type { AnalyzeOptions, Credit } from '../types';
import { lookupOutlet } from './gazetteer';

/** © up to the end of the line (the credit is the whole tail: agency, dot, photographer). */
const COPYRIGHT = /©[ \t]*([^\n\r]{1,80})/g;
/**
 * تصوير: / عدسة: / الصورة: / صورة: / المصور: / Photo: then the credit up to a full stop, bracket or
 * line end. The label comes first in the pattern so the engine skips quickly to candidates; the
 * word boundary before it is checked by hand.
 */
const PHOTO_LABEL = /(تصوير|عدسة|صورة|المصور|Photo|Photograph|Credit)[ \t]*:[ \t]*([^\n\r.()«»"“”؛:]{2,70})/g;
/** A quoted outlet right after the photographer: تصوير: محمد سالم ـ «الاقتصادية». */
const QUOTED_TAIL = /^[ \t]*[«"“]([^«»"“”\n]{2,30})[»"”]/;
const LETTER = /[\p{L}\p{N}]/u;
const PARTS = /\s*(?:[-–—/|«»"“”]|\.\s|\s[ـ]\s|،)\s*/;

/** PHOTO_LABEL tried at one position; shared (its lastIndex is set before every use), not built per text. */
const LABEL_AT = new RegExp(PHOTO_LABEL.source, 'y');
const LABELS = ['تصوير', 'عدسة', 'صورة', 'المصور', 'Photo', 'Photograph', 'Credit'];
/** The last letters of the labels (ر ة o h t): most colons follow another letter and are passed at once. */
const LABEL_ENDS = new Set(LABELS.map(l => l.charCodeAt(l.length - 1)));

/** Where a label ends before the colon at `colon` (blanks between), or -1. No label ends another. */
function labelBefore(text: string, colon: number): number {
  let e = colon;
  while (e > 0 && (text.charCodeAt(e - 1) === 32 || text.charCodeAt(e - 1) === 9)) e--;
  if (!LABEL_ENDS.has(text.charCodeAt(e - 1))) return -1;
  for (const label of LABELS) if (text.startsWith(label, e - label.length)) return e - label.length;
  return -1;
}

export function findPhotoCredits(text: string, options: AnalyzeOptions): Credit[] {
  const out: Credit[] = [];
  if (text.includes('©')) {
    const re = new RegExp(COPYRIGHT.source, 'gu');
    let m: RegExpExecArray | null;
    while ((m = re.exec(text)) !== null) {
      const body = m[1].replace(/[\s.]+$/, '');
      if (!body) continue;
      const credit = photoCredit(m.index, '©' + m[0].slice(1, m[0].length - m[1].length) + body, body, options);
      if (credit) out.push(credit);
    }
  }
  const re = LABEL_AT;
  let m: RegExpExecArray | null;
  // Every label match holds a colon right after the label and its blanks: the colons are found by
  // indexOf and the label read back from each, then the pattern is tried there only (as sticky).
  // Matches come out in the same order and without overlaps, as the global search gave them.
  let lastEnd = 0;
  for (let colon = text.indexOf(':'); colon >= 0; colon = text.indexOf(':', colon + 1)) {
    const at = labelBefore(text, colon);
    if (at < lastEnd) continue;
    re.lastIndex = at;
    m = re.exec(text);
    if (m === null) continue;
    lastEnd = at + m[0].length;
    // The label may carry و / ف / ال before it (وتصوير، الصورة), never another letter.
    let start = m.index;
    if (start >= 2 && text.slice(start - 2, start) === 'ال') start -= 2;
    if (start >= 1 && (text[start - 1] === 'و' || text[start - 1] === 'ف')) start -= 1;
    if (start >= 1 && LETTER.test(text[start - 1])) continue;
    let body = m[2].replace(/[\s,،:\-–—ـ]+$/, '');
    // A label followed by a sentence is a caption, not a credit: at most six words.
    if (!body || body.split(/\s+/).length > 6) continue;
    const label = m[0].slice(0, m[0].length - m[2].length);
    const tail = QUOTED_TAIL.exec(text.slice(m.index + m[0].length, m.index + m[0].length + 40));
    if (tail && lookupOutlet(tail[1], options)) body = text.slice(m.index + label.length, m.index + m[0].length + tail[0].length);
    const credit = photoCredit(m.index, label + body, body, options);
    if (credit) out.push(credit);
  }
  return out;
}

function photoCredit(start: number, whole: string, body: string, options: AnalyzeOptions): Credit | undefined {
  const parts = body.split(PARTS).map(p => p.trim()).filter(Boolean);
  let source: string | undefined;
  let sourceArabic: string | undefined;
  const others: string[] = [];
  for (const part of parts) {
    const hit = source === undefined ? lookupOutlet(part, options) : undefined;
    if (hit) { source = hit.source; sourceArabic = hit.sourceArabic; } else others.push(part);
  }
  const person = others.find(p => p.split(/\s+/).length >= 2 && p.split(/\s+/).length <= 4);
  if (source === undefined) {
    // تصوير: فلان الفلاني — a photographer with no agency still credits the photo.
    if (!person) return undefined;
    source = person;
  }
  return { text: whole, start, end: start + whole.length, source, sourceArabic, kind: 'photo', person };
}
