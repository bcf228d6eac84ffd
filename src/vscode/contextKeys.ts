/** The context keys the manifest's `when` clauses read, set in one place (references-view style). */
import * as vscode from 'vscode';

export type ActiveState = 'analyzed' | 'notArabic' | 'tooLarge' | 'none';

export class ContextKey<T extends string | boolean> {
  private value: T | undefined;
  constructor(private readonly name: string) {}

  set(value: T): void {
    if (this.value === value) return;
    this.value = value;
    void vscode.commands.executeCommand('setContext', this.name, value);
  }
}

export const contextKeys = {
  /** What the active editor is to Isnad; the views' welcome texts depend on it. */
  activeState: new ContextKey<ActiveState>('isnad.activeState'),
  highlighting: new ContextKey<boolean>('isnad.highlighting'),
  speakerOrder: new ContextKey<'activity' | 'appearance'>('isnad.speakerOrder'),
};
