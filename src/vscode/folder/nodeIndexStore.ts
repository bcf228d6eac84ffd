/**
 * The folder index's cache file on the desktop, written with Node's file system: each part goes to
 * disk in a write of its own on libuv's threads, into a temporary file renamed over the cache at the
 * end, so a cache of 20 MB neither holds the extension host (handing it to `workspace.fs` at once
 * did, for 60-90 ms) nor is left half written. Other schemes (a remote or virtual workspace's
 * storage) go through `workspace.fs`.
 */
import { mkdir, open, readFile, rename, rm } from 'node:fs/promises';
import { dirname } from 'node:path';
import type * as vscode from 'vscode';
import type { IndexStore } from './indexCache';
import { fileStore } from './folderFeature';

export function nodeIndexStore(file: vscode.Uri): IndexStore {
  if (file.scheme !== 'file') return fileStore(file);
  const path = file.fsPath;
  return {
    load: async () => {
      try {
        return await readFile(path);
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
        throw error;
      }
    },
    save: async parts => {
      await mkdir(dirname(path), { recursive: true });
      const temporary = `${path}.${process.pid}.tmp`;
      const handle = await open(temporary, 'w');
      try {
        for (const part of parts) await handle.write(part);
      } catch (error) {
        await handle.close();
        await rm(temporary, { force: true });
        throw error;
      }
      await handle.close();
      await rename(temporary, path);
    },
  };
}
