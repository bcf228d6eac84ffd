/**
 * The UI is English and Arabic: every string the extension localises at run time (`l10n.t`) has an
 * Arabic translation, and every `%key%` of the manifest has an English and an Arabic text.
 */
import * as assert from 'node:assert/strict';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';

const root = join(__dirname, '..', '..', '..');
const json = (file: string) => JSON.parse(readFileSync(join(root, file), 'utf8')) as Record<string, unknown>;

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap(name => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? sources(path) : name.endsWith('.ts') ? [path] : [];
  });
}

describe('translations', () => {
  it('has an Arabic text for every string of the extension, and none left over', () => {
    const used = new Set<string>();
    for (const file of sources(join(root, 'src', 'vscode'))) {
      for (const m of readFileSync(file, 'utf8').matchAll(/l10n\.t\('((?:[^'\\]|\\.)*)'/g)) used.add(m[1]!.replace(/\\'/g, "'"));
    }
    assert.ok(used.size > 40, `only ${used.size} strings found`);
    const arabic = json('l10n/bundle.l10n.ar.json');
    assert.deepEqual([...used].filter(s => !(s in arabic)), [], 'strings without an Arabic translation');
    assert.deepEqual(Object.keys(arabic).filter(s => !used.has(s)), [], 'translations of strings no longer used');
  });

  it('has an English and an Arabic text for every key of the manifest', () => {
    const keys = [...readFileSync(join(root, 'package.json'), 'utf8').matchAll(/"%([\w.]+)%"/g)].map(m => m[1]!);
    assert.ok(keys.length > 30);
    for (const file of ['package.nls.json', 'package.nls.ar.json']) {
      const texts = json(file);
      assert.deepEqual(keys.filter(k => !(k in texts)), [], `${file} lacks keys`);
      assert.deepEqual(Object.keys(texts).filter(k => !keys.includes(k)), [], `${file} has keys the manifest does not use`);
    }
  });
});
