/**
 * Who a mention refers to. One record per source: a short form joins its full name
 * (بيسكوف -> دميتري بيسكوف), a role phrase joins the person the article names in that role
 * (الناطق الرسمي باسم وزارة الدفاع -> ايغور كوناشنكوف, المتحدث -> أحمد أبو زيد), and an implied
 * subject (وقال "..."، مضيفا، وأشارت) goes to the latest speaker whose gender agrees with the cue:
 * Arabic marks it on the verb (قالت، مضيفة) and organisations take the feminine (وزارة، الولايات).
 */
import { GenerationMap } from '../generationMap';
import type { TextSpan } from '../types';
import { nameKey, type MentionParts, type SpeakerType } from './speakers';
import { ORG_HEADS, TITLES, UNNAMED_HEADS } from '../lexicon/grammar';
import { normalizeArabic } from '../text/normalize';

export interface SpeakerRecord {
  name: string;
  role?: string;
  type: SpeakerType;
  readonly aliases: string[];
  readonly keys: (readonly string[])[];
  roleKey: readonly string[];
  /** Known only by a role so far (السفير الروسي لدى الاتحاد الأوروبي); a named holder may adopt it. */
  roleOnly: boolean;
  gender?: 'm' | 'f';
  plural?: boolean;
  /** The mentions bound to its statements (`collectMentions` puts them in text order). */
  readonly mentions: TextSpan[];
  /** The topic of its story it belongs to (SpeakerRegistry.newTopic): records of two topics are two sources. */
  readonly topic: number;
  /** Its index in its registry's `records`: what the per-record tables of a story are indexed by. */
  readonly seq: number;
}

/** Role synonyms, so الناطق الرسمي باسم الوزارة and المتحدث باسم الوزارة compare equal. */
const ROLE_SYNONYMS: ReadonlyMap<string, string> = new Map([['ناطق', 'متحدث'], ['ناطقه', 'متحدث'], ['متحدثه', 'متحدث'], ['رسمي', ''], ['رسميه', ''], ['مسيول', 'مسوول']]);

/** Whether every word of a phrase is a title or a definite word: a role with no name in it (الوزير الألماني). */
function allRoleWords(phrase: string): boolean {
  return phrase.split(/\s+/).filter(Boolean).every(word => {
    const n = normalizeArabic(word);
    return n.startsWith('ال') || n === 'باسم' || TITLES.has(n);
  });
}

/** A role word without ل / لل / و before it: للرئيس and الرئيس compare equal. */
function roleStem(w: string): string {
  if (w.length > 4 && w.startsWith('لل')) return w.slice(2);
  if (w.length > 3 && (w[0] === 'ل' || w[0] === 'و')) return w.slice(1);
  return w;
}

function roleKey(role: string): readonly string[] {
  return roleKeys.fetch(role, r => nameKey(r).map(w => ROLE_SYNONYMS.get(w) ?? w).filter(Boolean));
}

const roleKeys = new GenerationMap<readonly string[]>(4_096);

/** One-word keys too generic to cut a phrase at: وزارة، الحكومة، مصدر. */
const GENERIC = new Set([...ORG_HEADS, ...UNNAMED_HEADS, ...TITLES].map(w => (w.length > 4 && w.startsWith('ال') ? w.slice(2) : w)));

function sharedPrefix(a: readonly string[], b: readonly string[]): number {
  let n = 0;
  while (n < a.length && n < b.length && a[n] === b[n]) n++;
  return n;
}

function containsRun(long: readonly string[], short: readonly string[]): boolean {
  if (short.length === 0 || short.length > long.length) return false;
  for (let i = 0; i + short.length <= long.length; i++) {
    let ok = true;
    for (let j = 0; j < short.length && ok; j++) ok = long[i + j] === short[j];
    if (ok) return true;
  }
  return false;
}

const hasNonTitle = (key: readonly string[]): boolean => key.some(w => !TITLES.has(w) && w !== 'باسم');

