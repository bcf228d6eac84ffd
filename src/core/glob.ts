/**
 * Glob patterns for choosing files (the CLI's `--include` / `--exclude`, the folder index's exclude
 * settings): `*` and `?` within one path segment, `**` for any number of segments, `[abc]` / `[!abc]`
 * classes, `{a,b}` alternatives, `\` to escape. Paths are relative, with `/` between segments.
 *
 * Written here rather than taken from a package: these few rules are all either caller needs, the
 * translation to one regular expression is short, and the core must run in VS Code for the Web.
 */

const SPECIAL = /[.*+?^${}()|[\]\\/]/;

function escapeChar(c: string): string {
  return SPECIAL.test(c) ? `\\${c}` : c;
}

/** `[...]` starting at `open`: its regular-expression class and the index of its `]` (-1 when unclosed). */
function charClass(glob: string, open: number): { source: string; close: number } {
  let i = open + 1;
  let source = '[';
  if (glob[i] === '!' || glob[i] === '^') {
    source += '^';
    i++;
  }
  // A `]` right after the opening (or its negation) is a member, not the end.
  const first = i;
  for (; i < glob.length; i++) {
    const c = glob[i]!;
    if (c === ']' && i > first) return { source: `${source}]`, close: i };
    source += c === '\\' || c === '[' || c === ']' || c === '^' ? `\\${c}` : c;
  }
  return { source: '', close: -1 };
}

/** `**` as a whole segment: at the start or after `/`, and at the end or before `/`. */
function isGlobstar(glob: string, i: number): boolean {
  return glob[i + 1] === '*' && (i === 0 || glob[i - 1] === '/') && (i + 2 === glob.length || glob[i + 2] === '/');
}

/** The regular expression source of a glob, anchored at both ends. Throws on an unbalanced `{`. */
function translate(glob: string): string {
  let source = '';
  let braces = 0;
  for (let i = 0; i < glob.length; i++) {
    const c = glob[i]!;
    if (c === '*' && isGlobstar(glob, i)) {
      // `**/` is zero or more whole directories; a final `**` is anything below.
      if (glob[i + 2] === '/') {
        source += '(?:[^/]*/)*';
        i += 2;
      } else {
        source += '.*';
        i += 1;
      }
    } else if (c === '*') {
      source += '[^/]*';
      while (glob[i + 1] === '*') i++;
    } else if (c === '?') {
      source += '[^/]';
    } else if (c === '[') {
      const cls = charClass(glob, i);
      if (cls.close < 0) source += '\\[';
      else {
        source += cls.source;
        i = cls.close;
      }
    } else if (c === '{') {
      source += '(?:';
      braces++;
    } else if (c === '}' && braces > 0) {
      source += ')';
      braces--;
    } else if (c === ',' && braces > 0) {
      source += '|';
    } else if (c === '\\' && i + 1 < glob.length) {
      source += escapeChar(glob[++i]!);
    } else {
      source += escapeChar(c);
    }
  }
  if (braces > 0) throw new Error(`unbalanced { in the pattern ${glob}`);
  return `^${source}$`;
}

/** A relative pattern as written: `./a` and `/a` mean `a` at the root of the walk. */
function rooted(glob: string): string {
  return glob.replace(/^(?:\.\/|\/)+/, '');
}

/** One glob as a regular expression over a whole relative path. Throws on an unbalanced `{`. */
export function globToRegExp(glob: string): RegExp {
  return new RegExp(translate(rooted(glob)));
}

/**
 * Several globs; a path matches when any does. With `baseName` (the CLI's rule, as in rsync and
 * .gitignore), a pattern without `/` is matched against the last segment alone, so `*.txt` finds
 * `2016/05/a.txt`; without it (VS Code's `files.exclude`), every pattern is matched against the whole
 * relative path.
 */
export class GlobSet {
  private readonly whole: RegExp[] = [];
  private readonly last: RegExp[] = [];

  constructor(patterns: readonly string[], options: { readonly baseName?: boolean } = {}) {
    for (const pattern of patterns) {
      const target = options.baseName && !rooted(pattern).includes('/') ? this.last : this.whole;
      target.push(globToRegExp(pattern));
    }
  }

  get isEmpty(): boolean {
    return this.whole.length === 0 && this.last.length === 0;
  }

  matches(relativePath: string): boolean {
    if (this.whole.some(re => re.test(relativePath))) return true;
    if (this.last.length === 0) return false;
    const name = relativePath.slice(relativePath.lastIndexOf('/') + 1);
    return this.last.some(re => re.test(name));
  }

  /**
   * Whether the path or a folder above it matches: excluding `drafts` or `drafts/**` leaves out
   * everything under drafts/.
   */
  matchesPathOrParent(relativePath: string): boolean {
    for (let end = relativePath.indexOf('/'); end >= 0; end = relativePath.indexOf('/', end + 1)) {
      const folder = relativePath.slice(0, end);
      if (this.matches(folder) || this.matches(`${folder}/`)) return true;
    }
    return this.matches(relativePath);
  }
}
