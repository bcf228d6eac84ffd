/** The localised names of the analysis's kinds, shared by the hovers, the outline and the panel. */
import * as vscode from 'vscode';
import type { CreditKind, StatementKind } from '../core/types';

export function kindLabel(kind: StatementKind): string {
  switch (kind) {
    case 'direct': return vscode.l10n.t('direct quote');
    case 'indirect': return vscode.l10n.t('indirect speech');
    case 'mixed': return vscode.l10n.t('partial quote');
  }
}

export function creditKindLabel(kind: CreditKind): string {
  switch (kind) {
    case 'agency': return vscode.l10n.t('news agency');
    case 'newspaper': return vscode.l10n.t('newspaper');
    case 'broadcaster': return vscode.l10n.t('broadcaster');
    case 'website': return vscode.l10n.t('website');
    case 'photo': return vscode.l10n.t('photo credit');
    case 'dateline': return vscode.l10n.t('dateline');
  }
}

/**
 * Arabic text wrapped in a bidi isolate (FSI ... PDI). A tree row is a left-to-right line holding
 * the label and the description side by side; without the isolate, an Arabic label and an Arabic
 * description merge into one right-to-left run and their words interleave on screen, and a count
 * after an Arabic label is drawn on the label's far side.
 */
export function isolate(text: string): string {
  return `\u2068${text}\u2069`;
}
