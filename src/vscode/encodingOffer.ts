/**
 * An offer to reopen a file in Windows-1256. VS Code guesses no code page by default, so an Arabic
 * article saved by older Windows software opens as UTF-8 full of replacement characters (�). When a
 * plain-text file shows them and its bytes read cleanly as Windows-1256 Arabic, a notification offers
 * to reopen it so; once per file and window, and never for a file with unsaved changes.
 */
import * as vscode from 'vscode';
import { decodeText } from '../core/encoding';
import { commandIds } from './commands/commandIds';
import { WINDOWS_1256 } from './commands/reopenWithWindows1256';
import type { ConfigSource } from './config';
import { servesLanguage } from './documentFilter';
import { guarded } from './log';

/** VS Code's encoding ids as people write them. */
const ENCODING_NAMES: Readonly<Record<string, string>> = { utf8: 'UTF-8', utf8bom: 'UTF-8', utf16le: 'UTF-16 LE', utf16be: 'UTF-16 BE' };

/** Replacement characters that make a file worth a look (a stray one is a broken byte, not an encoding). */
const MIN_REPLACED = 8;

function replacementCount(text: string, atLeast: number): number {
  let n = 0;
  for (let i = text.indexOf('\uFFFD'); i >= 0 && n < atLeast; i = text.indexOf('\uFFFD', i + 1)) n++;
  return n;
}

export interface EncodingOffer {
  /** Fires with the URI of each file offered (after the check, whether or not someone answers). */
  readonly onDidOffer: vscode.Event<vscode.Uri>;
}

export function registerEncodingOffer(config: ConfigSource): { offer: EncodingOffer; disposable: vscode.Disposable } {
  const offered = new Set<string>();
  const emitter = new vscode.EventEmitter<vscode.Uri>();

  const check = async (document: vscode.TextDocument) => {
    const key = document.uri.toString();
    if (offered.has(key) || document.isUntitled || document.isDirty || document.encoding === WINDOWS_1256) return;
    if (!vscode.workspace.getConfiguration('isnad').get<boolean>('offerWindows1256', true)) return;
    if (!servesLanguage(document, config.value) || replacementCount(document.getText(), MIN_REPLACED) < MIN_REPLACED) return;
    const bytes = await vscode.workspace.fs.readFile(document.uri).then(b => b, () => undefined);
    const decoded = bytes && decodeText(bytes);
    if (!decoded?.ok || decoded.encoding !== 'windows-1256' || offered.has(key)) return;
    offered.add(key);
    const name = document.uri.path.split('/').pop() ?? key;
    const reopen = vscode.l10n.t('Reopen as Windows-1256');
    const answer = vscode.window.showInformationMessage(
      vscode.l10n.t('{0} reads as Arabic in the Windows-1256 encoding, not in {1}. Reopen it as Windows-1256?', name, ENCODING_NAMES[document.encoding] ?? document.encoding),
      reopen,
    );
    emitter.fire(document.uri);
    if ((await answer) === reopen) await vscode.commands.executeCommand(commandIds.reopenWithWindows1256, document.uri);
  };

  const checkGuarded = guarded('encodingOffer', check);
  const first = setTimeout(() => {
    for (const editor of vscode.window.visibleTextEditors) void checkGuarded(editor.document);
  }, 0);
  const disposable = vscode.Disposable.from(
    emitter,
    vscode.workspace.onDidOpenTextDocument(d => void checkGuarded(d)),
    vscode.window.onDidChangeActiveTextEditor(e => e && void checkGuarded(e.document)),
    new vscode.Disposable(() => clearTimeout(first)),
  );
  return { offer: { onDidOffer: emitter.event }, disposable };
}
