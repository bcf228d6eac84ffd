/**
 * Datelines and bylines that name an outlet, over their whole extent: `موسكو - د ب أ`,
 * `أبوظبي - سكاي نيوز عربية`, `واشنطن - «الشرق الأوسط»:`, `سبق- الرياض:`, `باريس، فرنسا (CNN)--`,
 * `واشنطن 20 يوليو (رويترز) -`. They open a line, so only a mention in the first words of a line
 * is tried. A line made of outlet names only (`فرانس 24`, `فرانس24/ أ ف ب`) credits each name, and
 * a title that ends with ` - BBC Arabic` credits the site.
 */
import type { Credit } from '../types';
import { HEAD_LIMIT, type OutletMention } from './outletMentions';

/** A title is rarely longer than this; past it the line is a paragraph, not a title. */
const LINE_LIMIT = 250;
/** A place (and date) before the outlet: a few words, commas and digits, no sentence punctuation. */
const PLACE = /^[^\s:.()«»"“”\-–—ـ][^:.()«»"“”\-–—ـ]*$/;
/** What separates the place from the outlet: a dash (a tatweel only between spaces), maybe an opening mark. */
const DASH_BEFORE = /(?:[-–—]{1,2}|\sـ+)[ \t]*["«“(]?$/;
/** After an outlet that opens the line: a dash and a place, then a colon, a dash or the line end. */
const PLACE_AFTER = /^["»”)]?[ \t]*[-–—ـ]{1,2}[ \t]*([^\s:.()«»"“”\-–—ـ][^:.()«»"“”\-–—ـ]{0,40}?)[ \t]*(?::|$|[-–—ـ])/;
/** Words, numbers and slashes only (a place and a date), up to fourteen words, before an outlet closing the line. */
const DATED_PLACE = /^[ \t*•]*[^\s.،,:؛؟!?"«»()\-–—]+(?:[ \t/]+[^\s.،,:؛؟!?"«»()\-–—]+){1,13}[ \t]+["«“]?$/;
const AFTER_PAREN = /^\)[ \t]*(?:[-–—ـ]|$)/;

function isPlace(s: string, maxWords: number): boolean {
  const t = s.replace(/^[ \t*•]+/, '').trim();
  return t !== '' && PLACE.test(t) && t.split(/\s+/).length <= maxWords;
}

export function findDatelines(text: string, mentions: readonly OutletMention[]): { credits: Credit[]; claimed: Set<OutletMention> } {
  const credits: Credit[] = [];
  const claimed = new Set<OutletMention>();
  let i = 0;
  while (i < mentions.length) {
    const m = mentions[i];
    const lineStart = lineStartOf(text, m.nameStart);
    if (lineStart < 0) { i++; continue; }
    const head = m.nameStart - lineStart <= HEAD_LIMIT;
    // Past the head of its line a mention can only be a title suffix, which closes the line: most
    // mentions are followed by a letter or a mark, and are done with before the line is read.
    if (!head && followedByText(text.charCodeAt(m.nameEnd))) { i++; continue; }
    const lineEnd = lineEndOf(text, m.nameEnd);
    // Every mention on this line, for the outlet-only byline (a short line: this stays linear).
    let j = i + 1;
    if (head && lineEnd - lineStart <= 80) while (j < mentions.length && mentions[j].nameStart < lineEnd) j++;
    const onLine = mentions.slice(i, j);
    const line = text.slice(lineStart, lineEnd);
    if (head && onlyOutlets(text, lineStart, lineEnd, onLine)) {
      for (const o of onLine) {
        credits.push(credit(text, o.start, o.end, o, onLine.length > 1 ? 'dateline' : o.kind));
        claimed.add(o);
      }
      i = j;
      continue;
    }
    const d = head ? dateline(text, lineStart, lineEnd, m, mentions[i + 1]) : undefined;
    if (d) {
      credits.push(d.person ? { ...credit(text, d.start, d.end, m, 'dateline'), person: d.person } : credit(text, d.start, d.end, m, 'dateline'));
      claimed.add(m);
    } else if (titleSuffix(line, m.nameEnd - lineStart)) {
      credits.push(credit(text, m.nameStart, m.nameEnd, m, m.kind));
      claimed.add(m);
    }
    i++;
  }
  return { credits, claimed };
}

/** A character that `trim` keeps: an Arabic letter or printable ASCII (NaN past the end is not). */
function followedByText(c: number): boolean {
  return (c > 32 && c < 127) || (c >= 0x0600 && c <= 0x06ff);
}

function credit(text: string, start: number, end: number, m: OutletMention, kind: Credit['kind']): Credit {
  return { text: text.slice(start, end), start, end, source: m.source, sourceArabic: m.sourceArabic, kind };
}

const AGENCIES_WORD = 'وكالات';
/** Place (or desk) - وكالات at a line start: دبي - وكالات، الرياضي ـ وكالات. */
const AGENCIES_DATELINE = /^[ \t*•]*[^\s:.()«»"“”\-–—ـ]+(?:[ \t]+[^\s:.()«»"“”\-–—ـ]+){0,2}[ \t]*[-–—ـ]{1,2}[ \t]*$/;

/**
 * Datelines that credit unnamed agencies, `دبي - وكالات`: a word the gazetteer does not hold, so
 * they are found from its occurrences, each checked against the start of its line.
 */