const orgHeaded = (key: readonly string[]): boolean => key.length > 0 && ORG_HEADS.has(key[0]) || key.length > 0 && ORG_HEADS.has('ال' + key[0]);

/**
 * Same source when one name's words run inside the other's and the shorter is more than a title;
 * but an organisation named after a person is not that person (مكتب كاميرون / كاميرون).
 */
function sameName(a: readonly string[], b: readonly string[]): boolean {
  let long = a;
  let short = b;
  if (a.length < b.length) { long = b; short = a; }
  // The run test first: it fails at the first word for nearly every pair compared.
  if (!containsRun(long, short) || !hasNonTitle(short)) return false;
  return long.length === short.length || orgHeaded(long) === orgHeaded(short);
}

/** A word's bit in a name's mask, from its hash: one of 30, so masks stay small integers. */
function wordBit(w: string): number {
  let h = 0;
  for (let i = 0; i < w.length; i++) h = (h * 31 + w.charCodeAt(i)) | 0;
  return 1 << ((h >>> 0) % 30);
}

/**
 * Whether any of the record's names is the same source as `key`, whose word mask is `mask`: one name's
 * words all occur in the other's, so one mask must hold the other before the words are compared.
 */
function nameMatches(r: Rec, key: readonly string[], mask: number): boolean {
  if (r.runs !== undefined) return runsMatch(r.runs, key);
  const keys = r.keys;
  for (let i = 0; i < keys.length; i++) {
    const both = r.masks[i] & mask;
    if ((both === mask || both === r.masks[i]) && sameName(keys[i], key)) return true;
  }
  return false;
}

// What a run of words is to a record with many names (see `Rec.runs`): one of its names exactly,
// or a run inside a longer one; with whether that name is headed by an organisation word.
const EXACT_ORG = 1;
const EXACT_OTHER = 2;
const INSIDE_ORG = 4;
const INSIDE_OTHER = 8;

/** Adds the runs of name `k` to `runs`, each as its words joined by spaces. */
function addRuns(runs: Map<string, number>, k: readonly string[]): void {
  const org = orgHeaded(k);
  for (let i = 0; i < k.length; i++) {
    let s = '';
    for (let j = i; j < k.length; j++) {
      s = j === i ? k[i] : s + ' ' + k[j];
      const bit = j - i + 1 === k.length ? (org ? EXACT_ORG : EXACT_OTHER) : (org ? INSIDE_ORG : INSIDE_OTHER);
      runs.set(s, (runs.get(s) ?? 0) | bit);
    }
  }
}

/** `nameMatches` by the runs of the record's names: the same answer as comparing `key` with each name. */
function runsMatch(runs: ReadonlyMap<string, number>, key: readonly string[]): boolean {
  if (key.length === 0) return false;
  const org = orgHeaded(key);
  // A name as long as `key` or longer: it must hold `key` as a run.
  const whole = runs.get(key.join(' ')) ?? 0;
  if ((whole & (EXACT_ORG | EXACT_OTHER | (org ? INSIDE_ORG : INSIDE_OTHER))) !== 0 && hasNonTitle(key)) return true;
  // A shorter name: it must be a run of `key`.
  for (let i = 0; i < key.length; i++) {
    let s = '';
    for (let j = i; j < key.length && j - i + 1 < key.length; j++) {
      s = j === i ? key[i] : s + ' ' + key[j];
      const f = runs.get(s);
      if (f === undefined || (f & (EXACT_ORG | EXACT_OTHER)) === 0) continue;
      const short = key.slice(i, j + 1);
      if (hasNonTitle(short) && orgHeaded(short) === org) return true;
    }
  }
  return false;
}

/** The longest leading part of `key` that runs inside `words` (0 when its first word is absent). */
function prefixRun(words: readonly string[], key: readonly string[]): number {
  let best = 0;
  const first = key[0];
  for (let i = 0; i < words.length; i++) {
    if (words[i] !== first) continue;
    let m = 1;
    while (m < key.length && i + m < words.length && words[i + m] === key[m]) m++;
    if (m > best) best = m;
  }
  return best;
}

