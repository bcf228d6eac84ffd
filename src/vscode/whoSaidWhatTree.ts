/** Renders the model's speakers and statements as tree items; no state of its own. */
import * as vscode from 'vscode';
import type { StatementKind } from '../core/types';
import { excerpt } from './ranges';
import type { StatementNode, WhoSaidWhatModel, WhoSaidWhatNode } from './whoSaidWhatModel';
import { statementCount } from './counts';

const kindIcon: Record<StatementKind, string> = { direct: 'quote', indirect: 'comment', mixed: 'comment-discussion' };
const speakerIcon = { person: 'person', organization: 'organization', unnamed: 'question' } as const;

/**
 * Arabic text wrapped in a bidi isolate (FSI ... PDI). A tree row is a left-to-right line holding
 * the label and the description side by side; without the isolate, an Arabic label and an Arabic
 * description merge into one right-to-left run and their words interleave on screen, and a count
 * after an Arabic label is drawn on the label's far side.
 */
export function isolate(text: string): string {
  return `\u2068${text}\u2069`;
}

export function kindLabel(kind: StatementKind): string {
  switch (kind) {
    case 'direct': return vscode.l10n.t('direct quote');
    case 'indirect': return vscode.l10n.t('indirect speech');
    case 'mixed': return vscode.l10n.t('partial quote');
  }
}

export function statementItem(node: StatementNode, document: vscode.TextDocument | undefined): vscode.TreeItem {
  const { statement } = node;
  const item = new vscode.TreeItem(excerpt(statement.content.text), vscode.TreeItemCollapsibleState.None);
  item.id = `statement:${node.index}`;
  item.iconPath = new vscode.ThemeIcon(kindIcon[statement.kind]);
  item.description = isolate(`${vscode.l10n.t('line {0}', statement.line)} · ${isolate(statement.cue.text)}`);
  item.contextValue = 'statement';
  if (document) {
    item.command = {
      command: 'isnad.revealRange',
      title: vscode.l10n.t('Reveal Statement'),
      arguments: [document.uri, statement.range.start, statement.range.end],
    };
  }
  return item;
}

/** Speakers start expanded in an article; in a long document (a whole archive) they start folded. */
const EXPAND_UP_TO_STATEMENTS = 150;

export class WhoSaidWhatTreeProvider implements vscode.TreeDataProvider<WhoSaidWhatNode> {
  readonly onDidChangeTreeData: vscode.Event<void>;

  constructor(private readonly model: WhoSaidWhatModel) {
    this.onDidChangeTreeData = model.onDidChange;
  }

  getChildren(node?: WhoSaidWhatNode): WhoSaidWhatNode[] {
    if (!node) return [...this.model.speakers];
    return node.type === 'speaker' ? [...node.statements] : [];
  }

  /** The full statement as a tooltip, built only when the mouse rests on an item. */
  resolveTreeItem(item: vscode.TreeItem, node: WhoSaidWhatNode): vscode.TreeItem {
    if (node.type === 'statement' && !item.tooltip) {
      const tooltip = new vscode.MarkdownString();
      tooltip.appendMarkdown(`**${node.statement.speaker.name}** — ${kindLabel(node.statement.kind)}\n\n`);
      tooltip.appendText(node.statement.content.text);
      item.tooltip = tooltip;
    }
    return item;
  }

  getParent(node: WhoSaidWhatNode): WhoSaidWhatNode | undefined {
    return node.type === 'statement' ? node.parent : undefined;
  }

  getTreeItem(node: WhoSaidWhatNode): vscode.TreeItem {
    if (node.type === 'statement') return statementItem(node, this.model.document);
    const { speaker } = node;
    const expanded = (this.model.analysis?.statements.length ?? 0) <= EXPAND_UP_TO_STATEMENTS;
    const item = new vscode.TreeItem(speaker.name, expanded ? vscode.TreeItemCollapsibleState.Expanded : vscode.TreeItemCollapsibleState.Collapsed);
    item.id = `speaker:${node.speakerIndex}:${speaker.name}`;
    item.iconPath = new vscode.ThemeIcon(speakerIcon[speaker.type] ?? 'person');
    const count = statementCount(node.statements.length);
    item.description = isolate(speaker.role ? `${count} · ${isolate(speaker.role)}` : count);
    const tooltip = new vscode.MarkdownString(`**${speaker.name}**`);
    if (speaker.role) tooltip.appendMarkdown(`\n\n${speaker.role}`);
    if (speaker.aliases.length > 1) tooltip.appendMarkdown(`\n\n${vscode.l10n.t('Also written: {0}', speaker.aliases.slice(1).join('، '))}`);
    item.tooltip = tooltip;
    item.contextValue = 'speaker';
    return item;
  }
}
