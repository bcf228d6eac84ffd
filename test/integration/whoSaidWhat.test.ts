/**
 * The "Who said what" sidebar on the seed article: speakers with their statements, each item a
 * click away from its sentence, the Sources view with the photo credits, and the tree following
 * the cursor.
 */
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import type { IsnadApi } from '../../src/vscode/api';
import type { SpeakerNode, StatementNode, WhoSaidWhatNode } from '../../src/vscode/whoSaidWhatModel';
import { isnadApi, lineOf, sleep } from './isnadApi';
import { openSeed } from './seed';

const PESKOV = 'دميتري بيسكوف';

describe('Who said what: the sidebar on the seed article', () => {
  let api: IsnadApi;
  let editor: vscode.TextEditor;

  before(async () => {
    editor = await openSeed();
    api = await isnadApi();
    await api.analysisOf(editor.document);
    await vscode.commands.executeCommand('isnad.showWhoSaidWhat');
    await vscode.window.showTextDocument(editor.document);
  });

  after(() => vscode.commands.executeCommand('isnad.orderByActivity'));

  function speakers(): SpeakerNode[] {
    return api.treeProvider.getChildren() as SpeakerNode[];
  }

  function peskov(): SpeakerNode {
    const node = speakers().find(s => s.speaker.name === PESKOV);
    assert.ok(node, `no speaker ${PESKOV} in the tree: ${speakers().map(s => s.speaker.name).join(', ')}`);
    return node;
  }

  it('lists دميتري بيسكوف with his statements, among them the direct quote of line 18', () => {
    const node = peskov();
    const statements = api.treeProvider.getChildren(node) as StatementNode[];
    assert.ok(statements.length >= 3, `Peskov has ${statements.length} statements`);
    const lines = statements.map(s => s.statement.line);
    assert.ok(lines.includes(18), `Peskov's statements are on lines ${lines.join(', ')}`);
    assert.ok(statements.some(s => s.statement.line === 18 && s.statement.kind === 'direct'));
    assert.equal(api.treeProvider.getParent(statements[0]!), node);
  });

  it('renders a speaker with its role and count, a statement with its kind icon, cue and line', () => {
    const node = peskov();
    const item = api.treeProvider.getTreeItem(node);
    assert.equal(item.label, PESKOV);
    assert.match(String(item.description), new RegExp(`${node.statements.length} statements`));
    const direct = node.statements.find(s => s.statement.kind === 'direct')!;
    const statementItem = api.treeProvider.getTreeItem(direct);
    assert.equal((statementItem.iconPath as vscode.ThemeIcon).id, 'quote');
    assert.ok(String(statementItem.description).includes(`\u2068${direct.statement.cue.text}\u2069`), 'the cue is not isolated for bidi');
    assert.ok(String(statementItem.description).includes(`line ${direct.statement.line}`));
  });

  it('targets each statement: the command selects text that holds the statement content', async () => {
    const node = peskov();
    for (const statement of node.statements) {
      const command = api.treeProvider.getTreeItem(statement).command;
      assert.ok(command, 'a statement item has no command');
      assert.equal(command.command, 'isnad.revealRange');
      const [uri, start, end] = command.arguments as [vscode.Uri, number, number];
      assert.equal(uri.toString(), editor.document.uri.toString());
      const target = editor.document.getText().slice(start, end);
      assert.ok(target.includes(statement.statement.content.text), `target "${target}" lacks the content`);
    }
    // Clicking selects the statement in the editor.
    const first = node.statements[0]!;
    const command = api.treeProvider.getTreeItem(first).command!;
    await vscode.commands.executeCommand(command.command, ...command.arguments!);
    const active = vscode.window.activeTextEditor!;
    assert.equal(active.document.uri.toString(), editor.document.uri.toString());
    assert.equal(active.document.offsetAt(active.selection.start), first.statement.range.start);
    assert.equal(active.document.offsetAt(active.selection.end), first.statement.range.end);
  });

  it('orders speakers by number of statements, or by first appearance', async () => {
    const counts = speakers().map(s => s.statements.length);
    assert.deepEqual(counts, [...counts].sort((a, b) => b - a), 'most active first');
    await vscode.commands.executeCommand('isnad.orderByAppearance');
    const firsts = speakers().map(s => Math.min(s.statements[0]!.statement.range.start, s.speaker.mentions.length > 0 ? s.speaker.mentions[0] : Infinity));
    assert.deepEqual(firsts, [...firsts].sort((a, b) => a - b), 'order of appearance');
    await vscode.commands.executeCommand('isnad.orderByActivity');
  });

  it('puts the counts in the view description', () => {
    const analysis = api.model.analysis!;
    assert.equal(api.whoSaidWhatView.description, `${analysis.statements.length} statements · ${speakers().length} speakers`);
  });

  it('lists the Sputnik photo credit of line 15 under Sources, targeting its text', () => {
    const sources = api.sourcesProvider.getChildren();
    const sputnik = sources.find(s => s.type === 'source' && s.source === 'Sputnik');
    assert.ok(sputnik && sputnik.type === 'source', `sources: ${sources.map(s => (s.type === 'source' ? s.source : '')).join(', ')}`);
    const credit = sputnik.credits.find(c => editor.document.positionAt(c.credit.start).line === 14);
    assert.ok(credit, 'no Sputnik credit on line 15');
    assert.equal(credit.credit.kind, 'photo');
    const command = api.sourcesProvider.getTreeItem(credit).command!;
    const [, start, end] = command.arguments as [vscode.Uri, number, number];
    assert.ok(editor.document.getText().slice(start, end).includes('Sputnik'));
  });

  it('selects in the tree the statement the cursor moves into', async () => {
    const active = await vscode.window.showTextDocument(editor.document);
    const line = lineOf(active.document, 'وقال بيسكوف للصحفيين');
    const inside = active.document.lineAt(line).range.start.translate(0, 30);
    active.selection = new vscode.Selection(inside, inside);
    const offset = active.document.offsetAt(inside);
    let selected: readonly WhoSaidWhatNode[] = [];
    for (let i = 0; i < 50 && selected.length === 0; i++) {
      await sleep(100);
      selected = api.whoSaidWhatView.selection;
    }
    assert.equal(selected.length, 1, 'nothing selected in the tree');
    const node = selected[0]!;
    assert.equal(node.type, 'statement');
    if (node.type === 'statement') {
      assert.ok(node.statement.range.start <= offset && offset <= node.statement.range.end);
      assert.equal(node.statement.speaker.name, PESKOV);
    }
  });
});
