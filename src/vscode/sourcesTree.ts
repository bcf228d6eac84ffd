/** Renders the model's source credits, grouped by canonical outlet, as tree items. */
import * as vscode from 'vscode';
import type { CreditKind } from '../core/types';
import type { SourcesNode, WhoSaidWhatModel } from './whoSaidWhatModel';
import { isolate } from './whoSaidWhatTree';
import { creditCount } from './counts';

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

const creditIcon: Record<CreditKind, string> = {
  agency: 'broadcast', newspaper: 'book', broadcaster: 'device-camera-video', website: 'globe', photo: 'device-camera', dateline: 'location',
};

export class SourcesTreeProvider implements vscode.TreeDataProvider<SourcesNode> {
  readonly onDidChangeTreeData: vscode.Event<void>;

  constructor(private readonly model: WhoSaidWhatModel) {
    this.onDidChangeTreeData = model.onDidChange;
  }

  getChildren(node?: SourcesNode): SourcesNode[] {
    if (!node) return [...this.model.sources];
    return node.type === 'source' ? [...node.credits] : [];
  }

  getParent(node: SourcesNode): SourcesNode | undefined {
    return node.type === 'credit' ? node.parent : undefined;
  }

  getTreeItem(node: SourcesNode): vscode.TreeItem {
    if (node.type === 'source') {
      const item = new vscode.TreeItem(node.source, vscode.TreeItemCollapsibleState.Collapsed);
      item.id = `source:${node.source}`;
      const first = node.credits[0]?.credit;
      item.iconPath = new vscode.ThemeIcon(first ? creditIcon[first.kind] ?? 'link' : 'link');
      const count = creditCount(node.credits.length);
      item.description = isolate(node.sourceArabic ? `${count} · ${isolate(node.sourceArabic)}` : count);
      item.contextValue = 'source';
      return item;
    }
    const { credit } = node;
    const document = this.model.document;
    const item = new vscode.TreeItem(credit.text.replace(/\s+/g, ' '), vscode.TreeItemCollapsibleState.None);
    const line = document ? document.positionAt(credit.start).line + 1 : undefined;
    item.id = `credit:${credit.start}`;
    item.iconPath = new vscode.ThemeIcon(creditIcon[credit.kind] ?? 'link');
    const kind = creditKindLabel(credit.kind);
    item.description = isolate(line === undefined ? kind : `${kind} · ${vscode.l10n.t('line {0}', line)}`);
    if (credit.person) item.tooltip = `${credit.source} — ${credit.person}`;
    if (document) {
      item.command = { command: 'isnad.revealRange', title: vscode.l10n.t('Reveal Credit'), arguments: [document.uri, credit.start, credit.end] };
    }
    item.contextValue = 'credit';
    return item;
  }
}