/** The longest leading part of `key` that runs inside the record's role or one of its names. */
function rolePrefixRun(r: Rec, key: readonly string[]): number {
  let best = prefixRun(r.roleKey, key);
  if (r.runs !== undefined) {
    let s = '';
    for (let n = 1; n <= key.length; n++) {
      s = n === 1 ? key[0] : s + ' ' + key[n - 1];
      if (!r.runs.has(s)) break;
      if (n > best) best = n;
    }
    return best;
  }
  for (const k of r.keys) {
    if (best === key.length) break;
    const m = prefixRun(k, key);
    if (m > best) best = m;
  }
  return best;
}

const MAX_RECENT = 48;
const MAX_LOOKBACK = 200;

const genderOk = (r: SpeakerRecord, g?: 'm' | 'f'): boolean => g === undefined || r.gender === undefined || r.gender === g;

/** A record with the registry's bookkeeping: its place in creation order and the marks of the latest search. */
interface Rec extends SpeakerRecord {
  /** The word mask of each of `keys`, in the same order. */
  readonly masks: number[];
  /**
   * Once the record has more than MANY_KEYS names (a head of state may gather thousands of forms),
   * every run of words in them, so a name is matched by a few look-ups instead of a walk over them all.
   */
  runs?: Map<string, number>;
}

const MANY_KEYS = 16;

/** The latest MAX_LOOKBACK records (by seq) indexed under a word, oldest first, from `items[start]`. */
interface WordList {
  items: number[];
  start: number;
}

export class SpeakerRegistry {
  readonly records: SpeakerRecord[] = [];
  /** Records in order of their latest statement, most recent last. */
  private readonly recent: Rec[] = [];
  /** The current topic (see newTopic) and the seq of its first record: earlier records are out of reach. */
  private topic = 0;
  private topicStart = 0;
  private readonly aliases: ReadonlyMap<string, string>;
  /** Records by each word of their names, newest last, so a name is compared only with names sharing a word. */
  private readonly byWord = new Map<string, WordList>();
  /** Records by their exact name keys and, for people, their surname: the known names a phrase may start with. */
  private readonly exact = new Map<string, SpeakerRecord>();
  // By seq, side by side so a scan over many records reads a few cache lines, not each record:
  /** The union of the masks of every name and role a record has had. */
  private readonly wordMasks: number[] = [];
  /** The union and the intersection of the masks of a record's names. */
  private readonly anyMasks: number[] = [];
  private readonly allMasks: number[] = [];
  /** The search that last found a record among its candidates, and the one that last tested it. */
  private readonly seen: number[] = [];
  private readonly tried: number[] = [];
  /** Numbers the searches of findByName, so the marks need no clearing. */
  private search = 0;

  constructor(aliases: Readonly<Record<string, string>> = {}) {
    this.aliases = new Map(Object.entries(aliases).map(([k, v]) => [normalizeArabic(k.trim()), v]));
  }