export function findAgenciesDatelines(text: string): Credit[] {
  const out: Credit[] = [];
  for (let at = text.indexOf(AGENCIES_WORD); at >= 0; at = text.indexOf(AGENCIES_WORD, at + AGENCIES_WORD.length)) {
    const lineStart = lineStartOf(text, at);
    if (lineStart < 0 || at - lineStart > 40) continue;
    const end = at + AGENCIES_WORD.length;
    const next = text[end] ?? '\n';
    if (!/[\s:\-–—ـ]/.test(next)) continue;
    const before = text.slice(lineStart, at);
    if (!AGENCIES_DATELINE.test(before)) continue;
    const lead = before.length - before.replace(/^[ \t*•]+/, '').length;
    out.push({ text: text.slice(lineStart + lead, end), start: lineStart + lead, end, source: 'news agencies', sourceArabic: AGENCIES_WORD, kind: 'dateline' });
  }
  return out;
}

/** Start of the line holding `pos`, or -1 when `pos` is too far into its line for a title or dateline. */
function lineStartOf(text: string, pos: number): number {
  for (let p = pos - 1; p >= 0 && pos - p <= LINE_LIMIT; p--) if (text.charCodeAt(p) === 10) return p + 1;
  return pos <= LINE_LIMIT ? 0 : -1;
}

/** End of the line holding `pos`, looked for at most LINE_LIMIT characters ahead (a longer line is no title or dateline). */
function lineEndOf(text: string, pos: number): number {
  const limit = Math.min(text.length, pos + LINE_LIMIT);
  let end = limit;
  for (let p = pos; p < limit; p++) {
    if (text.charCodeAt(p) === 10) { end = p; break; }
  }
  if (end === limit && limit < text.length) return limit + 1; // past the limit: the line goes on
  return end > pos && text.charCodeAt(end - 1) === 13 ? end - 1 : end;
}

function dateline(text: string, lineStart: number, lineEnd: number, m: OutletMention, next?: OutletMention): { start: number; end: number; person?: string } | undefined {
  const before = text.slice(lineStart, m.nameStart);
  // A line that goes on past what is read gets a line break at the cut, so `$` cannot match there.
  const after = text.slice(m.nameEnd, Math.min(lineEnd, m.nameEnd + 60)) + (lineEnd > m.nameEnd + 60 ? '\n' : '');
  const lead = before.length - before.replace(/^[ \t*•]+/, '').length;
  if (/^[ \t*•]*$/.test(before)) {
    // The outlet opens the line: سبق- الرياض:، د ب أ- الرياض:، عين اليوم – أسطنبول/ديار بكر
    const a = PLACE_AFTER.exec(after);
    if (!a) return undefined;
    const placeEnd = m.nameEnd + a[0].length - (a[0].endsWith(':') || /[-–—ـ]$/.test(a[0]) ? 1 : 0);
    let end = placeEnd;
    while (end > m.nameEnd && /[\s\-–—ـ]/.test(text[end - 1])) end--;
    if (end === m.nameEnd) return undefined;
    // الرياض - واس: a name that is also a city before an outlet is the place; the outlet is the next.
    if (m.barePlace && next !== undefined && next.nameStart < end) return undefined;
    return { start: lineStart + lead, end };
  }
  // A name that is also a city (الرياض) after a place is the dateline's second place, not its outlet.
  if (m.barePlace) return undefined;
  const closeQuote = /^["»”]/.test(after) ? 1 : 0;
  const rest = after.slice(closeQuote);
  const closesLine = rest.trim() === '' && lineEnd - m.nameEnd < 60;
  // A place and a date, then the agency, alone on the line: عمّان 3 رجب 1440 هـ الموافق 10 مارس 2019 م بترا
  if (closesLine && DATED_PLACE.test(before) && /[0-9٠-٩]/.test(before)) {
    return { start: lineStart + lead, end: m.nameEnd + closeQuote };
  }
  const dash = DASH_BEFORE.exec(before);
  // A place is a word or three (أبوظبي، باريس، فرنسا، رام الله); a longer run before an outlet that
  // closes the line is a title with the site's name after it (... - BBC Arabic).
  if (dash && isPlace(before.slice(0, dash.index), closesLine ? 2 : 4) && /^[ \t]*(?::|$|[-–—ـ]|،)/.test(rest)) {
    // Reporter - outlet - place or desk (فلان الفلاني - سبق - الرياض:): the first part is a person.
    const first = before.slice(0, dash.index).replace(/^[ \t*•]+/, '').trim();
    const words = first.split(/\s+/).length;
    const person = /^[ \t]*[-–—ـ]/.test(rest) && words >= 2 && words <= 3 ? first : undefined;
    return { start: lineStart + lead, end: m.nameEnd + closeQuote, person };
  }
  if (before.endsWith('(') && isPlace(before.slice(0, -1), 7) && AFTER_PAREN.test(after)) {
    return { start: lineStart + lead, end: m.nameEnd + 1 };
  }
  return undefined;
}

/** True when the line holds nothing but these outlet names and separators (فرانس24/ أ ف ب). */
function onlyOutlets(text: string, lineStart: number, lineEnd: number, onLine: readonly OutletMention[]): boolean {
  // A city that is also a paper (عين اليوم – الرياض) makes the line a dateline, not a list of outlets.
  if (onLine.length === 0 || lineEnd - lineStart > 80 || onLine.some(o => o.barePlace)) return false;
  let p = lineStart;
  for (const o of onLine) {
    if (!/^[\s/\-–—ـ|،,*•]*$/.test(text.slice(p, o.start))) return false;
    p = o.end;
  }
  return /^[\s/\-–—ـ|،,.]*$/.test(text.slice(p, lineEnd));
}

/** `title - BBC Arabic`: the outlet closes the line after a spaced dash or bar. */
function titleSuffix(line: string, nameEndInLine: number): boolean {
  if (line.slice(nameEndInLine).trim() !== '') return false;
  return /\s[-–—|]\s*["«]?[^\s-–—|]*(?:\s[^\s-–—|]+){0,3}$/.test(line) && line.split(/\s+/).length > 4;
}
