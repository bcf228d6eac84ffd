/**
 * The panel's page allows its one script (by nonce) and its own style sheet, nothing inline and
 * nothing remote, and reads right to left; messages from the webview are checked before use.
 */
import * as assert from 'node:assert/strict';
import { contentSecurityPolicy, escapeHtml, makeNonce, panelHtml } from '../../src/vscode/panel/panelHtml';
import { isFromPanel } from '../../src/vscode/panel/protocol';

const page = {
  cspSource: 'https://file+.vscode-resource.vscode-cdn.net',
  nonce: 'abcDEF123',
  scriptUri: 'https://file+.vscode-resource.vscode-cdn.net/ext/dist/webview/whoSaidWhat.js',
  styleUri: 'https://file+.vscode-resource.vscode-cdn.net/ext/media/whoSaidWhat.css',
  lang: 'ar',
  title: 'من قال ماذا',
  filterLabel: 'Filter "speakers" <and> statements',
  statementsLabel: 'Statements',
  sourcesLabel: 'Sources',
};

describe('the panel page', () => {
  const html = panelHtml(page);

  it('has a strict Content Security Policy: nothing by default, the script by nonce, styles from the extension', () => {
    const csp = contentSecurityPolicy(page.cspSource, page.nonce);
    assert.ok(html.includes(`content="${escapeHtml(csp)}"`));
    const directives = Object.fromEntries(csp.split('; ').map(d => [d.split(' ')[0], d.split(' ').slice(1).join(' ')]));
    assert.equal(directives['default-src'], `'none'`);
    assert.equal(directives['script-src'], `'nonce-${page.nonce}'`);
    assert.equal(directives['style-src'], page.cspSource);
    assert.ok(!csp.includes('unsafe'), csp);
    assert.ok(!/https?:\/\/(?!file\+\.vscode-resource)/.test(csp), 'a remote origin is allowed');
  });

  it('loads its one script from a file, with the nonce, and has no inline script, style or handler', () => {
    const scripts = [...html.matchAll(/<script([^>]*)>([\s\S]*?)<\/script>/g)];
    assert.equal(scripts.length, 1);
    assert.match(scripts[0]![1]!, new RegExp(`nonce="${page.nonce}"`));
    assert.match(scripts[0]![1]!, /src="https:\/\/file\+\.vscode-resource[^"]+whoSaidWhat\.js"/);
    assert.equal(scripts[0]![2]!.trim(), '');
    assert.ok(!/<style/.test(html) && !/\sstyle=/.test(html), 'inline style');
    assert.ok(!/\son[a-z]+=/.test(html), 'inline event handler');
  });

  it('reads right to left, in the UI language, with its labels escaped', () => {
    assert.match(html, /<html lang="ar" dir="rtl">/);
    assert.ok(html.includes('placeholder="Filter &quot;speakers&quot; &lt;and&gt; statements"'));
    assert.ok(html.includes('role="listbox"'));
  });

  it('makes a nonce of 32 letters and digits from random bytes', () => {
    const nonce = makeNonce(bytes => bytes.map((_, i) => i * 37));
    assert.match(nonce, /^[A-Za-z0-9]{32}$/);
    assert.notEqual(makeNonce(bytes => bytes.fill(1)), nonce);
  });
});

describe('messages from the panel', () => {
  it('takes the expected shapes only', () => {
    assert.equal(isFromPanel({ type: 'ready' }), true);
    assert.equal(isFromPanel({ type: 'reveal', serial: 3, target: 'statement', index: 12 }), true);
    assert.equal(isFromPanel({ type: 'run', command: 'treatAsArabicNews' }), true);
    for (const bad of [null, 'ready', { type: 'reveal', serial: 3, target: 'file', index: 1 }, { type: 'reveal', serial: 3, target: 'credit', index: '1' },
      { type: 'run', command: 'workbench.action.terminal.new' }, { type: 'eval' }]) {
      assert.equal(isFromPanel(bad), false, JSON.stringify(bad));
    }
  });
});
