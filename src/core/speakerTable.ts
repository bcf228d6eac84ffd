/**
 * The statements and speakers of a whole analysis, gathered story by story (stories.ts), with each
 * statement's speaker as an index into the speaker list.
 */
import type { Speaker, Statement } from './types';
import type { SpeakerRecord } from './resolution';
import type { DraftStatement } from './statements';

interface SpeakerEntry {
  readonly rec: SpeakerRecord;
  readonly story: number;
  readonly aliases: string[];
  readonly statements: number[];
  readonly mentions: Int32Array[];
}

/**
 * The statements of every story and their speakers. Within a story the registry has decided who is
 * who; across stories, speakers of the same name and type are one (بوتين in two articles of a digest).
 */
export class SpeakerTable {
  readonly statements: Statement[] = [];
  private readonly entries: SpeakerEntry[] = [];
  /** Entries by type and name, for speakers met again in a later story. */
  private readonly byName = new Map<string, Map<string, number>>();
  private story = 0;

  add(drafts: readonly DraftStatement[], mentions: ReadonlyMap<SpeakerRecord, Int32Array>): void {
    const story = this.story++;
    // A record's statements share one speaker object: it is the same for all of them, and one
    // document of thousands of articles would otherwise hold tens of thousands of copies.
    const index = new Map<SpeakerRecord, { si: number; speaker: Statement['speaker'] }>();
    for (const d of drafts) {
      let who = index.get(d.speaker);
      if (who === undefined) {
        const r = d.speaker;
        who = { si: this.entry(r, story, mentions.get(r)), speaker: r.role !== undefined ? { name: r.name, role: r.role } : { name: r.name } };
        index.set(r, who);
      }
      this.entries[who.si].statements.push(this.statements.length);
      let start = Math.min(d.cue.start, d.content.start);
      let end = Math.max(d.cue.end, d.content.end);
      if (d.mention !== null) { start = Math.min(start, d.mention.start); end = Math.max(end, d.mention.end); }
      this.statements.push({
        speakerIndex: who.si, speaker: who.speaker, cue: d.cue, mention: d.mention, kind: d.kind, content: d.content,
        range: { start, end }, line: d.line, headline: d.headline,
      });
    }
  }

  private entry(r: SpeakerRecord, story: number, mentions: Int32Array | undefined): number {
    let named = this.byName.get(r.type);
    if (named === undefined) this.byName.set(r.type, named = new Map());
    const known = named.get(r.name);
    if (known !== undefined && (this.entries[known].story !== story || this.entries[known].rec.topic !== r.topic)) {
      const e = this.entries[known];
      if (!e.aliases.includes(r.name)) e.aliases.push(r.name);
      for (const a of r.aliases) if (!e.aliases.includes(a)) e.aliases.push(a);
      if (mentions !== undefined) e.mentions.push(mentions);
      return known;
    }
    const si = this.entries.length;
    this.entries.push({
      rec: r, story, aliases: [r.name, ...r.aliases.filter(a => a !== r.name)], statements: [], mentions: mentions !== undefined ? [mentions] : [],
    });
    if (known === undefined) named.set(r.name, si);
    return si;
  }

  finish(): { statements: Statement[]; speakers: Speaker[] } {
    const speakers = this.entries.map(({ rec: r, aliases, statements, mentions }): Speaker => ({
      name: r.name, role: r.role, aliases, statements, mentions: concatenated(mentions), type: r.type,
    }));
    return { statements: this.statements, speakers };
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
