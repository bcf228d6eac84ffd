/**
 * Opens Arabic news in the Arabic News mode, so a `.txt` article wraps and reads from its first
 * words without any set-up: a plain-text file (`.txt` or no extension) whose head is mostly Arabic
 * is switched to `arabic-news` as it opens. A language the user picks for a file is never
 * overridden: VS Code changes a document's language by closing and reopening the same document
 * object, so a reopen of a document that was not closed is a change of language, and when it is a
 * change away from Arabic News the file is remembered (in the workspace's state) and left alone.
 */
import * as vscode from 'vscode';
import { DETECTION_CHARS, isArabicDominant, isDetectablePath } from './arabicNewsDetection';
import { detectsArabicNews } from './config';
import { ARABIC_NEWS, showsUserText } from './documentFilter';
import { guarded, logError } from './log';

/** The files whose language the user picked by hand, latest last. */
const CHOSEN_KEY = 'isnad.languageChosenByHand';
const CHOSEN_KEPT = 500;

class ChosenLanguages {
  private readonly uris: string[];

  constructor(private readonly state: vscode.Memento) {
    const stored = state.get<unknown>(CHOSEN_KEY);
    this.uris = Array.isArray(stored) ? stored.filter((u): u is string => typeof u === 'string') : [];
  }

  has(uri: vscode.Uri): boolean {
    return this.uris.includes(uri.toString());
  }

  set(uri: vscode.Uri, chosen: boolean): void {
    const key = uri.toString();
    const at = this.uris.indexOf(key);
    if (at >= 0) this.uris.splice(at, 1);
    else if (!chosen) return;
    if (chosen) this.uris.push(key);
    if (this.uris.length > CHOSEN_KEPT) this.uris.shift();
    void this.state.update(CHOSEN_KEY, [...this.uris]).then(undefined, error => logError('arabicNewsMode.remember', error));
  }
}

function head(document: vscode.TextDocument): string {
  return document.getText(new vscode.Range(new vscode.Position(0, 0), document.positionAt(DETECTION_CHARS)));
}

function shouldSwitch(document: vscode.TextDocument, chosen: ChosenLanguages): boolean {
  // An untitled file's language is its creator's choice, and VS Code guesses one as its text is typed.
  return document.languageId === 'plaintext' && !document.isUntitled && showsUserText(document.uri)
    && isDetectablePath(document.uri.path) && detectsArabicNews(document.uri) && !chosen.has(document.uri)
    && isArabicDominant(head(document));
}

function switchToArabicNews(document: vscode.TextDocument): void {
  vscode.languages.setTextDocumentLanguage(document, ARABIC_NEWS).then(undefined, (error: unknown) => {
    // Closed before VS Code got to it: nothing to switch.
    if (!document.isClosed) logError('arabicNewsMode.switch', error);
  });
}

export function registerArabicNewsMode(state: vscode.Memento): vscode.Disposable {
  const chosen = new ChosenLanguages(state);
  /** The document whose language is changing: closed (but not `isClosed`) and about to reopen. */
  let changing: vscode.TextDocument | undefined;
  const consider = (document: vscode.TextDocument) => {
    if (shouldSwitch(document, chosen)) switchToArabicNews(document);
  };
  // The files whose opening activated the extension were opened before it listened.
  for (const document of vscode.workspace.textDocuments) consider(document);
  return vscode.Disposable.from(
    vscode.workspace.onDidCloseTextDocument(guarded('arabicNewsMode.close', (document: vscode.TextDocument) => {
      changing = document.isClosed ? undefined : document;
    })),
    vscode.workspace.onDidOpenTextDocument(guarded('arabicNewsMode.open', (document: vscode.TextDocument) => {
      if (changing === document) {
        changing = undefined;
        // Our own switch lands here as Arabic News; any other language was picked for this file.
        if (showsUserText(document.uri)) chosen.set(document.uri, document.languageId !== ARABIC_NEWS);
        return;
      }
      consider(document);
    })),
  );
}
