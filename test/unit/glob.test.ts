import * as assert from 'node:assert/strict';
import { GlobSet, globToRegExp } from '../../src/core/glob';

const matches = (glob: string, path: string) => globToRegExp(glob).test(path);

describe('glob patterns', () => {
  it('keeps * and ? within one folder', () => {
    assert.ok(matches('*.txt', 'a.txt'));
    assert.ok(!matches('*.txt', 'news/a.txt'));
    assert.ok(matches('news/?.txt', 'news/a.txt'));
    assert.ok(!matches('news/?.txt', 'news/ab.txt'));
  });

  it('lets ** cross any number of folders, none included', () => {
    assert.ok(matches('**/*.txt', 'a.txt'));
    assert.ok(matches('**/*.txt', '2016/05/a.txt'));
    assert.ok(matches('2016/**/a.txt', '2016/a.txt'));
    assert.ok(matches('2016/**', '2016/05/a.txt'));
    assert.ok(!matches('2016/**', '2017/a.txt'));
  });

  it('reads classes, alternatives and escapes', () => {
    assert.ok(matches('[ab]*.txt', 'b1.txt'));
    assert.ok(!matches('[!ab]*.txt', 'b1.txt'));
    assert.ok(matches('*.{txt,arnews}', 'x.arnews'));
    assert.ok(!matches('*.{txt,arnews}', 'x.md'));
    assert.ok(matches('\\*.txt', '*.txt'));
    assert.ok(!matches('\\*.txt', 'a.txt'));
    assert.ok(matches('a+b(1).txt', 'a+b(1).txt'), 'regular-expression characters are literal');
    assert.throws(() => globToRegExp('*.{txt'), /unbalanced/);
  });

  it('matches a pattern without / against names when asked (the CLI), against paths otherwise', () => {
    assert.ok(new GlobSet(['*.txt'], { baseName: true }).matches('2016/05/a.txt'));
    assert.ok(!new GlobSet(['*.txt']).matches('2016/05/a.txt'));
    assert.ok(new GlobSet(['./2016/*.txt'], { baseName: true }).matches('2016/a.txt'));
    assert.ok(!new GlobSet(['2016/*.txt'], { baseName: true }).matches('x/2016/a.txt'));
  });

  it('finds a file under an excluded folder', () => {
    const excluded = new GlobSet(['**/.vscode', 'drafts/**', 'out']);
    assert.ok(excluded.matchesPathOrParent('a/.vscode/settings.json'));
    assert.ok(excluded.matchesPathOrParent('drafts/x/a.txt'));
    assert.ok(excluded.matchesPathOrParent('out/a.txt'));
    assert.ok(!excluded.matchesPathOrParent('news/out.txt'));
  });
});
