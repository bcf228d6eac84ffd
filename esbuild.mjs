// Builds Isnad with esbuild. Type checking is separate (`npm run typecheck`).
//
//   node esbuild.mjs               extension (Node + web), its worker threads, the panel's webview
//                                  script and the CLI into dist/
//   node esbuild.mjs --production  the same, minified, no source maps (what the .vsix ships)
//   node esbuild.mjs --watch       rebuild on change
//   node esbuild.mjs --tests       unit, grammar and integration tests into out/test/
//   node esbuild.mjs --bench       the benchmarks into out/bench/
import * as esbuild from 'esbuild';
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

const production = process.argv.includes('--production');
const watch = process.argv.includes('--watch');
const tests = process.argv.includes('--tests');
const bench = process.argv.includes('--bench');

const common = {
  bundle: true,
  minify: production,
  sourcemap: !production,
  sourcesContent: false,
  logLevel: 'warning',
  target: 'es2022',
};

/** Every file under `dir` whose name ends with one of `suffixes`. */
function filesUnder(dir, suffixes) {
  const out = [];
  if (!existsSync(dir)) return out; // git keeps no empty folders: a fresh clone may lack test/grammar
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) out.push(...filesUnder(path, suffixes));
    else if (suffixes.some(s => name.endsWith(s))) out.push(path);
  }
  return out;
}

function configs() {
  if (tests) {
    return [
      {
        ...common,
        entryPoints: [
          ...filesUnder('test/unit', ['.test.ts']),
          ...filesUnder('test/grammar', ['.test.ts']),
          ...filesUnder('test/integration', ['.ts']),
        ],
        outdir: 'out/test',
        outbase: 'test',
        platform: 'node',
        format: 'cjs',
        external: ['vscode', 'mocha', 'vscode-textmate', 'vscode-oniguruma'],
      },
    ];
  }
  if (bench) {
    return [{ ...common, entryPoints: ['bench/bench.ts', 'bench/archive.ts'], outdir: 'out/bench', platform: 'node', format: 'cjs' }];
  }
  return [
    {
      ...common,
      entryPoints: ['src/vscode/extension.ts'],
      outfile: 'dist/extension.js',
      platform: 'node',
      format: 'cjs',
      external: ['vscode'],
    },
    {
      // The desktop extension host analyses long documents in this worker thread (nodeAnalysisWorker.ts).
      ...common,
      entryPoints: ['src/vscode/analysisWorker.ts'],
      outfile: 'dist/analysisWorker.js',
      platform: 'node',
      format: 'cjs',
    },
    {
      // The desktop extension host indexes the workspace's files in this worker thread (workerIndexer.ts).
      ...common,
      entryPoints: ['src/vscode/folder/folderIndexWorker.ts'],
      outfile: 'dist/folderIndexWorker.js',
      platform: 'node',
      format: 'cjs',
    },
    {
      // VS Code for the Web: the same extension in a web worker, so nothing Node-only may be bundled
      // (its own entry leaves out the worker thread; checkWebBundle below verifies the output).
      ...common,
      entryPoints: ['src/vscode/webExtension.ts'],
      outfile: 'dist/web/extension.js',
      platform: 'browser',
      format: 'cjs',
      external: ['vscode'],
    },
    {
      // The Who Said What panel's script, loaded by its webview (the page allows this file only).
      ...common,
      entryPoints: ['src/webview/main.ts'],
      outfile: 'dist/webview/whoSaidWhat.js',
      platform: 'browser',
      format: 'iife',
    },
    {
      ...common,
      entryPoints: ['src/cli.ts'],
      outfile: 'dist/cli.js',
      platform: 'node',
      format: 'cjs',
      banner: { js: '#!/usr/bin/env node' },
    },
  ];
}

/**
 * The web bundle must not ask for a Node module: esbuild leaves a `require("node:...")` of a browser
 * bundle in place (it is an unresolvable import for the platform, or an external one), and VS Code
 * for the Web would fail to activate the extension on it.
 */
function checkWebBundle() {
  const file = 'dist/web/extension.js';
  if (!existsSync(file)) return;
  const nodeOnly = /\brequire\(\s*["'](node:[\w/]+|worker_threads|fs|path|os|child_process)["']\s*\)/.exec(readFileSync(file, 'utf8'));
  if (nodeOnly) {
    console.error(`${file} requires the Node module ${nodeOnly[1]}: VS Code for the Web cannot load it`);
    process.exit(1);
  }
}

if (watch) {
  for (const c of configs()) {
    const ctx = await esbuild.context({ ...c, logLevel: 'info' });
    await ctx.watch();
  }
} else {
  await Promise.all(configs().map(c => esbuild.build(c)));
  if (!tests && !bench) checkWebBundle();
}
