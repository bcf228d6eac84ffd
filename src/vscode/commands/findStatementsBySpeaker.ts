/**
 * "Find Statements by Speaker…": a quick pick of the folder's speakers, then of the chosen one's
 * statements across the files; the statement picked opens in its file. Given a name (a script, a
 * test, a keybinding's `args`), the first step is skipped.
 */
import * as vscode from 'vscode';
import { speakerKey } from '../../core/folder/speakerMerge';
import type { FolderSpeaker, FolderStatement } from '../../core/folder/folderSpeakers';
import { statementCount } from '../counts';
import type { FolderFeature } from '../folder/folderFeature';
import { fileCount, revealCommand, statementPlace } from '../folder/folderSpeakersTree';
import { excerpt } from '../ranges';
import { kindLabel } from '../labels';

interface Item<T> extends vscode.QuickPickItem {
  readonly value: T;
}

/** Shows the items and resolves with the one accepted (undefined when dismissed). */
function pick<T>(folder: FolderFeature, step: 'speaker' | 'statement', placeholder: string, items: readonly Item<T>[]): Promise<T | undefined> {
  const picker = vscode.window.createQuickPick<Item<T>>();
  picker.placeholder = placeholder;
  picker.items = items;
  // A speaker is found by role too, a statement by its file.
  picker.matchOnDetail = true;
  picker.matchOnDescription = step === 'statement';
  return new Promise(resolve => {
    let chosen: T | undefined;
    picker.onDidAccept(() => {
      chosen = picker.selectedItems[0]?.value;
      picker.hide();
    });
    picker.onDidHide(() => {
      picker.dispose();
      resolve(chosen);
    });
    picker.show();
    folder.pickerShown.fire({ step, labels: items.map(i => i.label) });
  });
}

function speakerItems(speakers: readonly FolderSpeaker[]): Item<FolderSpeaker>[] {
  return speakers.map(speaker => ({
    label: speaker.name,
    description: `${statementCount(speaker.statements.length)} · ${fileCount(speaker.files)}`,
    ...(speaker.role ? { detail: speaker.role } : {}),
    value: speaker,
  }));
}

function statementItems(speaker: FolderSpeaker): Item<FolderStatement>[] {
  return speaker.statements.map(statement => ({
    label: excerpt(statement.statement.content, 80),
    description: statementPlace(statement),
    detail: `${kindLabel(statement.statement.kind)} · ${statement.statement.cue}`,
    value: statement,
  }));
}

/** The speaker named `name`, by any of its spellings. */
function speakerNamed(speakers: readonly FolderSpeaker[], name: string): FolderSpeaker | undefined {
  const key = speakerKey(name);
  return speakers.find(s => s.key === key) ?? speakers.find(s => s.aliases.some(a => speakerKey(a) === key));
}

export function findStatementsBySpeaker(folder: FolderFeature): (name?: unknown) => Promise<FolderStatement | undefined> {
  return async (name?: unknown) => {
    // A first scan fills an empty index in a moment; an index with entries is shown as it is.
    if (folder.index.entries.size === 0) await folder.whenScanned();
    const speakers = folder.model.speakers;
    if (speakers.length === 0) {
      void vscode.window.showInformationMessage(vscode.l10n.t('Isnad: no statements were found in the Arabic news files of this folder.'));
      return undefined;
    }
    const speaker = typeof name === 'string' && name.trim() !== ''
      ? speakerNamed(speakers, name)
      : await pick(folder, 'speaker', vscode.l10n.t('Speaker (of {0} in this folder)', speakers.length.toLocaleString()), speakerItems(speakers));
    if (!speaker) return undefined;
    const statement = await pick(folder, 'statement', vscode.l10n.t('Statements by {0}', speaker.name), statementItems(speaker));
    if (!statement) return undefined;
    const reveal = revealCommand(statement);
    await vscode.commands.executeCommand(reveal.command, ...(reveal.arguments ?? []));
    return statement;
  };
}
