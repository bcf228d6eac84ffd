/**
 * Which documents Isnad looks at. A `.txt` of Arabic news needs no configuration, so plain text is
 * served, but only when its content reads as Arabic: an English README stays untouched.
 */
import * as vscode from 'vscode';
import { looksArabic } from '../core/text/normalize';
import type { IsnadConfig } from './config';

export const ARABIC_NEWS = 'arabic-news';

/** Schemes of editors that show something other than a user's text (logs, diff bases). */
const ignoredSchemes = new Set(['output', 'vscode-scm', 'git', 'debug', 'vscode-terminal', 'comment']);

export type Eligibility = 'served' | 'notServed' | 'notArabic' | 'tooLarge';

/** Whether the document is a user's text, not a log, a diff base or a terminal. */
export function showsUserText(uri: vscode.Uri): boolean {
  return !ignoredSchemes.has(uri.scheme);
}

export function servesLanguage(document: vscode.TextDocument, config: IsnadConfig): boolean {
  if (!showsUserText(document.uri)) return false;
  return document.languageId === ARABIC_NEWS || config.languages.includes(document.languageId);
}

/** The languages as a selector for providers (hovers, symbols, quick fixes). */
export function languageSelector(config: IsnadConfig): vscode.DocumentFilter[] {
  return [...new Set([ARABIC_NEWS, ...config.languages])].map(language => ({ language }));
}

export function eligibility(document: vscode.TextDocument, config: IsnadConfig, text?: string): Eligibility {
  if (!servesLanguage(document, config)) return 'notServed';
  const language = document.languageId;
  const content = text ?? document.getText();
  if (content.length > config.maxFileSize) return 'tooLarge';
  // A file the user declared Arabic news is analysed even when it is mostly Latin script.
  if (language !== ARABIC_NEWS && !looksArabic(content)) return 'notArabic';
  return 'served';
}
