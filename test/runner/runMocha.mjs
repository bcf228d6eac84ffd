// Runs the compiled unit or grammar tests (out/test/<kind>/**/*.test.js, built by
// `node esbuild.mjs --tests`) with mocha's spec reporter, which prints the passing/failing counts.
//
//   node test/runner/runMocha.mjs unit|grammar
//
// No test file at all is an error in CI (a suite that found nothing must not pass) but only a
// warning locally, where the tests of a new area may still be being written.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { repoRoot } from './host.mjs';

const kind = process.argv[2];
if (!['unit', 'grammar'].includes(kind)) {
  console.error('usage: node test/runner/runMocha.mjs unit|grammar');
  process.exit(2);
}

function testFiles(dir) {
  if (!existsSync(dir)) return [];
  return readdirSync(dir).sort().flatMap(name => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return testFiles(path);
    return name.endsWith('.test.js') ? [path] : [];
  });
}

// esbuild never deletes outputs: run only compiled tests whose source still exists, so a renamed or
// removed test file does not keep running from a stale out/test/.
const outDir = join(repoRoot, 'out', 'test', kind);
const files = testFiles(outDir)
  .filter(f => existsSync(join(repoRoot, 'test', kind, relative(outDir, f).replace(/\.js$/, '.ts'))))
  .map(f => relative(repoRoot, f));
if (files.length === 0) {
  const ci = Boolean(process.env.CI) && process.env.CI !== 'false';
  console[ci ? 'error' : 'warn'](`[${kind}] no test files under test/${kind}/ (nothing was run)${ci ? '' : ': not an error outside CI'}`);
  process.exit(ci ? 1 : 0);
}
const mocha = join(repoRoot, 'node_modules', 'mocha', 'bin', 'mocha.js');
const r = spawnSync(process.execPath, [mocha, '--reporter', 'spec', '--fail-zero', ...process.argv.slice(3), ...files], { cwd: repoRoot, stdio: 'inherit' });
process.exit(r.status ?? 1);
