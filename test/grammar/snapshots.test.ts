/**
 * Snapshot tests in the manner of VS Code's colorize tests: every fixture (short sentences written
 * for these tests, plus the seed article) is tokenized and compared with its committed snapshot.
 * `UPDATE_SNAPSHOTS=1 npm run test:grammar` rewrites the snapshots; review the diff before committing.
 */
import * as assert from 'node:assert';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { formatSnapshot, tokenizeLines } from './tokenizer';

const root = process.cwd();
const fixtureDir = join(root, 'test', 'grammar', 'fixtures');
const snapshotDir = join(root, 'test', 'grammar', 'snapshots');
const update = process.env.UPDATE_SNAPSHOTS === '1';

const fixtures = [
  ...readdirSync(fixtureDir).filter(f => f.endsWith('.txt')).sort().map(f => join(fixtureDir, f)),
  join(root, 'seeds', '000_3cea5a5c1e717d72.txt'),
];

describe('grammar snapshots', () => {
  for (const fixture of fixtures) {
    const name = basename(fixture, '.txt');
    it(`tokenizes ${name} as its snapshot says`, async () => {
      const text = readFileSync(fixture, 'utf8');
      const actual = formatSnapshot(text, await tokenizeLines(text));
      const snapshotPath = join(snapshotDir, `${name}.snap`);
      if (update) {
        writeFileSync(snapshotPath, actual);
        return;
      }
      assert.ok(existsSync(snapshotPath), `no snapshot ${snapshotPath}; run UPDATE_SNAPSHOTS=1 npm run test:grammar`);
      assert.strictEqual(actual, readFileSync(snapshotPath, 'utf8'), `${name} no longer matches its snapshot`);
    });
  }
});
