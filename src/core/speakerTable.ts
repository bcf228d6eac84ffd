/**
 * The statements and speakers of a whole analysis, gathered story by story (stories.ts), with each
 * statement's speaker as an index into the speaker list.
 */
import type { Speaker, Statement, StatementKind } from './types';
import type { SpeakerRecord } from './resolution';
import { span, type DraftStatement } from './statements';
import { CUE_FIELDS, IntRows, StringIds, readCue, writeCue } from './rows';

/** A speaker of the table: what it keeps of the first record of that speaker (not the record itself, which holds its story's words). */
interface SpeakerEntry {
  readonly name: string;
  readonly role: string | undefined;
  readonly type: SpeakerRecord['type'];
  readonly story: number;
  readonly topic: number;
  readonly aliases: string[];
  readonly mentions: Int32Array[];
}

/** A statement as numbers (see IntRows): field offsets within its row; its cue takes CUE_FIELDS from CUE. */
const WHO = 0, CUE = 1, MENTION_START = CUE + CUE_FIELDS, MENTION_END = MENTION_START + 1, KIND = MENTION_END + 1,
  CONTENT_START = KIND + 1, CONTENT_END = CONTENT_START + 1, LINE = CONTENT_END + 1, HEADLINE = LINE + 1, WIDTH = HEADLINE + 1;

const KINDS: readonly StatementKind[] = ['direct', 'indirect', 'mixed'];

/**
 * The statements of every story and their speakers. Within a story the registry has decided who is
 * who; across stories, speakers of the same name and type are one (بوتين in two articles of a digest).
 * Statements are held as rows of numbers until `finish` (see rows.ts): one document of thousands of
 * articles has tens of thousands, and their objects are built in one go at the end.
 */
export class SpeakerTable {
  private readonly rows = new IntRows(WIDTH);
  private readonly lemmas = new StringIds();
  /** Each record's speaker index and the speaker object its statements share, by WHO. */
  private readonly who: { readonly si: number; readonly speaker: Statement['speaker'] }[] = [];
  private readonly entries: SpeakerEntry[] = [];
  /** Entries by type and name, for speakers met again in a later story. */
  private readonly byName = new Map<string, Map<string, number>>();
  private story = 0;

  /** `text` is the analysed text: the statements' spans are read from it. */
  constructor(private readonly text: string) {}

  add(drafts: readonly DraftStatement[], mentions: ReadonlyMap<SpeakerRecord, Int32Array>): void {
    const story = this.story++;
    // A record's statements share one speaker object: it is the same for all of them, and one
    // document of thousands of articles would otherwise hold tens of thousands of copies.
    // By record (its seq in the story's registry): the record's WHO once its first statement is added.
    const index: number[] = [];
    for (const d of drafts) {
      const r = d.speaker;
      let w = index[r.seq];
      if (w === undefined) {
        w = this.who.length;
        this.who.push({ si: this.entry(r, story, mentions.get(r)), speaker: r.role !== undefined ? { name: r.name, role: r.role } : { name: r.name } });
        index[r.seq] = w;
      }
      const at = this.rows.add();
      const row = this.rows.data;
      row[at + WHO] = w;
      writeCue(row, at + CUE, d.cue, this.lemmas);
      row[at + MENTION_START] = d.mention === null ? -1 : d.mention.start;
      row[at + MENTION_END] = d.mention === null ? -1 : d.mention.end;
      row[at + KIND] = KINDS.indexOf(d.kind);
      row[at + CONTENT_START] = d.content.start;
      row[at + CONTENT_END] = d.content.end;
      row[at + LINE] = d.line;
      row[at + HEADLINE] = d.headline ? 1 : 0;
    }
  }

  private entry(r: SpeakerRecord, story: number, mentions: Int32Array | undefined): number {
    let named = this.byName.get(r.type);
    if (named === undefined) this.byName.set(r.type, named = new Map());
    const known = named.get(r.name);
    if (known !== undefined && (this.entries[known].story !== story || this.entries[known].topic !== r.topic)) {
      const e = this.entries[known];
      if (!e.aliases.includes(r.name)) e.aliases.push(r.name);
      for (const a of r.aliases) if (!e.aliases.includes(a)) e.aliases.push(a);
      if (mentions !== undefined) e.mentions.push(mentions);
      return known;
    }
    const si = this.entries.length;
    this.entries.push({
      name: r.name, role: r.role, type: r.type, story, topic: r.topic, aliases: [r.name, ...r.aliases.filter(a => a !== r.name)], mentions: mentions !== undefined ? [mentions] : [],
    });
    if (known === undefined) named.set(r.name, si);
    return si;
  }

  finish(): { statements: Statement[]; speakers: Speaker[] } {
    // Each speaker's statements, in text order: the rows are.
    const lists = this.entries.map((): number[] => []);
    const row = this.rows.data;
    for (let i = 0; i < this.rows.length; i++) lists[this.who[row[i * WIDTH + WHO]].si].push(i);
    const speakers = this.entries.map(({ name, role, type, aliases, mentions }, si): Speaker => ({
      name, role, aliases, statements: lists[si], mentions: concatenated(mentions), type,
    }));
    return { statements: this.statements(), speakers };
  }

  private statements(): Statement[] {
    const { text, who } = this;
    const row = this.rows.data;
    const out: Statement[] = [];
    for (let i = 0, at = 0; i < this.rows.length; i++, at += WIDTH) {
      const { si, speaker } = who[row[at + WHO]];
      const cue = readCue(text, row, at + CUE, this.lemmas);
      const ms = row[at + MENTION_START], me = row[at + MENTION_END], ts = row[at + CONTENT_START], te = row[at + CONTENT_END];
      let start = Math.min(cue.start, ts);
      let end = Math.max(cue.end, te);
      if (ms >= 0) { start = Math.min(start, ms); end = Math.max(end, me); }
      out.push({
        speakerIndex: si, speaker, cue, mention: ms < 0 ? null : span(text, ms, me), kind: KINDS[row[at + KIND]],
        content: span(text, ts, te), range: { start, end }, line: row[at + LINE], headline: row[at + HEADLINE] === 1,
      });
    }
    return out;
  }
}

/**
 * A speaker's mentions from each story and topic it speaks in. Stories are in text order, so their
 * pairs are too; the topics of one story may interleave (a speaker named in two articles of a
 * digest is searched for near each), so then the pairs are sorted.
 */
function concatenated(parts: readonly Int32Array[]): Int32Array {
  if (parts.length === 1) return parts[0];
  let n = 0;
  for (const p of parts) n += p.length;
  const out = new Int32Array(n);
  n = 0;
  let sorted = true;
  for (const p of parts) {
    if (n > 0 && p.length > 0 && p[0] < out[n - 2]) sorted = false;
    out.set(p, n);
    n += p.length;
  }
  return sorted ? out : sortedPairs(out);
}

/** The start/end pairs of `pairs` by start (then end), each pair once. */
function sortedPairs(pairs: Int32Array): Int32Array {
  const order = Array.from({ length: pairs.length / 2 }, (_, i) => i).sort((a, b) => pairs[2 * a] - pairs[2 * b] || pairs[2 * a + 1] - pairs[2 * b + 1]);
  const out = new Int32Array(pairs.length);
  let n = 0;
  for (const i of order) {
    if (n > 0 && out[n - 2] === pairs[2 * i] && out[n - 1] === pairs[2 * i + 1]) continue;
    out[n++] = pairs[2 * i];
    out[n++] = pairs[2 * i + 1];
  }
  return n === out.length ? out : out.slice(0, n);
}
