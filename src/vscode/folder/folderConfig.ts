/** The folder index's settings (`isnad.folder.*`), read where the index starts and when they change. */
import * as vscode from 'vscode';

export interface FolderConfig {
  /** Whether the workspace is indexed at all. */
  readonly enabled: boolean;
  /** The files looked at, as a glob relative to each workspace folder. */
  readonly include: string;
  /** At most this many files are listed. */
  readonly maxFiles: number;
}

export const DEFAULT_INCLUDE = '**/*.{txt,arnews}';
const DEFAULT_MAX_FILES = 50_000;

export function readFolderConfig(): FolderConfig {
  const c = vscode.workspace.getConfiguration('isnad.folder');
  const include = c.get<string>('include', DEFAULT_INCLUDE);
  const maxFiles = c.get<number>('maxFiles', DEFAULT_MAX_FILES);
  return {
    enabled: c.get<boolean>('index', true) !== false,
    include: typeof include === 'string' && include.trim() !== '' ? include.trim() : DEFAULT_INCLUDE,
    maxFiles: typeof maxFiles === 'number' && maxFiles >= 1 ? Math.floor(maxFiles) : DEFAULT_MAX_FILES,
  };
}
