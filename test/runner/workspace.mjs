// The folder the integration suite opens: a temp copy of test/fixtures/workspace/ plus the articles
// of seeds/ (its settings folder left out), so tests may edit files without touching the repository.
import { chmodSync, cpSync, mkdirSync, mkdtempSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { repoRoot } from './host.mjs';

/** Creates the workspace and returns its absolute path (its basename, `news`, is what the explorer shows). */
export function prepareWorkspace() {
  const dir = join(mkdtempSync(join(tmpdir(), 'isnad-ws-')), 'news');
  mkdirSync(dir);
  cpSync(join(repoRoot, 'test', 'fixtures', 'workspace'), dir, { recursive: true });
  for (const name of readdirSync(join(repoRoot, 'seeds'))) {
    // seeds/.vscode (Arabic News mode for `npm start`) stays out: the suite opens the seed as plain text.
    if (name.startsWith('.')) continue;
    cpSync(join(repoRoot, 'seeds', name), join(dir, name));
    chmodSync(join(dir, name), 0o644); // the seed is read-only in the repository; tests may edit their copy
  }
  return dir;
}
