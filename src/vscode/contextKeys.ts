/** The context keys the manifest's `when` clauses read, set in one place (references-view style). */
import * as vscode from 'vscode';
import type { PanelGrouping } from './panel/panelContent';
import type { PanelState } from './panel/protocol';

export type ActiveState = PanelState;

/** No folder open, indexing switched off, a first scan under way, no speaker found, or speakers listed. */
export type FolderState = 'none' | 'off' | 'indexing' | 'empty' | 'ready';

export class ContextKey<T extends string | boolean> {
  private value: T | undefined;
  constructor(private readonly name: string) {}

  /** The value last set (undefined before the first). */
  get current(): T | undefined {
    return this.value;
  }

  set(value: T): void {
    if (this.value === value) return;
    this.value = value;
    void vscode.commands.executeCommand('setContext', this.name, value);
  }
}

export const contextKeys = {
  /** What the active editor is to Isnad; menus and key bindings depend on it. */
  activeState: new ContextKey<ActiveState>('isnad.activeState'),
  highlighting: new ContextKey<boolean>('isnad.highlighting'),
  speakerOrder: new ContextKey<'activity' | 'appearance'>('isnad.speakerOrder'),
  /** Whether the panel groups statements by speaker or lists them in text order. */
  grouping: new ContextKey<PanelGrouping>('isnad.grouping'),
  /** The folder index is scanning (the Stop command shows). */
  folderIndexing: new ContextKey<boolean>('isnad.folderIndexing'),
  /** What the "Speakers in This Folder" view has to show; its welcome texts depend on it. */
  folderState: new ContextKey<FolderState>('isnad.folderState'),
};
