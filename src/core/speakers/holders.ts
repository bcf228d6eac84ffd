/**
 * Who holds a role the text names without a name (وأوضح وزير المالية السعودي أنه ...، وقال رئيس
 * الحكومة: ...): the person the same story names in that role, before or after, as
 * "role name" (رئيس الحكومة الإسبانية، خوسيه مارتين) or "name role" (الدكتور سعد الحربي وزير
 * المالية السعودي). The search is bounded around the mention, so a long document stays linear.
 */
import type { MentionParts } from './speakers';
import { leadingName, trailingName } from './speakers';
import { isWordChar, tokenize } from '../text/tokens';
import { normalizeArabic } from '../text/normalize';
import { isComma } from '../text/lineContext';

/** How far before and after the mention the role is looked for, in characters. */
const LOOK_BEFORE = 6000;
const LOOK_AFTER = 3000;
/** Occurrences of the role tried on each side. */
const TRIES = 4;
/** How far from the role its name may stand, in characters, on the same line. */
const NAME_REACH = 80;

/**
 * The holder of the role written at `[start, end)`. `several` is false for a one-word role (الممثلة،
 * الوزير): it refers back to the latest person introduced with it (الممثلة الأمريكية كارين دوفال), and
 * is not looked for after the mention, where another holder of so common a title may be named.
 */
export function holderInText(text: string, start: number, end: number, several: boolean, topicStart = 0): MentionParts | undefined {
  const role = text.slice(start, end);
  if (role.length < (several ? 6 : 5)) return undefined;
  // A one-word role refers back within its own topic only (an article of a digest names its own).
  const floor = Math.max(several ? 0 : topicStart, start - LOOK_BEFORE);
  const before = text.slice(floor, start);
  for (let at = before.lastIndexOf(role), tries = 0; at >= 0 && tries < TRIES; at = at > 0 ? before.lastIndexOf(role, at - 1) : -1, tries++) {
    // The role as a whole word: الوزير is not the start of الوزيرة.
    if (isWordChar(text.charCodeAt(floor + at + role.length))) continue;
    const name = several ? nameAround(text, floor + at, floor + at + role.length) : nameAfter(text, floor + at + role.length);
    if (name !== undefined) return { name, role, type: 'person', roleOnly: false };
  }
  if (!several) return undefined;
  const ceiling = Math.min(text.length, end + LOOK_AFTER);
  const after = text.slice(end, ceiling);
  for (let at = after.indexOf(role), tries = 0; at >= 0 && tries < TRIES; at = after.indexOf(role, at + 1), tries++) {
    const name = nameAround(text, end + at, end + at + role.length);
    if (name !== undefined) return { name, role, type: 'person', roleOnly: false };
  }
  return undefined;
}

/** The name written right after the role at `[from, to)`, past its adjectives and a comma, or right before it. */
function nameAround(text: string, from: number, to: number): string | undefined {
  return nameAfter(text, to) ?? nameBefore(text, from);
}

/** Words of the line from `from`, up to NAME_REACH characters. */
/** Words of `[from, to)` up to the first punctuation other than a comma; commas are kept as words. */
function wordsFrom(text: string, from: number, to: number): string[] {
  const toks = tokenize(text, from, to);
  const words: string[] = [];
  for (let k = 0; k < toks.length && (toks.isWord(k) || isComma(toks.text(k))); k++) words.push(toks.text(k));
  return words;
}

function lineEnd(text: string, from: number, reach: number): number {
  const stop = Math.min(text.length, from + reach);
  let end = from;
  while (end < stop && text.charCodeAt(end) !== 10) end++;
  return end;
}

function lineStart(text: string, to: number, reach: number): number {
  const stop = Math.max(0, to - reach);
  let start = to;
  while (start > stop && text.charCodeAt(start - 1) !== 10) start--;
  return start;
}

/** رئيس الحكومة | الإسبانية، خوسيه مارتين: up to two adjectives of the role, a comma, then the name. */
function nameAfter(text: string, to: number): string | undefined {
  const words = wordsFrom(text, to, lineEnd(text, to, NAME_REACH));
  let k = 0;
  while (k < words.length && k < 2 && isRoleAdjective(words[k])) k++;
  if (k < words.length && isComma(words[k])) k++;
  for (const skip of k === 0 ? [0] : [0, k]) {
    const name = leadingName(words.slice(skip));
    if (name !== undefined) return name;
  }
  return undefined;
}

/** الدكتور سعد الحربي | وزير المالية: the name right before the role, with or without a comma. */
function nameBefore(text: string, from: number): string | undefined {
  const start = lineStart(text, from, NAME_REACH);
  const toks = tokenize(text, start, from);
  const words: string[] = [];
  let k = toks.length - 1;
  if (k >= 0 && isComma(toks.text(k))) k--;
  for (; k >= 0 && toks.isWord(k); k--) words.unshift(toks.text(k));
  return trailingName(words);
}

/** A definite adjective after a role: الإسبانية، السعودي، الأمريكية. */
function isRoleAdjective(word: string): boolean {
  const n = normalizeArabic(word);
  return n.startsWith('ال') && /(ي|يه)$/.test(n);
}
