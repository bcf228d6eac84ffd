/**
 * The benchmark corpus: the 47 MB file of real articles from ../shared (read only, never copied
 * into the project), split into articles by the byte offsets of its index. When ../shared is absent
 * (a fresh clone elsewhere) a corpus is generated from the seed article, and the report says so.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

export interface Corpus {
  readonly description: string;
  readonly generated: boolean;
  readonly articles: readonly string[];
  /** The whole file as one document. */
  readonly whole: string;
  /** Size of `whole` in UTF-8 bytes: the unit of every MB figure. */
  readonly bytes: number;
}

const BIG = join(process.cwd(), '..', 'shared', 'corpus', 'big', 'saudinewsnet-14194.txt');
const SEED = join(process.cwd(), 'seeds', '000_3cea5a5c1e717d72.txt');

/** The index gives UTF-8 byte offsets; slicing the Buffer (not the decoded string) keeps them exact. */
function articlesFromIndex(buffer: Buffer, indexText: string): string[] {
  const articles: string[] = [];
  for (const row of indexText.split('\n').slice(1)) {
    const [, offset, length] = row.split('\t');
    if (offset === undefined || length === undefined) continue;
    const start = Number(offset);
    articles.push(buffer.toString('utf8', start, start + Number(length)));
  }
  return articles;
}

function bigCorpus(path: string): Corpus {
  const buffer = readFileSync(path);
  const indexPath = path.replace(/\.txt$/, '.index.tsv');
  const articles = existsSync(indexPath)
    ? articlesFromIndex(buffer, readFileSync(indexPath, 'utf8'))
    // Without the index, fall back to the blank line that separates articles in the file.
    : buffer.toString('utf8').split(/\n\n(?=\S)/);
  return {
    description: `${path} (${articles.length} articles)`,
    generated: false,
    articles,
    whole: buffer.toString('utf8'),
    bytes: buffer.length,
  };
}

/** About `targetBytes` of seed-article copies, each numbered so no two documents are identical. */
function seedCorpus(targetBytes: number): Corpus {
  const seed = readFileSync(SEED, 'utf8');
  const count = Math.max(1, Math.round(targetBytes / Buffer.byteLength(seed)));
  const articles = Array.from({ length: count }, (_, i) => `${seed.trimEnd()}\n${i + 1}\n\n`);
  const whole = articles.join('');
  return {
    description: `GENERATED from the seed article: ${count} copies (../shared/corpus/big is absent)`,
    generated: true,
    articles,
    whole,
    bytes: Buffer.byteLength(whole),
  };
}

export function loadCorpus(path = process.env.ISNAD_BENCH_CORPUS ?? BIG): Corpus {
  return existsSync(path) ? bigCorpus(path) : seedCorpus(10_000_000);
}

/**
 * Only the corpus as one string (what `loadCorpus().whole` is), without the articles: for a run
 * that must hold nothing but the text it analyses.
 */
export function loadWholeText(path = process.env.ISNAD_BENCH_CORPUS ?? BIG): string {
  return existsSync(path) ? readFileSync(path, 'utf8') : seedCorpus(10_000_000).whole;
}

/** Consecutive articles from the start of the corpus until at least `bytes` UTF-8 bytes. */
export function corpusSlice(corpus: Corpus, bytes: number): string {
  const parts: string[] = [];
  let size = 0;
  for (const article of corpus.articles) {
    if (size >= bytes) break;
    parts.push(article);
    size += Buffer.byteLength(article);
  }
  return parts.join('');
}