  /** The record for an explicit mention, created if the text has not named this source before. */
  resolve(
    parts: MentionParts, mention: TextSpan, gender?: 'm' | 'f', plural?: boolean, touch = true,
    holder?: () => MentionParts | undefined,
  ): SpeakerRecord {
    if (parts.roleOnly && parts.type === 'person' && holder !== undefined && this.byRole(roleKey(parts.role ?? parts.name), gender, 'organization') === undefined) {
      // The article names the holder of this role elsewhere: نائب الرئيس سامي العلي.
      const named = holder();
      if (named !== undefined) parts = named;
    }
    const alias = this.aliases.size === 0 ? undefined : this.aliases.get(normalizeArabic(parts.name));
    const name = alias ?? parts.name;
    const key = nameKey(name);
    let rec: Rec | undefined;
    if (parts.roleOnly) {
      // الوزير الألماني -> the person whose role is وزير الاقتصاد الألماني, when no role matches it word for word.
      rec = this.byRole(roleKey(parts.role ?? parts.name), gender, parts.type) ?? (parts.type === 'person' && allRoleWords(parts.role ?? parts.name) ? this.holderOfTitle(parts.role ?? parts.name) as Rec | undefined : undefined);
    } else {
      rec = this.findByName(key);
      if (rec === undefined && parts.role !== undefined && parts.type === 'person') rec = this.adoptRole(roleKey(parts.role), name);
    }
    if (rec === undefined) {
      const role = roleKey(parts.role ?? '');
      const mask = this.mask(key);
      rec = {
        name, role: parts.role, type: parts.type, aliases: [name], keys: [key], roleKey: role,
        roleOnly: parts.roleOnly, gender, plural, mentions: [], topic: this.topic, seq: this.records.length, masks: [mask], runs: undefined,
      };
      this.wordMasks.push(mask | this.mask(role));
      this.anyMasks.push(mask);
      this.allMasks.push(mask);
      this.seen.push(0);
      this.tried.push(0);
      this.records.push(rec);
      this.index(rec, key);
    } else if (!parts.roleOnly) {
      rec.roleOnly = false;
      if (!rec.aliases.includes(name)) {
        const mask = this.mask(key);
        rec.aliases.push(name); rec.keys.push(key); rec.masks.push(mask); this.index(rec, key);
        if (rec.runs !== undefined) addRuns(rec.runs, key);
        else if (rec.keys.length > MANY_KEYS) { rec.runs = new Map(); for (const k of rec.keys) addRuns(rec.runs, k); }
        this.wordMasks[rec.seq] |= mask;
        this.anyMasks[rec.seq] |= mask;
        this.allMasks[rec.seq] &= mask;
      }
      // The fullest form becomes canonical: بيسكوف -> دميتري بيسكوف, الوزارة -> وزارة الخارجية الفرنسية.
      if (alias === undefined && key.length > nameKey(rec.name).length && containsRun(key, nameKey(rec.name))) { rec.name = name; rec.type = parts.type; }
      if (rec.role === undefined && parts.role !== undefined) { rec.role = parts.role; rec.roleKey = roleKey(parts.role); this.wordMasks[rec.seq] |= this.mask(rec.roleKey); }
    }
    if (rec.gender === undefined) rec.gender = gender;
    rec.mentions.push(mention);
    if (touch) this.touch(rec);
    return rec;
  }

  /** The speaker of a pro-dropped subject: the latest one whose gender (and number) agrees. */
  implied(gender?: 'm' | 'f', plural?: boolean): SpeakerRecord | undefined {
    for (let i = this.recent.length - 1, seen = 0; i >= 0 && seen < 6; i--, seen++) {
      const r = this.recent[i];
      if (genderOk(r, gender) && (plural !== true || r.plural !== false)) { this.touch(r); return r; }
    }
    const last = this.recent[this.recent.length - 1];
    if (last !== undefined) this.touch(last);
    return last;
  }

  /**
   * The next article of a digest starts: the sources named so far are out of reach, as in a registry
   * of its own (no implied subject, name, role or title refers back to them). Their records stay in
   * `records`; a speaker of the same name in the new topic gets a record of its own (the speaker
   * table lists the two as one, as it does across stories).
   */
  newTopic(): void {
    this.topic++;
    this.topicStart = this.records.length;
    this.recent.length = 0;
    this.byWord.clear();
    this.exact.clear();
  }

  /** A source known so far only by a role that a newly named person holds (السفير الروسي ... -> فلاديمير تشيزوف). */
  private adoptRole(role: readonly string[], name: string): Rec | undefined {
    if (role.length < 2 || !hasNonTitle(role)) return undefined;
    const rec = this.find(r => r.roleOnly && r.type === 'person' && sharedPrefix(r.keys[0], role) >= 2);
    if (rec === undefined) return undefined;
    rec.roleOnly = false;
    this.index(rec, nameKey(name));
    rec.role = rec.name;
    rec.roleKey = rec.keys[0];
    rec.name = name;
    return rec;
  }

