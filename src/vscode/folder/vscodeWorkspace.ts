/**
 * The folder index's `IWorkspace` in VS Code: files found with `findFiles` (outside the extension
 * host, by the search service), the user's `files.exclude` and `search.exclude` applied; stat and
 * read through `workspace.fs`, which works on every file system, VS Code for the Web's included;
 * changes from a file-system watcher, filtered by the same excludes.
 */
import * as vscode from 'vscode';
import { GlobSet } from '../../core/glob';
import type { FolderConfig } from './folderConfig';
import type { CancelToken, FileStamp, IWorkspace } from './workspace';

/**
 * The patterns a setting such as `files.exclude` switches on. One with a `when` clause (a sibling
 * file's name) is left out: a news folder is better indexed in full than missing files.
 */
function switchedOn(setting: string): string[] {
  const value = vscode.workspace.getConfiguration().get<Record<string, unknown>>(setting) ?? {};
  return Object.entries(value).filter(([, on]) => on === true).map(([glob]) => glob);
}

export class VscodeWorkspace implements IWorkspace {
  private excluded = new GlobSet([]);

  constructor(private readonly config: () => FolderConfig) {}

  async list(token: CancelToken): Promise<readonly string[]> {
    const patterns = [...new Set([...switchedOn('files.exclude'), ...switchedOn('search.exclude')])];
    this.excluded = new GlobSet(patterns);
    const exclude = patterns.length > 0 ? `{${patterns.join(',')}}` : null;
    const cancellation = 'onCancellationRequested' in token ? (token as vscode.CancellationToken) : undefined;
    const { include, maxFiles } = this.config();
    const uris = await vscode.workspace.findFiles(include, exclude, maxFiles, cancellation);
    return uris.map(uri => uri.toString());
  }

  async stat(uri: string): Promise<FileStamp | undefined> {
    try {
      const stat = await vscode.workspace.fs.stat(vscode.Uri.parse(uri));
      return stat.type & vscode.FileType.File ? { size: stat.size, mtime: stat.mtime } : undefined;
    } catch {
      return undefined;
    }
  }

  async read(uri: string): Promise<Uint8Array> {
    return vscode.workspace.fs.readFile(vscode.Uri.parse(uri));
  }

  watch(onChange: (uri: string) => void): vscode.Disposable {
    const watcher = vscode.workspace.createFileSystemWatcher(this.config().include);
    const changed = (uri: vscode.Uri) => {
      if (!this.excluded.matchesPathOrParent(vscode.workspace.asRelativePath(uri, false))) onChange(uri.toString());
    };
    return vscode.Disposable.from(watcher, watcher.onDidCreate(changed), watcher.onDidChange(changed), watcher.onDidDelete(changed));
  }
}
