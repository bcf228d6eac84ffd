/** The command line of `isnad`, parsed into options; no I/O here, so the rules are easy to test. */

export type Format = 'text' | 'json' | 'jsonl' | 'markdown' | 'csv' | 'summary';

export interface CliOptions {
  readonly format: Format;
  /** Files, folders and `-` (standard input), in the order given. */
  readonly paths: readonly string[];
  /** `jsonl`: the input is JSON lines `{"id": ..., "text": ...}` (from the paths, or standard input). */
  readonly input: 'text' | 'jsonl';
  readonly include: readonly string[];
  readonly exclude: readonly string[];
  readonly jobs: number;
  /** A forced encoding; undefined detects each file's. */
  readonly encoding?: string;
  /** False with --no-progress; otherwise the bar shows when standard error is a terminal. */
  readonly progress: boolean;
}

export type Parsed =
  | { readonly kind: 'run'; readonly options: CliOptions }
  | { readonly kind: 'help' }
  | { readonly kind: 'error'; readonly message: string };

export const HELP = `isnad: who said what in Arabic news text

usage: isnad [options] PATH...
       isnad --input jsonl [options] [FILE.jsonl... | -]

PATH is a file, a folder (read recursively, in name order; hidden entries left out) or - for
standard input.

output (the last one given wins):
  (default)         who said what, grouped by speaker
  --json            one JSON object for one file; a JSON array of {file, ...} for several
  --jsonl           one JSON object per line, one line per article, in input order
  --csv             one row per statement, with the file (or id) in the first column
  --markdown        a Markdown report per article
  --summary         the speakers and outlets of all the articles, with their counts

input:
  --input jsonl     JSON lines {"id": ..., "text": ...}; the output lines carry the same id
                    (the contract of Hadoop Streaming and Spark's RDD.pipe); --jsonl by default
  --include GLOB    in folders, read only files matching GLOB (repeatable; e.g. '*.txt')
  --exclude GLOB    in folders, leave out files and folders matching GLOB (repeatable)
                    A GLOB without / is matched against names, one with / against the path
                    below the folder given: * ? [abc] {a,b} and ** for any depth.
  --encoding NAME   read every file as NAME (utf-8, utf-16le, utf-16be, windows-1256, ...);
                    by default each file's encoding is detected among those four

running:
  -j, --jobs N      analyse on N threads (default: one per core)
  --no-progress     no progress bar (it shows only when standard error is a terminal)
  -h, --help        this text

A file that cannot be read or decoded is reported on standard error and skipped; the run goes on
and exits with status 1. Offsets are JavaScript string indices into the decoded text (a leading
byte-order mark removed).`;

const FORMATS: Readonly<Record<string, Format>> = {
  '--json': 'json', '--jsonl': 'jsonl', '--markdown': 'markdown', '--csv': 'csv', '--summary': 'summary',
};

/** Options that take a value, by every name they go by. */
const VALUED = new Set(['--include', '--exclude', '--jobs', '-j', '--encoding', '--input']);

function positiveInteger(value: string): number | undefined {
  return /^\d+$/.test(value) && Number(value) > 0 ? Number(value) : undefined;
}

export function parseArgs(argv: readonly string[], cores: number): Parsed {
  let format: Format | undefined;
  const paths: string[] = [];
  const include: string[] = [];
  const exclude: string[] = [];
  let jobs = Math.max(1, cores);
  let encoding: string | undefined;
  let input: 'text' | 'jsonl' = 'text';
  let progress = true;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === '--') {
      paths.push(...argv.slice(i + 1));
      break;
    }
    if (arg === '--help' || arg === '-h') return { kind: 'help' };
    if (arg === '-' || !arg.startsWith('-')) {
      paths.push(arg);
      continue;
    }
    if (FORMATS[arg]) {
      format = FORMATS[arg];
      continue;
    }
    if (arg === '--no-progress') {
      progress = false;
      continue;
    }
    const eq = arg.indexOf('=');
    const name = eq > 0 ? arg.slice(0, eq) : arg;
    if (!VALUED.has(name)) return { kind: 'error', message: `unknown option ${arg} (see --help)` };
    const value = eq > 0 ? arg.slice(eq + 1) : argv[++i];
    if (value === undefined) return { kind: 'error', message: `${name} needs a value (see --help)` };
    if (name === '--include') include.push(value);
    else if (name === '--exclude') exclude.push(value);
    else if (name === '--encoding') encoding = value.toLowerCase() === 'auto' ? undefined : value;
    else if (name === '--input') {
      if (value !== 'jsonl' && value !== 'text') return { kind: 'error', message: `--input takes jsonl or text, not ${value}` };
      input = value;
    } else {
      const n = positiveInteger(value);
      if (n === undefined) return { kind: 'error', message: `${name} takes a number of threads (1 or more), not ${value}` };
      jobs = n;
    }
  }
  if (input === 'jsonl' && paths.length === 0) paths.push('-');
  if (paths.length === 0) return { kind: 'error', message: 'no input file (see --help)' };
  return {
    kind: 'run',
    options: { format: format ?? (input === 'jsonl' ? 'jsonl' : 'text'), paths, input, include, exclude, jobs, ...(encoding !== undefined ? { encoding } : {}), progress },
  };
}