  /** How many leading words of `words` name a known source exactly (نفى الأسد مسؤوليته -> 1). */
  knownPrefix(words: readonly string[]): number {
    if (this.exact.size === 0 || words.length < 2) return 0;
    // The key of a phrase is its words' keys in a row, so each word is normalized once: the key of
    // the first n words is the first ends[n] of `flat`, joined[ends[n]] as one string.
    const flat: string[] = [];
    const ends = [0];
    for (let n = 1; n < words.length; n++) {
      for (const w of nameKey(words[n - 1])) flat.push(w);
      ends.push(flat.length);
    }
    const joined = [''];
    for (let i = 0; i < flat.length; i++) joined.push(i === 0 ? flat[0] : joined[i] + ' ' + flat[i]);
    // A key is more than titles once it reaches the first word that is not one.
    let firstOther = 0;
    while (firstOther < flat.length && (TITLES.has(flat[firstOther]) || flat[firstOther] === 'باسم')) firstOther++;
    for (let n = words.length - 1; n >= 1; n--) {
      const len = ends[n];
      if (len === 0 || firstOther >= len || len === 1 && GENERIC.has(flat[0])) continue;
      const rec = this.exact.get(joined[len]);
      if (rec !== undefined && !rec.roleOnly) return n;
    }
    return 0;
  }

  /**
   * The person whose role shares the title of `words` and most of its other words (a headline's
   * سيناتور أميركي: ... -> the body's السيناتور الجمهوري توم ريد; نائب الرئيس -> the
   * النائب الأول للرئيس الإيراني named there). Only records with a name and a role count.
   */
  holderOfTitle(words: string): SpeakerRecord | undefined {
    const key = roleKey(words);
    const title = key.find(w => TITLES.has(w));
    if (title === undefined) return undefined;
    let best: Rec | undefined;
    let bestScore = 0;
    this.find(r => {
      if (r.type !== 'person' || r.roleOnly || !r.roleKey.includes(title)) return false;
      const role = r.roleKey.map(roleStem);
      let score = 0;
      for (const w of key) if (role.includes(roleStem(w))) score++;
      // Of two roles that share as many words, the one with fewer others: نائب الرئيس is the
      // president's deputy more than a deputy minister.
      score -= (role.length - score) / 100;
      if (score > bestScore) { best = r; bestScore = score; }
      return false;
    });
    return best;
  }

  /** A known source whose name or role matches `words` (headline speakers: الكرملين: ...). */
  lookup(words: string): SpeakerRecord | undefined {
    const key = nameKey(words);
    if (key.length === 0) return undefined;
    return this.findByName(key) ?? this.find(r => hasNonTitle(key) && containsRun(r.roleKey, key));
  }

  private byRole(key: readonly string[], gender: 'm' | 'f' | undefined, type: SpeakerType): Rec | undefined {
    if (key.length === 0) return undefined;
    // Longest leading part first, so a phrase that ran into its object still finds its holder
    // (الرئيس السوري التأكيد -> الرئيس السوري): among the records `find` reaches, in its order,
    // the first whose role or name holds the longest leading part (of two words or more).
    // A record can beat the best so far only if its words hold the bits of one more leading word.
    const masks = [0];
    for (let n = 1; n <= key.length; n++) masks.push(masks[n - 1] | wordBit(key[n - 1]));
    let best: Rec | undefined;
    let need = Math.min(2, key.length);
    /** Whether `r` holds the whole key; else it may become the best so far. */
    const holdsAll = (r: Rec): boolean => {
      if ((this.wordMasks[r.seq] & masks[need]) !== masks[need]) return false;
      const m = rolePrefixRun(r, key);
      if (m === key.length) return true;
      if (m >= need) { best = r; need = m + 1; }
      return false;
    };
    const whole = this.find(holdsAll);
    if (whole !== undefined) return whole;
    if (best !== undefined) return best;
    // A bare title (المتحدث، الكاتب، الوزير) refers back to the latest person of that gender.
    // An unnamed source counts: وقال دبلوماسي غربي ... وأضاف المسؤول.
    if (key.length === 1 && (TITLES.has(key[0]) || UNNAMED_HEADS.has(key[0])) && type === 'person') {
      for (let i = this.recent.length - 1; i >= 0; i--) {
        const r = this.recent[i];
        if ((r.type === 'person' || r.type === 'unnamed' && !r.plural) && genderOk(r, gender)) return r;
      }
    }
    return undefined;
  }

