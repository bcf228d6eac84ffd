/**
 * The speakers and outlets of many articles with their counts (the CLI's `--summary`). It keeps one
 * group per speaker name and one per outlet, never the articles, so an archive of any size sums in
 * the memory its distinct names take; parts summed apart (one per worker thread) add up with `add`.
 */
import { statementCounts, type FileDigest } from './digest';
import { compareCodeUnits as compare } from '../lists';
import { Tally, mergeTargets, speakerKey } from './speakerMerge';

interface SpeakerGroup {
  readonly key: string;
  readonly names: Tally;
  readonly roles: Tally;
  readonly aliasKeys: Set<string>;
  statements: number;
  articles: number;
}

interface OutletGroup {
  readonly source: string;
  credits: number;
  articles: number;
}

export interface SummaryRow {
  readonly name: string;
  readonly role?: string;
  readonly statements: number;
  readonly articles: number;
}

export interface OutletRow {
  readonly source: string;
  readonly credits: number;
  readonly articles: number;
}

/** A summary as plain data, to send between threads. */
export interface SummaryData {
  readonly articles: number;
  readonly speakers: readonly { key: string; names: [string, number][]; roles: [string, number][]; aliasKeys: string[]; statements: number; articles: number }[];
  readonly outlets: readonly OutletGroup[];
}

export class FolderSummary {
  private articleCount = 0;
  private readonly speakers = new Map<string, SpeakerGroup>();
  private readonly outlets = new Map<string, OutletGroup>();

  get articles(): number {
    return this.articleCount;
  }

  private group(key: string): SpeakerGroup {
    let g = this.speakers.get(key);
    if (!g) this.speakers.set(key, g = { key, names: new Tally(), roles: new Tally(), aliasKeys: new Set(), statements: 0, articles: 0 });
    return g;
  }

  private outlet(source: string): OutletGroup {
    let o = this.outlets.get(source);
    if (!o) this.outlets.set(source, o = { source, credits: 0, articles: 0 });
    return o;
  }

  /** One article. A speaker with no statement of its own (named, never quoted) is not counted. */
  addArticle(digest: FileDigest): void {
    this.articleCount++;
    const counts = statementCounts(digest);
    digest.speakers.forEach((speaker, i) => {
      if (counts[i] === 0) return;
      const g = this.group(speakerKey(speaker.name));
      // Weighed by statements: the spelling most statements were credited to is the one shown.
      g.names.add(speaker.name, counts[i]);
      g.roles.add(speaker.role, counts[i]);
      for (const alias of speaker.aliases) g.aliasKeys.add(speakerKey(alias));
      g.statements += counts[i]!;
      g.articles++;
    });
    for (const o of digest.outlets) {
      const group = this.outlet(o.source);
      group.credits += o.credits;
      group.articles++;
    }
  }

  toData(): SummaryData {
    return {
      articles: this.articleCount,
      speakers: [...this.speakers.values()].map(g => ({
        key: g.key, names: g.names.entries(), roles: g.roles.entries(), aliasKeys: [...g.aliasKeys], statements: g.statements, articles: g.articles,
      })),
      outlets: [...this.outlets.values()],
    };
  }

  /** Adds a summary made elsewhere (another worker's part). */
  add(data: SummaryData): void {
    this.articleCount += data.articles;
    for (const s of data.speakers) {
      const g = this.group(s.key);
      for (const [name, n] of s.names) g.names.add(name, n);
      for (const [role, n] of s.roles) g.roles.add(role, n);
      for (const alias of s.aliasKeys) g.aliasKeys.add(alias);
      g.statements += s.statements;
      g.articles += s.articles;
    }
    for (const o of data.outlets) {
      const group = this.outlet(o.source);
      group.credits += o.credits;
      group.articles += o.articles;
    }
  }

  /**
   * Speakers merged across articles (short forms into the one full name they belong to), most
   * statements first. An article naming a speaker both ways counts once for each, so `articles` can
   * run over for a merged speaker; the per-article analysis already joins the two in one article.
   */
  speakerRows(): SummaryRow[] {
    const targets = mergeTargets(this.speakers.values());
    const merged = new Map<string, { names: Tally; roles: Tally; statements: number; articles: number }>();
    for (const g of this.speakers.values()) {
      const key = targets.get(g.key) ?? g.key;
      let m = merged.get(key);
      if (!m) merged.set(key, m = { names: new Tally(), roles: new Tally(), statements: 0, articles: 0 });
      // A short form's spelling must not outvote the full name it joined.
      if (key === g.key) m.names.addAll(g.names);
      m.roles.addAll(g.roles);
      m.statements += g.statements;
      m.articles += g.articles;
    }
    const rows = [...merged.values()].map(m => {
      const role = m.roles.top();
      return { name: m.names.top() ?? '', ...(role !== undefined ? { role } : {}), statements: m.statements, articles: m.articles };
    });
    return rows.sort((a, b) => b.statements - a.statements || b.articles - a.articles || compare(a.name, b.name));
  }

  outletRows(): OutletRow[] {
    return [...this.outlets.values()].map(o => ({ ...o })).sort((a, b) => b.credits - a.credits || b.articles - a.articles || compare(a.source, b.source));
  }
}
