/**
 * The messages between the extension and the Who Said What webview, its only channel (postMessage).
 * Both sides import these types; nothing here runs. Every message of the webview is checked on
 * arrival (`isFromPanel`): the webview shows article text and must not be able to ask for more
 * than a reveal or one of the panel's own commands.
 */
import type { PanelContent } from './panelContent';

/** Why the panel shows what it shows: as the `isnad.activeState` context key. */
export type PanelState = 'analyzed' | 'notArabic' | 'tooLarge' | 'none';

/** The UI's words, localised by the extension (the webview has no l10n of its own). */
export interface PanelLabels {
  readonly filter: string;
  readonly statements: string;
  readonly sources: string;
  /** "26 statements · 11 speakers" for the content shown. */
  readonly summary: string;
  /** "line {0}". */
  readonly line: string;
  /** "1 statement" and "{0} statements", for a speaker's count. */
  readonly statementOne: string;
  readonly statementMany: string;
  readonly kind: Readonly<Record<'direct' | 'indirect' | 'mixed', string>>;
  readonly kindShort: Readonly<Record<'direct' | 'indirect' | 'mixed', string>>;
  readonly credit: Readonly<Record<'agency' | 'newspaper' | 'broadcaster' | 'website' | 'photo' | 'dateline', string>>;
  readonly noMatch: string;
  readonly notice: Readonly<Record<'none' | 'notArabic' | 'tooLarge' | 'noStatements', string>>;
  readonly treatAsArabicNews: string;
  readonly changeLimit: string;
}

/** The commands a button of the panel may run. */
export type PanelCommand = 'treatAsArabicNews' | 'openSizeLimit';

/** What a test asks the webview to do through its DOM, as a person would: click, press, type. */
export type PanelAction =
  | { readonly kind: 'click'; readonly id: string }
  | { readonly kind: 'key'; readonly key: 'ArrowDown' | 'ArrowUp' | 'Home' | 'End' | 'Enter' | 'Escape' }
  | { readonly kind: 'filter'; readonly text: string };

export interface RowSnapshot {
  readonly id: string;
  readonly text: string;
  readonly hidden: boolean;
  readonly selected: boolean;
  /** The computed `direction` and line clamp of the row's text element. */
  readonly direction: string;
  readonly lineClamp: string;
}

export interface HeadingSnapshot {
  readonly id: string;
  readonly text: string;
  readonly hidden: boolean;
}

/** What the webview's DOM shows (the integration tests read it through `IsnadApi.panel`). */
export interface PanelSnapshot {
  /** The serial of the content the DOM shows. */
  readonly serial: number;
  readonly dir: string;
  readonly lang: string;
  readonly notice: string | null;
  readonly filter: string;
  readonly summary: string;
  readonly headings: readonly HeadingSnapshot[];
  readonly rows: readonly RowSnapshot[];
  readonly sources: readonly HeadingSnapshot[];
  readonly credits: readonly RowSnapshot[];
  /** The id of the element that has the keyboard focus, or of the list's active row. */
  readonly focused: string | null;
}

export type ToPanel =
  | { readonly type: 'content'; readonly serial: number; readonly state: PanelState; readonly content: PanelContent; readonly labels: PanelLabels }
  | { readonly type: 'select'; readonly id: string | null }
  | { readonly type: 'probe'; readonly request: number }
  | { readonly type: 'act'; readonly request: number; readonly action: PanelAction };

export type FromPanel =
  | { readonly type: 'ready' }
  | { readonly type: 'reveal'; readonly serial: number; readonly target: 'statement' | 'credit'; readonly index: number }
  | { readonly type: 'run'; readonly command: PanelCommand }
  | { readonly type: 'probed'; readonly request: number; readonly snapshot: PanelSnapshot }
  | { readonly type: 'acted'; readonly request: number; readonly error?: string };

const commands: readonly PanelCommand[] = ['treatAsArabicNews', 'openSizeLimit'];

/** Whether a message from the webview has one of the expected shapes. */
export function isFromPanel(message: unknown): message is FromPanel {
  if (typeof message !== 'object' || message === null) return false;
  const m = message as Record<string, unknown>;
  switch (m.type) {
    case 'ready': return true;
    case 'reveal': return (m.target === 'statement' || m.target === 'credit') && Number.isInteger(m.index) && Number.isInteger(m.serial);
    case 'run': return commands.includes(m.command as PanelCommand);
    case 'probed': return Number.isInteger(m.request) && typeof m.snapshot === 'object' && m.snapshot !== null;
    case 'acted': return Number.isInteger(m.request);
    default: return false;
  }
}
