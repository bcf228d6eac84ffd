/**
 * The folder's speakers as the view and the commands show them, derived from the index: merged
 * again a moment after the index changes, at most twice a second while a scan pours files in. The
 * work runs in slices of a few milliseconds: first the files that changed (their digests parsed and
 * their speakers keyed, once per version), then the merge (mergeInSteps), so a folder of a thousand
 * articles, or its cache read back at once, never holds the extension host.
 */
import * as vscode from 'vscode';
import { keyedFile, mergeInSteps, type FileDigestRef, type FolderSpeaker, type KeyedFile } from '../../core/folder/folderSpeakers';
import type { FolderIndex } from './folderIndex';
import { guarded } from '../log';
import { Slices } from './slices';

const REBUILD_EVERY_MS = 500;
/** A merge lets the host's thread go after this long. */
const SLICE_MS = 6;

export class FolderSpeakersModel implements vscode.Disposable {
  private list: readonly FolderSpeaker[] = [];
  private readonly keyed = new Map<string, KeyedFile>();
  /** Files changed since the last merge, keyed at its start. */
  private readonly dirty = new Set<string>();
  private timer: ReturnType<typeof setTimeout> | undefined;
  private builtAt = 0;
  /** Bumped at each merge: a merge still in slices when the next starts is dropped. */
  private generation = 0;
  private readonly emitter = new vscode.EventEmitter<void>();
  private readonly subscription: { dispose(): void };
  readonly onDidChange = this.emitter.event;

  constructor(private readonly index: FolderIndex) {
    this.subscription = index.onDidChange(uris => this.update(uris));
    this.update([...index.entries.keys()]);
  }

  get speakers(): readonly FolderSpeaker[] {
    return this.list;
  }

  /** The files with statements listed (the index also keeps those it left out, with the reason). */
  files(): FileDigestRef[] {
    const files: FileDigestRef[] = [];
    for (const entry of this.index.entries.values()) if (entry.digest) files.push({ file: entry.uri, digest: entry.digest });
    return files;
  }

  /** The files with statements listed, as of the last merge. */
  get fileCount(): number {
    return this.keyed.size;
  }

  private update(uris: readonly string[]): void {
    for (const uri of uris) this.dirty.add(uri);
    if (this.timer) return;
    const wait = Math.max(0, this.builtAt + REBUILD_EVERY_MS - Date.now());
    this.timer = setTimeout(guarded('folder.speakers', () => {
      this.timer = undefined;
      return this.rebuild();
    }), wait);
  }

  /** Keys the files changed since the last merge, a slice at a time; false when a newer merge took over. */
  private async keyChanged(generation: number, slices: Slices): Promise<boolean> {
    for (const uri of this.dirty) {
      this.dirty.delete(uri);
      const digest = this.index.entries.get(uri)?.digest;
      if (digest) this.keyed.set(uri, keyedFile({ file: uri, digest }));
      else this.keyed.delete(uri);
      if (!slices.due) continue;
      await slices.next();
      if (generation !== this.generation) return false;
    }
    return true;
  }

  private async rebuild(): Promise<void> {
    this.builtAt = Date.now();
    const generation = ++this.generation;
    const slices = new Slices(SLICE_MS);
    if (!(await this.keyChanged(generation, slices))) return;
    const steps = mergeInSteps([...this.keyed.values()]);
    for (;;) {
      const step = steps.next();
      if (step.done) {
        this.list = step.value;
        this.emitter.fire();
        return;
      }
      if (!slices.due) continue;
      await slices.next();
      if (generation !== this.generation) return;
    }
  }

  dispose(): void {
    this.generation++;
    if (this.timer) clearTimeout(this.timer);
    this.subscription.dispose();
    this.emitter.dispose();
  }
}
