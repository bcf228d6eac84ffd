/**
 * The statements and speakers of a whole analysis, gathered story by story (stories.ts), with each
 * statement's speaker as an index into the speaker list.
 */
import type { Speaker, Statement, StatementKind } from '../types';
import type { SpeakerRecord } from './resolution';
import { span, type DraftStatement } from '../statements/statements';
import { CUE_FIELDS, IntRows, StringIds, readCue, writeCue } from '../rows';

/** A statement as numbers (see IntRows): field offsets within its row; its cue takes CUE_FIELDS from CUE. */
const WHO = 0, CUE = 1, MENTION_START = CUE + CUE_FIELDS, MENTION_END = MENTION_START + 1, KIND = MENTION_END + 1,
  CONTENT_START = KIND + 1, CONTENT_END = CONTENT_START + 1, LINE = CONTENT_END + 1, HEADLINE = LINE + 1, WIDTH = HEADLINE + 1;

/** A run of a speaker's mention pairs in the table's pair rows: where it starts, its pair count, the speaker's next run (-1: none). */
const RUN_AT = 0, RUN_PAIRS = 1, RUN_NEXT = 2, RUN_WIDTH = 3;

const KINDS: readonly StatementKind[] = ['direct', 'indirect', 'mixed'];

/**
 * The statements of every story and their speakers. Within a story the registry has decided who is
 * who; across stories, speakers of the same name and type are one (بوتين in two articles of a digest).
 * Statements, and the speakers' mentions, are held as rows of numbers until `finish` (see rows.ts):
 * one document of thousands of articles has tens of thousands of each, and their objects are built
 * in one go at the end. What the table keeps of a speaker between stories is a few strings and
 * numbers in arrays side by side, not objects of its own, so the collector has little to copy.
 */
export class SpeakerTable {
  private readonly rows = new IntRows(WIDTH);
  private readonly lemmas = new StringIds();
  /** By WHO (one per record with a statement): its speaker index, and the name and role its statements show. */
  private readonly whoSpeaker: number[] = [];
  private readonly whoName: string[] = [];
  private readonly whoRole: (string | undefined)[] = [];
  /**
   * By speaker index: what the table keeps of the first record of that speaker (not the record
   * itself, which holds its story's words), and its mention runs (RUN_* rows of `runs`).
   */
  private readonly names: string[] = [];
  private readonly roles: (string | undefined)[] = [];
  private readonly types: SpeakerRecord['type'][] = [];
  private readonly stories: number[] = [];
  private readonly topics: number[] = [];
  private readonly aliases: string[][] = [];
  private readonly firstRun: number[] = [];
  private readonly lastRun: number[] = [];
  private readonly runs = new IntRows(RUN_WIDTH);
  /** Every mention pair, start and end, run after run. */
  private readonly pairs = new IntRows(2);
  /** Entries by type and name, for speakers met again in a later story. */
  private readonly byName = new Map<string, Map<string, number>>();
  private story = 0;

  /** `text` is the analysed text: the statements' spans are read from it. */
  constructor(private readonly text: string) {}

  add(drafts: readonly DraftStatement[], mentions: ReadonlyMap<SpeakerRecord, Int32Array>): void {
    const story = this.story++;
    // Each record with a statement gets one WHO, found by its seq in the story's registry; its
    // statements share the speaker object `statements()` builds for that WHO.
    const index: number[] = [];
    for (const d of drafts) {
      const r = d.speaker;
      let w = index[r.seq];
      if (w === undefined) {
        w = this.whoSpeaker.length;
        this.whoSpeaker.push(this.entry(r, story, mentions.get(r)));
        this.whoName.push(r.name);
        this.whoRole.push(r.role);
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
    if (known !== undefined && (this.stories[known] !== story || this.topics[known] !== r.topic)) {
      const aliases = this.aliases[known];
      if (!aliases.includes(r.name)) aliases.push(r.name);
      for (const a of r.aliases) if (!aliases.includes(a)) aliases.push(a);
      if (mentions !== undefined) this.addRun(known, mentions);
      return known;
    }
    const si = this.names.length;
    this.names.push(r.name);
    this.roles.push(r.role);
    this.types.push(r.type);
    this.stories.push(story);
    this.topics.push(r.topic);
    this.aliases.push([r.name, ...r.aliases.filter(a => a !== r.name)]);
    this.firstRun.push(-1);
    this.lastRun.push(-1);
    if (mentions !== undefined) this.addRun(si, mentions);
    if (known === undefined) named.set(r.name, si);
    return si;
  }

  /** Appends `mentions` (start/end pairs) to speaker `si`'s runs. */
  private addRun(si: number, mentions: Int32Array): void {
    const run = this.runs.add();
    const first = this.pairs.length;
    for (let k = 0; k < mentions.length; k += 2) {
      const at = this.pairs.add();
      const data = this.pairs.data;
      data[at] = mentions[k];
      data[at + 1] = mentions[k + 1];
    }
    const runs = this.runs.data;
    runs[run + RUN_AT] = first;
    runs[run + RUN_PAIRS] = mentions.length / 2;
    runs[run + RUN_NEXT] = -1;
    const last = this.lastRun[si];
    if (last < 0) this.firstRun[si] = run; else runs[last + RUN_NEXT] = run;
    this.lastRun[si] = run;
  }

  finish(): { statements: Statement[]; speakers: Speaker[] } {
    // Each speaker's statements, in text order: the rows are.
    const lists = this.names.map((): number[] => []);
    const row = this.rows.data;
    for (let i = 0; i < this.rows.length; i++) lists[this.whoSpeaker[row[i * WIDTH + WHO]]].push(i);
    const speakers = this.names.map((name, si): Speaker => ({
      name, role: this.roles[si], aliases: this.aliases[si], statements: lists[si], mentions: this.mentionsOf(si), type: this.types[si],
    }));
    return { statements: this.statements(), speakers };
  }

  /**
   * A speaker's mentions from each story and topic it speaks in. Stories are in text order, so their
   * pairs are too; the topics of one story may interleave (a speaker named in two articles of a
   * digest is searched for near each), so then the pairs are sorted.
   */
  private mentionsOf(si: number): Int32Array {
    const runs = this.runs.data;
    const pairs = this.pairs.data;
    let n = 0;
    for (let run = this.firstRun[si]; run >= 0; run = runs[run + RUN_NEXT]) n += 2 * runs[run + RUN_PAIRS];
    const out = new Int32Array(n);
    n = 0;
    let sorted = true;
    for (let run = this.firstRun[si]; run >= 0; run = runs[run + RUN_NEXT]) {
      const from = 2 * runs[run + RUN_AT];
      const to = from + 2 * runs[run + RUN_PAIRS];
      if (n > 0 && to > from && pairs[from] < out[n - 2]) sorted = false;
      for (let k = from; k < to; k++) out[n++] = pairs[k];
    }
    // Only a run starting before the end of the one before makes them interleave: a single run is
    // taken as collectMentions gave it.
    return sorted ? out : sortedPairs(out);
  }

  private statements(): Statement[] {
    const { text } = this;
    const row = this.rows.data;
    // One speaker object per WHO, shared by its statements: a document of thousands of articles
    // would otherwise hold tens of thousands of copies.
    const who: Statement['speaker'][] = [];
    const out: Statement[] = [];
    for (let i = 0, at = 0; i < this.rows.length; i++, at += WIDTH) {
      const w = row[at + WHO];
      const si = this.whoSpeaker[w];
      const role = this.whoRole[w];
      const speaker = who[w] ??= role !== undefined ? { name: this.whoName[w], role } : { name: this.whoName[w] };
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
