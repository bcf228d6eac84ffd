/**
 * The folder index's cache file on the desktop, written with Node's file system: the text is encoded
 * into one reused buffer of a megabyte, written on libuv's threads each time it fills, into a
 * temporary file renamed over the cache at the end, so a cache of 20 MB neither holds the extension
 * host (handing it to `workspace.fs` at once did, for 60-90 ms) nor is left half written. Other schemes (a remote or virtual workspace's
 * storage) go through `workspace.fs`.
 */
import { mkdir, open, readFile, rename, rm, type FileHandle } from 'node:fs/promises';
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
    save: async pieces => {
      await mkdir(dirname(path), { recursive: true });
      const temporary = `${path}.${process.pid}.tmp`;
      const handle = await open(temporary, 'w');
      try {
        await writePieces(handle, pieces);
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

/** How many bytes are encoded before they are written: one buffer, reused. */
const CHUNK = 1 << 20;

/** Encodes the pieces into one reused buffer and writes it each time it fills: no copy of the text is made. */
async function writePieces(handle: FileHandle, pieces: AsyncIterable<string>): Promise<void> {
  const encoder = new TextEncoder();
  const buffer = new Uint8Array(CHUNK);
  let used = 0;
  for await (const piece of pieces) {
    let rest = piece;
    while (rest.length > 0) {
      const { read, written } = encoder.encodeInto(rest, buffer.subarray(used));
      used += written;
      rest = rest.slice(read);
      if (rest.length > 0 || used > CHUNK - 4096) {
        await handle.write(buffer, 0, used);
        used = 0;
      }
    }
  }
  if (used > 0) await handle.write(buffer, 0, used);
}