  private index(rec: Rec, key: readonly string[]): void {
    for (let i = 0; i < key.length; i++) {
      const w = key[i];
      if (key.indexOf(w) < i) continue;
      let list = this.byWord.get(w);
      if (list === undefined) { list = { items: [], start: 0 }; this.byWord.set(w, list); }
      const items = list.items;
      if (items.length === list.start || items[items.length - 1] !== rec.seq) items.push(rec.seq);
      if (items.length - list.start > MAX_LOOKBACK) list.start++;
      // Drop the records that fell out of reach once they outnumber the ones kept.
      if (list.start >= MAX_LOOKBACK) { items.splice(0, list.start); list.start = 0; }
    }
    this.exact.set(key.join(' '), rec);
    if (rec.type === 'person' && key.length > 1) this.exact.set(key[key.length - 1], rec);
  }

  /**
   * The record named like `key` among those that share a word with it (within each word's lookback):
   * the most recently used, else the newest.
   */
  private findByName(key: readonly string[]): Rec | undefined {
    const search = ++this.search;
    const mask = this.mask(key);
    const seen = this.seen;
    const tried = this.tried;
    let any = false;
    for (const w of key) {
      const list = this.byWord.get(w);
      if (list === undefined) continue;
      any = true;
      const items = list.items;
      for (let i = list.start; i < items.length; i++) seen[items[i]] = search;
    }
    if (!any) return undefined;
    for (let i = this.recent.length - 1; i >= 0; i--) {
      const s = this.recent[i].seq;
      if (seen[s] !== search) continue;
      if (this.mayName(s, mask) && nameMatches(this.recent[i], key, mask)) return this.recent[i];
      tried[s] = search;
    }
    // The newest match: lists run oldest first, so walking them backwards finds it early and skips the older.
    let best: Rec | undefined;
    let bestAt = -1;
    for (const w of key) {
      const list = this.byWord.get(w);
      if (list === undefined) continue;
      const items = list.items;
      for (let i = items.length - 1; i >= list.start; i--) {
        const s = items[i];
        if (s <= bestAt || tried[s] === search) continue;
        tried[s] = search;
        if (this.mayName(s, mask) && nameMatches(this.records[s] as Rec, key, mask)) { best = this.records[s] as Rec; bestAt = s; }
      }
    }
    return best;
  }

  /**
   * Whether record `s` may have a name the same as one of mask `mask`: either that name's words all
   * occur in one of the record's names, or the words of one of the record's names all occur in it.
   */
  private mayName(s: number, mask: number): boolean {
    return (mask & this.anyMasks[s]) === mask || (mask & this.allMasks[s]) === this.allMasks[s];
  }

  /** The union of the bits of the words of `key`. */
  private mask(key: readonly string[]): number {
    let m = 0;
    for (const w of key) m |= wordBit(w);
    return m;
  }

  private find(pred: (r: Rec) => boolean): Rec | undefined {
    for (let i = this.recent.length - 1; i >= 0; i--) if (pred(this.recent[i])) return this.recent[i];
    // Bounded so a whole corpus fed as one text stays linear: older sources are out of reach.
    const records = this.records as Rec[];
    for (let i = records.length - 1, n = 0; i >= this.topicStart && n < MAX_LOOKBACK; i--, n++) if (pred(records[i])) return records[i];
    return undefined;
  }

  private touch(r: Rec): void {
    const i = this.recent.lastIndexOf(r);
    if (i >= 0) this.recent.splice(i, 1);
    this.recent.push(r);
    if (this.recent.length > MAX_RECENT) this.recent.shift();
  }
}
