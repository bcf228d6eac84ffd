/**
 * The "Speakers in This Folder" tree: the folder's speakers, most quoted first, each opening to its
 * statements across the files; a click opens the file at the statement. Renders the model only.
 * A folder of a thousand articles names thousands of speakers, and VS Code turns every row of a list
 * into a tree item in one go (some 50 µs each on the extension host), so the list comes a hundred
 * speakers at a time, with a last row that shows the next hundred.
 */
import * as vscode from 'vscode';
import type { FolderSpeaker, FolderStatement } from '../../core/folder/folderSpeakers';
import type { StatementKind } from '../../core/types';
import { commandIds } from '../commands/commandIds';
import { statementCount } from '../counts';
import { excerpt } from '../ranges';
import { isolate, kindLabel } from '../labels';
import type { FolderSpeakersModel } from './folderSpeakersModel';

export interface FolderSpeakerNode {
  readonly type: 'speaker';
  readonly speaker: FolderSpeaker;
}

export interface FolderStatementNode {
  readonly type: 'statement';
  readonly statement: FolderStatement;
  readonly parent: FolderSpeakerNode;
}

/** The last row of a partial list: the speakers not shown yet. */
export interface FolderMoreNode {
  readonly type: 'more';
  readonly shown: number;
  readonly total: number;
}

export type FolderNode = FolderSpeakerNode | FolderStatementNode | FolderMoreNode;

const PAGE = 100;

const kindIcon: Record<StatementKind, string> = { direct: 'quote', indirect: 'comment', mixed: 'comment-discussion' };

export function fileCount(n: number): string {
  return n === 1 ? vscode.l10n.t('1 file') : vscode.l10n.t('{0} files', n);
}

/** Where a statement is: its file, relative to the workspace, and its line. */
export function statementPlace(statement: FolderStatement): string {
  return vscode.l10n.t('{0}, line {1}', vscode.workspace.asRelativePath(vscode.Uri.parse(statement.file)), statement.statement.line);
}

/** What opens the file with the statement selected. */
export function revealCommand(statement: FolderStatement): vscode.Command {
  return {
    command: commandIds.revealRange,
    title: vscode.l10n.t('Reveal Statement'),
    arguments: [vscode.Uri.parse(statement.file), statement.statement.from, statement.statement.to],
  };
}

export class FolderSpeakersTreeProvider implements vscode.TreeDataProvider<FolderNode>, vscode.Disposable {
  private readonly changed = new vscode.EventEmitter<void>();
  private readonly subscription: vscode.Disposable;
  readonly onDidChangeTreeData = this.changed.event;
  /** Speaker nodes by key, kept while the model is the same, so `reveal` finds the objects the tree holds. */
  private nodes = new Map<string, FolderSpeakerNode>();
  private nodesOf: readonly FolderSpeaker[] | undefined;
  private shown = PAGE;

  constructor(private readonly model: FolderSpeakersModel) {
    this.subscription = model.onDidChange(() => this.changed.fire());
  }

  /** Lists a hundred speakers more. */
  showMore(): void {
    this.shown += PAGE;
    this.changed.fire();
  }

  speakerNodes(): FolderSpeakerNode[] {
    if (this.nodesOf !== this.model.speakers) {
      this.nodesOf = this.model.speakers;
      this.nodes = new Map(this.model.speakers.map(speaker => [speaker.key, { type: 'speaker', speaker }]));
    }
    return [...this.nodes.values()];
  }

  getChildren(node?: FolderNode): FolderNode[] {
    if (!node) {
      const speakers = this.speakerNodes();
      if (speakers.length <= this.shown) return speakers;
      return [...speakers.slice(0, this.shown), { type: 'more', shown: this.shown, total: speakers.length }];
    }
    if (node.type !== 'speaker') return [];
    return node.speaker.statements.map(statement => ({ type: 'statement', statement, parent: node }));
  }

  getParent(node: FolderNode): FolderNode | undefined {
    return node.type === 'statement' ? node.parent : undefined;
  }

  getTreeItem(node: FolderNode): vscode.TreeItem {
    if (node.type === 'statement') return statementItem(node);
    if (node.type === 'more') return moreItem(node);
    const { speaker } = node;
    const item = new vscode.TreeItem(speaker.name, vscode.TreeItemCollapsibleState.Collapsed);
    item.id = `folder-speaker:${speaker.key}`;
    item.iconPath = new vscode.ThemeIcon('person');
    const counts = `${statementCount(speaker.statements.length)} · ${fileCount(speaker.files)}`;
    item.description = isolate(speaker.role ? `${counts} · ${isolate(speaker.role)}` : counts);
    item.contextValue = 'folderSpeaker';
    return item;
  }

  /** Tooltips, built only when the mouse rests on a row. */
  resolveTreeItem(item: vscode.TreeItem, node: FolderNode): vscode.TreeItem {
    if (item.tooltip) return item;
    if (node.type === 'speaker') {
      const { speaker } = node;
      const tooltip = new vscode.MarkdownString(`**${speaker.name}**`);
      if (speaker.role) tooltip.appendMarkdown(`\n\n${speaker.role}`);
      if (speaker.aliases.length > 1) tooltip.appendMarkdown(`\n\n${vscode.l10n.t('Also written: {0}', speaker.aliases.slice(1).join('، '))}`);
      item.tooltip = tooltip;
    } else if (node.type === 'statement') {
      const tooltip = new vscode.MarkdownString();
      tooltip.appendMarkdown(`**${node.parent.speaker.name}** — ${kindLabel(node.statement.statement.kind)}\n\n`);
      tooltip.appendText(node.statement.statement.content);
      item.tooltip = tooltip;
    }
    return item;
  }

  dispose(): void {
    this.subscription.dispose();
    this.changed.dispose();
  }
}

function moreItem(node: FolderMoreNode): vscode.TreeItem {
  const item = new vscode.TreeItem(vscode.l10n.t('Show More Speakers'), vscode.TreeItemCollapsibleState.None);
  item.id = 'folder-more';
  item.iconPath = new vscode.ThemeIcon('ellipsis');
  item.description = vscode.l10n.t('{0} of {1} shown', node.shown.toLocaleString(), node.total.toLocaleString());
  item.command = { command: commandIds.showMoreFolderSpeakers, title: vscode.l10n.t('Show More Speakers') };
  return item;
}

function statementItem(node: FolderStatementNode): vscode.TreeItem {
  const { statement } = node;
  const item = new vscode.TreeItem(excerpt(statement.statement.content), vscode.TreeItemCollapsibleState.None);
  item.id = `folder-statement:${statement.file}#${statement.statement.from}`;
  item.iconPath = new vscode.ThemeIcon(kindIcon[statement.statement.kind]);
  item.description = isolate(`${statementPlace(statement)} · ${isolate(statement.statement.cue)}`);
  item.command = revealCommand(statement);
  item.contextValue = 'folderStatement';
  return item;
}
