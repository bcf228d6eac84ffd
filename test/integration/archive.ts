/**
 * Articles written into the integration workspace at test time: real news from the benchmark corpus
 * in ../shared (read there, never copied into the repository), or, where it is absent (a user's
 * clone), numbered copies of the seed article.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const repo = join(__dirname, '..', '..', '..');
const BIG = join(repo, '..', 'shared', 'corpus', 'big', 'saudinewsnet-14194.txt');

export interface WrittenArchive {
  readonly files: readonly string[];
  readonly bytes: number;
  /** Where the text came from, for the printed figures. */
  readonly source: string;
}

/** The first `n` articles of the corpus, cut by the byte offsets of its index. */
function corpusArticles(n: number): Buffer[] {
  const buffer = readFileSync(BIG);
  const rows = readFileSync(BIG.replace(/\.txt$/, '.index.tsv'), 'utf8').split('\n').slice(1, n + 1);
  return rows.filter(r => r.includes('\t')).map(row => {
    const [, offset, length] = row.split('\t');
    return buffer.subarray(Number(offset), Number(offset) + Number(length));
  });
}

function seedArticles(n: number): Buffer[] {
  const seed = readFileSync(join(repo, 'seeds', '000_3cea5a5c1e717d72.txt'), 'utf8').trimEnd();
  return Array.from({ length: n }, (_, i) => Buffer.from(`${seed}\n${i + 1}\n`));
}

/** Writes `n` articles as `<dir>/NNNN.txt`, a hundred to a subfolder. */
export function writeArchive(dir: string, n: number): WrittenArchive {
  const fromCorpus = existsSync(BIG) && existsSync(BIG.replace(/\.txt$/, '.index.tsv'));
  const articles = fromCorpus ? corpusArticles(n) : seedArticles(n);
  const files: string[] = [];
  let bytes = 0;
  articles.forEach((article, i) => {
    const folder = join(dir, String(Math.floor(i / 100)).padStart(2, '0'));
    if (i % 100 === 0) mkdirSync(folder, { recursive: true });
    const file = join(folder, `${String(i).padStart(4, '0')}.txt`);
    writeFileSync(file, article);
    files.push(file);
    bytes += article.length;
  });
  const source = fromCorpus
    ? `the first ${articles.length} articles of ../shared/corpus/big`
    : `GENERATED: ${articles.length} numbered copies of the seed article (../shared/corpus/big is absent)`;
  return { files, bytes, source };
}
