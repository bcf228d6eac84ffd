/**
 * The workspace as the folder index sees it: list, stat, read and watch, no more. VS Code implements
 * it (vscodeWorkspace.ts); the unit tests use a folder held in memory, so the index's logic runs and
 * is tested without an editor (the markdown language service's `IWorkspace` pattern). Nothing here
 * imports `vscode`.
 */

/** What tells a file's versions apart without reading it. */
export interface FileStamp {
  readonly size: number;
  /** Modification time, in milliseconds. */
  readonly mtime: number;
}

export interface CancelToken {
  readonly isCancellationRequested: boolean;
}

export interface Disposable {
  dispose(): void;
}

export interface IWorkspace {
  /** Every file the index should look at (URIs as strings), the user's excludes applied. */
  list(token: CancelToken): Promise<readonly string[]>;
  /** Undefined when the file is gone. */
  stat(uri: string): Promise<FileStamp | undefined>;
  /** Rejects when the file cannot be read. */
  read(uri: string): Promise<Uint8Array>;
  /** Calls back with each file created, changed or deleted among those `list` would return. */
  watch(onChange: (uri: string) => void): Disposable;
}

export const sameStamp = (a: FileStamp | undefined, b: FileStamp | undefined): boolean =>
  a !== undefined && b !== undefined && a.size === b.size && a.mtime === b.mtime;
