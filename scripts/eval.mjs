#!/usr/bin/env node
// Scores the command-line tool against the development gold kept beside the project, in ../shared.
//
//   npm run eval                  all development articles
//   npm run eval -- --new         only the articles added in December 2026 (never seen by the 0.1 rules)
//   npm run eval -- --errors      also list each error, article by article
//
// The gold and the articles are research data that the project does not ship; when ../shared is not
// there, this says so and exits without failing, so a fresh clone elsewhere is not broken by it.
import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const shared = resolve(process.env.ISNAD_SHARED ?? join(root, '..', 'shared'));
const evalDir = join(shared, 'eval');
const scorer = join(evalDir, 'score.mjs');
const cli = join(root, 'dist', 'cli.js');

const args = process.argv.slice(2);
const known = new Set(['--new', '--errors', '--json']);
const unknown = args.filter((a) => !known.has(a));
if (unknown.length) {
  console.error(`eval: unknown option ${unknown.join(' ')} (use --new, --errors, --json)`);
  process.exit(2);
}

if (!existsSync(scorer)) {
  console.log(`eval: no development gold at ${evalDir} (set ISNAD_SHARED to the folder holding eval/); nothing scored.`);
  process.exit(0);
}
if (!existsSync(cli)) {
  console.error('eval: dist/cli.js is missing; run `npm run build` first.');
  process.exit(1);
}

const scorerArgs = [scorer, '--gold', join(evalDir, 'dev')];
for (const dir of [join(shared, 'seeds'), join(shared, 'corpus', 'raw')]) {
  if (existsSync(dir)) scorerArgs.push('--text', dir);
}
if (args.includes('--new')) scorerArgs.push('--only', join(evalDir, 'dev-added-2026-12.txt'));
if (args.includes('--errors')) scorerArgs.push('--errors');
if (args.includes('--json')) scorerArgs.push('--json');
scorerArgs.push('--', process.execPath, cli, '--json');

const run = spawnSync(process.execPath, scorerArgs, { stdio: 'inherit' });
process.exit(run.status ?? 1);
