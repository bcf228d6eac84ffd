/**
 * The inputs of a run, in a stable order: the paths as given, each folder's entries in code-unit order
 * of their names (the same on every machine, whatever its locale), depth first. A lazy generator, so
 * an archive of a million files is walked one folder listing at a time, never held as one list.
 */
import { readdirSync, statSync, type Dirent } from 'node:fs';
import { join } from 'node:path';
import { GlobSet } from '../core/glob';

export type Input =
  | { readonly kind: 'file'; readonly path: string }
  | { readonly kind: 'stdin' };

export interface WalkFilter {
  /** Files in folders must match one of these (all files when empty). */
  readonly include: GlobSet;
  /** Files and folders in folders matching these are left out. */
  readonly exclude: GlobSet;
}

export function walkFilter(include: readonly string[], exclude: readonly string[]): WalkFilter {
  return { include: new GlobSet(include, { baseName: true }), exclude: new GlobSet(exclude, { baseName: true }) };
}

/** Why a path could not be read, in words. */
export function reason(error: unknown): string {
  const code = (error as NodeJS.ErrnoException).code;
  switch (code) {
    case 'ENOENT': return 'no such file';
    case 'EACCES': case 'EPERM': return 'permission denied';
    case 'EISDIR': return 'is a directory';
    case 'ELOOP': return 'too many symbolic links';
    default: return String(code ?? (error instanceof Error ? error.message : error));
  }
}

const byName = (a: Dirent, b: Dirent): number => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0);

/** What an entry is; a symbolic link is what it points to (a broken one throws). */
function entryKind(dir: string, entry: Dirent): 'file' | 'folder' | 'other' {
  if (entry.isFile()) return 'file';
  if (entry.isDirectory()) return 'folder';
  if (!entry.isSymbolicLink()) return 'other';
  const target = statSync(join(dir, entry.name));
  // A linked folder is not followed: a link to a parent would walk forever.
  return target.isFile() ? 'file' : 'other';
}

function* walkFolder(dir: string, relative: string, filter: WalkFilter, onError: (path: string, message: string) => void): Generator<Input> {
  let entries: Dirent[];
  try {
    entries = readdirSync(dir, { withFileTypes: true });
  } catch (error) {
    onError(dir, reason(error));
    return;
  }
  entries.sort(byName);
  for (const entry of entries) {
    if (entry.name.startsWith('.')) continue;
    const path = join(dir, entry.name);
    const rel = relative === '' ? entry.name : `${relative}/${entry.name}`;
    let kind: 'file' | 'folder' | 'other';
    try {
      kind = entryKind(dir, entry);
    } catch (error) {
      onError(path, reason(error));
      continue;
    }
    if (kind === 'folder') {
      if (!filter.exclude.matches(rel) && !filter.exclude.matches(`${rel}/`)) yield* walkFolder(path, rel, filter, onError);
    } else if (kind === 'file' && !filter.exclude.matches(rel) && (filter.include.isEmpty || filter.include.matches(rel))) {
      yield { kind: 'file', path };
    }
  }
}

/**
 * Every input of the paths: a file given by name is always read (the globs choose among the files
 * of folders); `-` is standard input. A path that cannot be read is reported through `onError`.
 */
export function* walkInputs(paths: readonly string[], filter: WalkFilter, onError: (path: string, message: string) => void): Generator<Input> {
  for (const path of paths) {
    if (path === '-') {
      yield { kind: 'stdin' };
      continue;
    }
    let folder: boolean;
    try {
      folder = statSync(path).isDirectory();
    } catch (error) {
      onError(path, reason(error));
      continue;
    }
    if (folder) yield* walkFolder(path, '', filter, onError);
    else yield { kind: 'file', path };
  }
}
